import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { gitBook } from '../edit/git-book.js';
import { repoRoot } from '../helpers/book.js';
import { demoAccounts } from '../tui/harness.js';

// The real binary in a real terminal: tmux, with CI=false so that Ink draws interactively.
const bin = join(repoRoot, 'dist', 'bin', 'vitals.cjs');
const session = `vitals-tui-e2e-${process.pid}`;
const env = { ...process.env, CI: 'false', NO_COLOR: '', FORCE_COLOR: '' };
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8', env });
const kill = () => spawnSync('tmux', ['kill-session', '-t', session]);
afterEach(kill);
afterAll(kill);

/** Starts `vitals` on a fresh git book (user.email is priya's) in a W×H pane; the shell says how it exited. */
function start(width: number, height: number, prefix = '', options = '') {
  const dir = gitBook(demoAccounts());
  kill();
  tmux('new-session', '-d', '-s', session, '-x', String(width), '-y', String(height), '-c', dir);
  tmux('send-keys', '-t', session, `${prefix}CI=false node ${bin} --as-of 2026-11-22 ${options}; echo "exit=$?"`, 'Enter');
  return dir;
}

const screen = (escapes = false) => tmux('capture-pane', '-p', '-t', session, ...(escapes ? ['-e'] : []));
const alternate = () => tmux('display', '-p', '-t', session, '#{alternate_on}').trim();
const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);

/** Waits (polling, no fixed sleep) until the pane shows `text`. */
async function until(text: string | RegExp | ((screen: string) => boolean), escapes = false): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const s = screen(escapes);
    if (typeof text === 'string' ? s.includes(text) : text instanceof RegExp ? text.test(s) : text(s)) return s;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the terminal never showed ${String(text)}:\n${screen()}`);
}

describe('vitals in a real terminal (tmux)', () => {
  it('opens on my book in the alternate screen, filters, opens the detail, and q restores the screen with exit 0', async () => {
    start(80, 24);
    const first = await until('1 of 12');
    expect(alternate()).toBe('1');
    expect(first).toContain("priya's book: 12 accounts");
    const lines = first.split('\n');
    expect(lines[22]).toMatch(/^ Review · 1 of 12 · sort risk/);
    keys('/', 'o', 'r', 'c');
    await until('filter "orc"');
    keys('Enter', 'Enter');
    await until('Categories and traits');
    keys('Escape', 'q');
    await until('exit=0');
    expect(alternate()).toBe('0');
  });

  it('commits an e edit as one commit in the repository', async () => {
    const dir = start(80, 24);
    await until('1 of 12');
    keys('e');
    await until('Edit a manual trait');
    keys('Enter');
    await until(/now \w+/);
    keys('j', 'Enter');
    await until('Commit this edit');
    keys('y');
    await until('committed');
    const log = execFileSync('git', ['log', '--format=%s'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    expect(log).toHaveLength(2);
    expect(log[0]).toMatch(/^[a-z-]+: ce_pulse \w+ → \w+$/);
    keys('q');
    await until('exit=0');
  });

  it('takes a paste into a note as its text: a pasted line break and y neither submit nor commit', async () => {
    const dir = start(80, 24);
    await until('1 of 12');
    keys('n');
    await until('Note on');
    tmux('set-buffer', '-b', session, 'Call with Owen\nyes, they agreed');
    tmux('paste-buffer', '-p', '-d', '-b', session, '-t', session);
    await until('Call with Owen yes, they agreed');
    keys('Escape');
    await until((s) => !s.includes('Note on'));
    keys('q');
    await until('exit=0');
    expect(execFileSync('git', ['log', '--format=%s'], { cwd: dir, encoding: 'utf8' }).trim().split('\n')).toHaveLength(1);
  });

  it('lays out again when the terminal shrinks from 120×32 to 80×24', async () => {
    start(120, 32);
    const wide = await until('1 of 12');
    expect(wide.split('\n')[30]).toMatch(/^ Review · 1 of 12/);
    tmux('resize-window', '-t', session, '-x', '80', '-y', '24');
    const narrow = await until((s) => s.split('\n')[22]?.startsWith(' Review · 1 of 12') === true);
    expect(narrow.split('\n').every((l) => l.length <= 80)).toBe(true);
    expect(narrow.split('\n').filter((l) => l.startsWith(' Review ·'))).toHaveLength(1);
    keys('C-c');
    await until('exit=130');
    expect(alternate()).toBe('0');
  });

  it('draws the colour as a glyph and a word, in colour', async () => {
    start(80, 24);
    const s = await until('1 of 12', true);
    expect(s).toMatch(/\x1b\[31m▼ red/);
    keys('q');
    await until('exit=0');
  });

  it('draws no colour with NO_COLOR, and the selection is still inverse video and marked', async () => {
    // As a user has it: NO_COLOR and no FORCE_COLOR (which the review sets while its modules load).
    start(80, 24, 'env -u FORCE_COLOR NO_COLOR=1 ');
    const s = await until('1 of 12', true);
    expect(s).not.toMatch(/\x1b\[(3[0-7]|9[0-7]|38;)/);
    expect(s).toMatch(/\x1b\[7m▶/);
    keys('q');
    // Node warns when NO_COLOR and FORCE_COLOR are both set: the review never leaves them so.
    expect(await until('exit=0')).not.toContain('Warning');
  });

  it('keeps the inverse selection with --no-color too', async () => {
    start(80, 24, '', '--no-color');
    const s = await until('1 of 12', true);
    expect(s).not.toMatch(/\x1b\[(3[0-7]|9[0-7]|38;)/);
    expect(s).toMatch(/\x1b\[7m▶/);
    keys('q');
    await until('exit=0');
  });

  it('restores the screen on SIGTERM', async () => {
    start(80, 24);
    await until('1 of 12');
    // The pane's shell runs vitals as its one child.
    const shell = tmux('display', '-p', '-t', session, '#{pane_pid}').trim();
    const child = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' }).trim();
    process.kill(Number(child), 'SIGTERM');
    await until('exit=143');
    expect(alternate()).toBe('0');
  });

  /** The review with `c` confirmed and its commit under way in a hook that sleeps 2 s. */
  async function commitUnderWay(): Promise<string> {
    const dir = start(80, 24);
    await until('1 of 12');
    const marker = join(dir, '.git', 'hook-started');
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), `#!/bin/sh\ntouch '${marker}'\nsleep 2\n`, { mode: 0o755 });
    keys('c');
    await until('Commit this edit');
    keys('y');
    while (!existsSync(marker)) await new Promise((resolve) => setTimeout(resolve, 20));
    return dir;
  }

  it('on Ctrl-C during a commit, says it finishes the edit first, then ends with 130 and one commit', async () => {
    const dir = await commitUnderWay();
    keys('C-c');
    await until('finishing the edit being committed before quitting');
    await until('exit=130');
    expect(alternate()).toBe('0');
    expect(execFileSync('git', ['log', '--format=%s'], { cwd: dir, encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
  });

  it('on SIGTERM during a commit, lets the edit finish, then ends: one commit, no lock left, the screen restored', async () => {
    const dir = await commitUnderWay();
    const shell = tmux('display', '-p', '-t', session, '#{pane_pid}').trim();
    process.kill(Number(execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' }).trim()), 'SIGTERM');
    await until('exit=143');
    expect(alternate()).toBe('0');
    expect(execFileSync('git', ['log', '--format=%s'], { cwd: dir, encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
    expect(existsSync(join(dir, '.git', 'vitals-edit.lock'))).toBe(false);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');
  });
});
