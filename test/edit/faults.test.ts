import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, validAccount, vitals } from '../helpers/book.js';
import { commitCount, git, gitBook, read } from './git-book.js';

const AS_OF = ['--as-of', '2026-11-22'];
const bin = join(repoRoot, 'dist', 'bin', 'vitals.cjs');

/** The built CLI with the file system refusing to open files ending in `suffix` (after `allowed` opens). */
function withFault(dir: string, fault: string, args: string[]) {
  const result = spawnSync(process.execPath, ['-r', join(repoRoot, 'test', 'edit', 'fs-fault.cjs'), bin, '--repo', dir, ...AS_OF, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VITALS_TEST_FAULT: fault },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function hook(dir: string, script: string): void {
  const path = join(dir, '.git', 'hooks', 'pre-commit');
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
}

describe('a hook that changes files', () => {
  it('reformats and re-stages the file: the commit holds its version, and index and work tree agree with HEAD', async () => {
    const dir = gitBook();
    hook(dir, "sed -i 's/^name: Acme Corp/name: \"Acme Corp\"/' accounts/acme.yaml && git add accounts/acme.yaml");
    const { code, stderr } = await vitals(['set', '--repo', dir, ...AS_OF, 'acme', 'ce_pulse=poor']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const committed = git(dir, ['show', 'HEAD:accounts/acme.yaml']);
    expect(committed).toContain('name: "Acme Corp"');
    expect(committed).toContain('ce_pulse: poor');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(git(dir, ['show', ':accounts/acme.yaml'])).toBe(committed);
  });
});

describe('a file saved while the edit runs', () => {
  it('is refused, never overwritten, when it is saved while git reads the status (seconds, in a large repository)', async () => {
    const dir = gitBook();
    // git itself, but a status that ends with the user saving the file (as if it took seconds).
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const wrapper = mkdtempSync(join(tmpdir(), 'vitals-slow-git-'));
    writeFileSync(join(wrapper, 'git'), `#!/bin/sh\nif [ "$1" = status ]; then "${real}" "$@"; rc=$?; sed -i 's/seats: 500/seats: 512/' accounts/acme.yaml; exit $rc; fi\nexec "${real}" "$@"\n`);
    chmodSync(join(wrapper, 'git'), 0o755);
    const { code, stderr } = await vitals(['set', '--repo', dir, ...AS_OF, 'acme', 'ce_pulse=poor'], { PATH: `${wrapper}:${process.env.PATH}` });
    expect(code).toBe(1);
    expect(stderr).toBe('vitals: accounts/acme.yaml changed on disk since vitals read it, so nothing was written: run the edit again\n');
    expect(read(dir).toString()).toBe(validAccount.replace('seats: 500', 'seats: 512'));
    expect(commitCount(dir)).toBe(1);
  });
});

describe('git not on the PATH', () => {
  it('in a repository, an edit is refused with nothing written: without git no uncommitted work can be seen', async () => {
    const dir = gitBook();
    writeFileSync(join(dir, 'accounts', 'acme.yaml'), `${validAccount}# work in progress\n`);
    const noGit = mkdtempSync(join(tmpdir(), 'vitals-no-git-'));
    const { code, stderr } = await vitals(['set', '--repo', dir, ...AS_OF, 'acme', 'ce_pulse=poor'], { PATH: noGit });
    expect(code).toBe(2);
    expect(stderr).toBe('vitals: cannot run git to read the status of the files to commit: git is not installed, or not on the PATH (spawn git ENOENT)\n');
    expect(read(dir).toString()).toBe(`${validAccount}# work in progress\n`);
  });
});

describe('a failed commit puts back only what vitals wrote', () => {
  it('keeps a hand edit saved while the commit ran, and says so', async () => {
    const dir = gitBook();
    const hand = validAccount.replace('seats: 500', 'seats: 640');
    writeFileSync(join(dir, 'hand.yaml'), hand);
    hook(dir, 'cp hand.yaml accounts/acme.yaml; echo "policy: rejected" >&2; exit 1');
    const { code, stdout, stderr } = await vitals(['set', '--repo', dir, ...AS_OF, 'acme', 'ce_pulse=poor']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('the commit failed, so accounts/acme.yaml was changed by someone else meanwhile and kept as they saved it, which may still hold this edit, uncommitted: check it with git diff');
    expect(stderr).toContain('policy: rejected');
    expect(read(dir).toString()).toBe(hand);
    expect(commitCount(dir)).toBe(1);
  });
});

describe('the disk refusing a write or a restore is one sentence, never a half-applied edit', () => {
  it.each(['ENOSPC', 'EACCES', 'EROFS'])('%s while writing: exit 2, nothing changed', (code) => {
    const dir = gitBook();
    const result = withFault(dir, `.tmp:${code}:0`, ['set', 'acme', 'ce_pulse=poor']);
    expect(result.stderr).toMatch(new RegExp(`^vitals: cannot write accounts/acme\\.yaml: [a-z /-]+ \\(${code}\\), so nothing was changed\\n$`));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(read(dir).toString()).toBe(validAccount);
    expect(commitCount(dir)).toBe(1);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it.each(['ENOSPC', 'EACCES', 'EROFS'])('%s while putting back after a failed commit: the whole edit stays, and the sentence says how to undo it', (code) => {
    const dir = gitBook();
    hook(dir, 'exit 1');
    const result = withFault(dir, `.tmp:${code}:1`, ['set', 'acme', 'ce_pulse=poor']);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr).toMatch(new RegExp(`^vitals: the commit failed, so accounts/acme\\.yaml could not be put back \\([a-z /-]+ \\(${code}\\)\\) and still holds this edit, uncommitted: git checkout -- accounts/acme\\.yaml undoes it`));
    const now = read(dir).toString();
    expect(parse(now)).toMatchObject({ traits: { ce_pulse: 'poor' }, reviewed: { ce_pulse: '2026-11-22' } });
    expect(now).toBe(validAccount.replace('ce_pulse: healthy', 'ce_pulse: poor').replace('  ce_pulse: 2026-11-02', '  ce_pulse: 2026-11-22'));
    expect(commitCount(dir)).toBe(1);
  });

  it.each([['ENOSPC', 0], ['ENOSPC', 40], ['EACCES', 59]])('%s at temp file %i of a 60-file import: exit 2, every file as it was, no temp file left', (code, allowed) => {
    const ids = Array.from({ length: 60 }, (_, i) => `acct-${String(i).padStart(2, '0')}`);
    const dir = gitBook(Object.fromEntries(ids.map((id) => [`accounts/${id}.yaml`, validAccount])));
    writeFileSync(join(dir, 'export.csv'), `id,versions_behind\n${ids.map((id) => `${id},6`).join('\n')}\n`);
    const result = withFault(dir, `.tmp:${code}:${allowed}`, ['import', join(dir, 'export.csv'), '--metrics-date', '2026-11-20']);
    expect(result.stderr).toMatch(new RegExp(`^vitals: cannot write accounts/${ids[allowed]}\\.yaml: [a-z /-]+ \\(${code}\\), so nothing was changed\\n$`));
    expect(result.code).toBe(2);
    for (const id of ids) expect(read(dir, `accounts/${id}.yaml`).toString()).toBe(validAccount);
    expect(readdirSync(join(dir, 'accounts')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(commitCount(dir)).toBe(1);
    expect(git(dir, ['status', '--porcelain'])).toBe('?? export.csv\n');
  });

  it('a lock that cannot be created (a read-only .git) refuses before reading', () => {
    const dir = gitBook();
    const result = withFault(dir, 'vitals-edit.lock:EROFS:0', ['note', 'acme', 'hello']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('vitals: cannot take the edit lock .git/vitals-edit.lock: the file system is read-only (EROFS), so nothing was written\n');
    expect(read(dir).toString()).toBe(validAccount);
  });
});

describe('the edit lock', () => {
  it('waits for an edit that holds it, then edits the file as that one left it', async () => {
    const dir = gitBook();
    const lock = join(dir, '.git', 'vitals-edit.lock');
    writeFileSync(lock, `${process.pid} ${hostname()} test\n`);
    let finished = false;
    const child = spawn(process.execPath, [bin, 'note', '--repo', dir, ...AS_OF, 'acme', 'after the lock'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('close', (code) => ((finished = true), done(code))));
    await new Promise((done) => setTimeout(done, 1500));
    expect(finished, 'the edit waits while the lock is held').toBe(false);
    expect(commitCount(dir)).toBe(1);
    writeFileSync(join(dir, 'accounts', 'acme.yaml'), `${validAccount}x_meanwhile: 1\n`);
    git(dir, ['commit', '-q', '-am', 'meanwhile']);
    unlinkSync(lock);
    expect(await exited).toBe(0);
    expect(read(dir).toString()).toContain('x_meanwhile: 1\n');
    expect(read(dir).toString()).toContain('text: "after the lock"');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(existsSync(lock)).toBe(false);
  }, 60_000);

  it('takes over a lock left by a vitals that died', async () => {
    const dir = gitBook();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(dir, '.git', 'vitals-edit.lock'), `${dead} ${hostname()} crashed\n`);
    const { code } = await vitals(['note', '--repo', dir, ...AS_OF, 'acme', 'after a crash']);
    expect(code).toBe(0);
    expect(read(dir).toString()).toContain('after a crash');
    expect(existsSync(join(dir, '.git', 'vitals-edit.lock'))).toBe(false);
  });
});

describe('an edit never makes a valid file invalid', () => {
  it('refuses a note that would take the file over 1 MiB, before writing', async () => {
    const big = `${validAccount}x_history: "${'h'.repeat(1024 * 1024 - validAccount.length - 40)}"\n`;
    const dir = gitBook({ 'accounts/acme.yaml': big });
    expect((await vitals(['validate', '--repo', dir, ...AS_OF])).code).toBe(0);
    const { code, stderr } = await vitals(['note', '--repo', dir, ...AS_OF, 'acme', 'one note too many for this file']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^vitals: the edit would make accounts\/acme\.yaml larger than the 1 MiB limit \(\d+ bytes\), so nothing was written/);
    expect(read(dir).toString()).toBe(big);
    expect(commitCount(dir)).toBe(1);
  });

  it('quotes a refused value as given, its line break escaped once', async () => {
    const dir = gitBook();
    const { code, stderr } = await vitals(['set', '--repo', dir, ...AS_OF, 'acme', 'versions_behind=3\nx: 1']);
    expect(code).toBe(2);
    expect(stderr).toBe('vitals: versions_behind is a whole number, not "3\\x0ax: 1"\n');
  });

  it.each(['9007199254740993', '12345678901234567890'])('refuses %s, which would be written back as another number', async (value) => {
    const dir = gitBook();
    const { code, stderr } = await vitals(['set', '--repo', dir, ...AS_OF, 'acme', `mau_last_month=${value}`]);
    expect(code).toBe(2);
    expect(stderr).toBe(`vitals: mau_last_month is at most 9007199254740991 (2^53 - 1), not "${value}": a larger number cannot be kept exactly\n`);
    expect(read(dir).toString()).toBe(validAccount);
  });
});
