import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBook } from '../../bench/generate-book.mjs';
import { repoRoot } from '../helpers/book.js';

// The real binary, as `npm start` and the `vitals` bin run it (built by `npm test` first).
const bin = join(repoRoot, 'dist', 'bin', 'vitals.cjs');
const env = { ...process.env, CI: 'false', NO_COLOR: '', FORCE_COLOR: '' };

describe('the binary without a terminal', () => {
  it('prints the dashboard once and exits 0 (npm start in CI)', () => {
    expect(existsSync(bin), 'run `npm run build` first').toBe(true);
    const result = spawnSync(process.execPath, [bin, '--as-of', '2026-11-22'], { cwd: repoRoot, encoding: 'utf8', input: '', env });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Weekly review · as of 2026-11-22 · whole book: \d+ accounts/);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    // Enough output (a few MB) that writes are still pending when `head` exits.
    const book = mkdtempSync(join(tmpdir(), 'vitals-pipe-'));
    generateBook(book, { accounts: 2000, seed: 3, playbooks: join(repoRoot, 'playbooks') });
    const result = spawnSync('sh', ['-c', `node ${bin} score --format json --repo ${book} --as-of 2026-11-22 | head -c 10`], { encoding: 'utf8', env });
    rmSync(book, { recursive: true, force: true });
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe('');
  });

  it('exits 2 with one sentence for a bad flag', () => {
    const result = spawnSync(process.execPath, [bin, 'score', '--nope'], { cwd: repoRoot, encoding: 'utf8', env });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('vitals: unknown option "--nope": run vitals score --help\n');
  });
});

describe('the binary in a real terminal (tmux, 80×24)', () => {
  const session = `vitals-e2e-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8', env });
  afterAll(() => spawnSync('tmux', ['kill-session', '-t', session]));

  /** Runs a command in a fresh 80×24 pane and returns the screen once the command has finished. */
  function screen(command: string, withEscapes: boolean): string {
    spawnSync('tmux', ['kill-session', '-t', session]);
    tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', '-c', repoRoot);
    tmux('send-keys', '-t', session, `${command}; echo "exit=$?"; tmux wait-for -S ${session}-done`, 'Enter');
    tmux('wait-for', `${session}-done`);
    return tmux('capture-pane', '-p', '-t', session, ...(withEscapes ? ['-e'] : []));
  }

  it('shows the dashboard in colour, with the colour also as a word', () => {
    const out = screen(`CI=false node ${bin} score orchid-health redfern-foods --as-of 2026-11-22`, true);
    expect(out).toContain('exit=0');
    expect(out).toMatch(/\x1b\[31mred/);
    expect(out.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/redfern-foods\s+hana\s+adopting\s+red\s+15\.8/);
  });

  it('uses no colour with NO_COLOR', () => {
    const out = screen(`NO_COLOR=1 CI=false node ${bin} score redfern-foods --as-of 2026-11-22`, true);
    expect(out).toContain('exit=0');
    expect(out).not.toMatch(/\x1b\[3[1-3]m/);
  });
});
