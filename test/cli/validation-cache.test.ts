import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookChecks } from '../../src/engine/index.js';
import { loadBook } from '../../src/load/load-book.js';
import { stampedDiskSource, stampOf } from '../../src/load/source.js';
import { ValidationCache } from '../../src/load/validation-cache.js';
import { tempBook, validAccount, vitals } from '../helpers/book.js';
import { gitIn } from '../helpers/git.js';

/** A book in a git repository of its own: `validate --cache` keeps its result in the .git folder. */
function gitRepo(files?: Record<string, string>): string {
  const repo = tempBook(files);
  gitIn(repo, ['init', '-q', '-b', 'main']);
  return repo;
}

const AS_OF = '2026-11-22';

describe('the validation cache (validate --cache)', () => {
  it('is opt-in, and kept in .git/vitals/', async () => {
    const repo = gitRepo();
    expect((await vitals(['validate', '--repo', repo, '--as-of', AS_OF])).code).toBe(0);
    expect(existsSync(join(repo, '.git', 'vitals'))).toBe(false);
    expect((await vitals(['validate', '--cache', '--repo', repo, '--as-of', AS_OF])).code).toBe(0);
    expect(existsSync(join(repo, '.git', 'vitals', 'validate.json'))).toBe(true);
  });

  it('outside git, checks without a cache', async () => {
    const repo = tempBook();
    expect((await vitals(['validate', '--cache', '--repo', repo, '--as-of', AS_OF])).code).toBe(0);
  });

  it('keeps nothing in a GIT_DIR that is no git folder, or a stray .git', async () => {
    const repo = tempBook();
    const typo = join(repo, 'no-such-git-dir');
    expect((await vitals(['validate', '--cache', '--repo', repo, '--as-of', AS_OF], { GIT_DIR: typo })).code).toBe(0);
    expect(existsSync(typo)).toBe(false);
    mkdirSync(join(repo, '.git'));
    expect((await vitals(['validate', '--cache', '--repo', repo, '--as-of', AS_OF])).code).toBe(0);
    expect(existsSync(join(repo, '.git', 'vitals'))).toBe(false);
  });

  it('stores a first run under the key the next run computes, so the next run reads no file', async () => {
    const repo = gitRepo({ 'accounts/zed.yaml': validAccount.replace('owner: priya', 'owner: priyaa') });
    const first = await vitals(['validate', '--cache', '--repo', repo, '--as-of', AS_OF, '--format', 'json']);
    expect(first.code).toBe(1);
    // The first run keyed the files as it read them; the next one stats them by path: same key.
    const cache = new ValidationCache(join(repo, '.git'));
    const stored = cache.get(cache.key(repo, AS_OF, undefined));
    expect(stored?.checked).toBe(JSON.parse(first.stdout).files);
    expect(stored?.problems.map((p) => p.file)).toContain('accounts/zed.yaml');
    const second = await vitals(['validate', '--cache', '--repo', repo, '--as-of', AS_OF, '--format', 'json']);
    expect(second).toEqual(first);
  });

  it('keys a first run by every file as it was read, the playbooks (read before their folder is listed) too', () => {
    const repo = tempBook({ 'accounts/old.yml': validAccount });
    const source = stampedDiskSource(repo);
    loadBook({ root: repo, asOf: AS_OF, checks: bookChecks, source, keepAccounts: false });
    const listed = source.listed();
    expect(listed.filter((f) => f.file.startsWith('playbooks/')).length).toBeGreaterThanOrEqual(8);
    // Every file read carries the stamp taken as it was read; the .yml file is listed, never read.
    expect(listed.filter((f) => f.stamp === undefined).map((f) => f.file)).toEqual(['accounts/old.yml']);
    for (const { file, stamp } of listed) {
      if (stamp !== undefined) expect(stamp).toBe(stampOf(statSync(join(repo, file))));
    }
  });

  it('checks again after a file changes, is added or is removed', async () => {
    const repo = gitRepo();
    const validate = () => vitals(['validate', '--cache', '--repo', repo, '--as-of', AS_OF]);
    expect((await validate()).code).toBe(0);
    writeFileSync(join(repo, 'accounts', 'acme.yaml'), validAccount.replace('owner: priya', 'owner: priyaa'));
    const changed = await validate();
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('accounts/acme.yaml:3:8  error  owner "priyaa"');
    writeFileSync(join(repo, 'accounts', 'acme.yaml'), validAccount);
    expect((await validate()).code).toBe(0);
    writeFileSync(join(repo, 'accounts', 'bad.yaml'), 'name: [unclosed\n');
    expect((await validate()).code).toBe(1);
    rmSync(join(repo, 'accounts', 'bad.yaml'));
    expect((await validate()).code).toBe(0);
  });

  it('keys the as-of date: the same files on another day are checked for that day', async () => {
    const repo = gitRepo();
    const before = await vitals(['validate', '--cache', '--repo', repo, '--as-of', AS_OF, '--format', 'json']);
    const after = await vitals(['validate', '--cache', '--repo', repo, '--as-of', '2031-01-01', '--format', 'json']);
    expect(JSON.parse(before.stdout).warnings).toBe(0);
    expect(JSON.parse(after.stdout).problems.map((p: { message: string }) => p.message)).toContain('renewal date passed: update the contract');
  });
});
