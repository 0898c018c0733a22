import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, validAccount, vitals } from '../helpers/book.js';
import { commitCount, git, gitBook, read } from './git-book.js';

const AS_OF = ['--as-of', '2026-11-22'];
const zeta = validAccount.replace('Acme Corp', 'Zeta');
const edit = (dir: string, ...args: string[]) => vitals([args[0]!, '--repo', dir, ...AS_OF, ...args.slice(1)]);
const commitEverything = (dir: string) => {
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'links']);
};

const scratch: string[] = [];
afterEach(() => {
  while (scratch.length > 0) rmSync(scratch.pop()!, { recursive: true, force: true });
});
function outsideDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitals-outside-'));
  scratch.push(dir);
  return dir;
}

describe('edits find an account where the loader does (SPEC §2, §5)', () => {
  it.each([
    ['set', ['zeta', 'ce_pulse=poor'], 'ce_pulse: poor'],
    ['note', ['zeta', 'Met the new VP'], 'Met the new VP'],
    ['task', ['zeta', 'Send the guide', '--due', '2026-12-01'], 'Send the guide'],
  ])('vitals %s on an account in a group folder commits that file alone', async (command, args, written) => {
    const dir = gitBook({ 'accounts/emea/zeta.yaml': zeta });
    const { code, stderr } = await edit(dir, command, ...args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(commitCount(dir)).toBe(2);
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('accounts/emea/zeta.yaml\n');
    expect(read(dir, 'accounts/emea/zeta.yaml').toString()).toContain(written);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('vitals import updates an account in a group folder where it is', async () => {
    const dir = gitBook({ 'accounts/emea/zeta.yaml': zeta });
    const csv = join(outsideDir(), 'export.csv');
    writeFileSync(csv, 'id,versions_behind\nzeta,6\nacme,2\n');
    const { code, stderr } = await vitals(['import', '--repo', dir, ...AS_OF, '--metrics-date', '2026-11-01', csv]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('accounts/acme.yaml\naccounts/emea/zeta.yaml\n');
    expect(read(dir, 'accounts/emea/zeta.yaml').toString()).toContain('versions_behind: 6');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('refuses an id two files claim, naming both, and writes nothing', async () => {
    const dir = gitBook({ 'accounts/emea/zeta.yaml': zeta, 'accounts/us/zeta.yaml': zeta.replace('Zeta', 'Zeta US') });
    const { code, stdout, stderr } = await edit(dir, 'note', 'zeta', 'Which one?');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('accounts/emea/zeta.yaml');
    expect(stderr).toContain('accounts/us/zeta.yaml');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(commitCount(dir)).toBe(1);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('suggests an id in a group folder for a typo', async () => {
    const dir = gitBook({ 'accounts/emea/zeta.yaml': zeta });
    const { code, stderr } = await edit(dir, 'set', 'zetta', 'ce_pulse=poor');
    expect(code).toBe(2);
    expect(stderr).toContain('did you mean "zeta"');
  });
});

describe('an edit never reads or writes through a link out, nor a special file', () => {
  it.each([['accounts/leak.yaml'], ['accounts/emea/leak.yaml']])('refuses %s, a link to a file outside the repository: it is unchanged and its bytes in no output', async (link) => {
    const outside = join(outsideDir(), 'secret.yaml');
    const secret = validAccount.replace('Acme Corp', 'Leak').concat('x_token: "SECRET-7f3a9c"\n');
    writeFileSync(outside, secret);
    const dir = gitBook({ [link.replace('leak.yaml', '.keep')]: '' });
    symlinkSync(outside, join(dir, link));
    commitEverything(dir);
    for (const args of [['set', 'leak', 'ce_pulse=poor'], ['note', 'leak', 'hello'], ['task', 'leak']]) {
      const { code, stdout, stderr } = await edit(dir, ...args);
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`^vitals: ${link}:1:1: a link that leaves the repository: not read, so vitals will not edit it\\n$`));
      expect(`${stdout}${stderr}`).not.toContain('SECRET');
      expect(`${stdout}${stderr}`).not.toContain('Leak');
    }
    expect(readFileSync(outside, 'utf8')).toBe(secret);
    expect(commitCount(dir)).toBe(2);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('refuses a link into .git/', async () => {
    const dir = gitBook();
    symlinkSync('../.git/config', join(dir, 'accounts', 'cfg.yaml'));
    commitEverything(dir);
    const { code, stderr } = await edit(dir, 'note', 'cfg', 'hello');
    expect(code).toBe(1);
    expect(stderr).toContain('accounts/cfg.yaml:1:1: a link that leaves the repository');
    expect(stderr).not.toContain('[core]');
  });

  it('refuses an edit through a link to another account\'s file: the commit would change that account under this id', async () => {
    const dir = gitBook();
    symlinkSync('acme.yaml', join(dir, 'accounts', 'inlink.yaml'));
    commitEverything(dir);
    const { code, stderr } = await edit(dir, 'set', 'inlink', 'ce_pulse=poor');
    expect(code).toBe(1);
    expect(stderr).toBe('vitals: accounts/inlink.yaml:1:1: a link to accounts/acme.yaml, which the book already reads: not read, so vitals will not edit it\n');
    expect(commitCount(dir)).toBe(2);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('edits the real file behind a link that stays inside the repository, and the link stays a link', async () => {
    const dir = gitBook({ 'shared/zeta.yaml': zeta });
    symlinkSync('../shared/zeta.yaml', join(dir, 'accounts', 'zeta.yaml'));
    commitEverything(dir);
    const { code, stderr } = await edit(dir, 'set', 'zeta', 'ce_pulse=poor');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lstatSync(join(dir, 'accounts', 'zeta.yaml')).isSymbolicLink()).toBe(true);
    expect(read(dir, 'shared/zeta.yaml').toString()).toContain('ce_pulse: poor');
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('shared/zeta.yaml\n');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('refuses a FIFO in a group folder at once, without hanging (the built binary)', () => {
    const dir = gitBook({ 'accounts/emea/zeta.yaml': zeta });
    execFileSync('mkfifo', [join(dir, 'accounts', 'emea', 'pipe.yaml')]);
    const run = spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'vitals.cjs'), 'note', '--repo', dir, ...AS_OF, 'pipe', 'hello'], { encoding: 'utf8', timeout: 30_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('vitals: accounts/emea/pipe.yaml:1:1: not a regular file (a FIFO, device or socket): not read, so vitals will not edit it\n');
    expect(commitCount(dir)).toBe(1);
  });
});
