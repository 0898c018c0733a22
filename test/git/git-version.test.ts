import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { gitTooOld } from '../../src/git/git-version.js';
import { tempBook, vitals } from '../helpers/book.js';
import { historyRepo } from '../history/history-repo.js';

const made: string[] = [];
/** A command with an option an old git lacks: only such a failure is put down to the version. */
const LOG = ['log', '--diff-merges=first-parent'];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

/**
 * A `git` first on the PATH that says it is `version` and, unless `knows`, behaves as a git before
 * 2.24 and 2.31 does with vitals' options: rev-parse takes `--end-of-options` for a revision (and
 * fails quietly under --quiet), log refuses `--diff-merges`. Everything else is the real git.
 */
function fakeGit(version: string, knows = false): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'vitals-fake-git-'));
  made.push(dir);
  const real = process.env.PATH ?? '';
  writeFileSync(
    join(dir, 'git'),
    `#!/bin/sh
if [ "$1" = version ]; then echo "git version ${version}"; exit 0; fi
if [ -z "${knows ? 'yes' : ''}" ]; then
  for a in "$@"; do
    case "$a" in
      --diff-merges=*) echo "fatal: unrecognized argument: $a" >&2; exit 128 ;;
      --end-of-options)
        PATH='${real}' git rev-parse --git-dir >/dev/null 2>&1 || { echo 'fatal: not a git repository (or any of the parent directories): .git' >&2; exit 128; }
        [ "$1" = rev-parse ] && exit 1; echo "fatal: bad revision '$a'" >&2; exit 128 ;;
    esac
  done
fi
PATH='${real}' exec git "$@"
`,
  );
  chmodSync(join(dir, 'git'), 0o755);
  return { PATH: `${dir}:${real}` };
}

describe('a git older than 2.31 is named, not misread as a missing history or revision', () => {
  test('log, diff and the review say which git it is and what is needed', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    const env = fakeGit('2.25.1') as Record<string, string>;
    const said = 'vitals: git 2.25.1 is too old: update it to 2.31 or later\n';
    expect(await vitals(['log', '--repo', repo.dir], env)).toMatchObject({ code: 2, stdout: '', stderr: said });
    expect(await vitals(['diff', 'main', '--repo', repo.dir], env)).toMatchObject({ code: 2, stdout: '', stderr: said });
    expect(await vitals(['review', '--repo', repo.dir, '--as-of', '2026-11-20'], env)).toMatchObject({ code: 2, stderr: said });
    // What needs no history still works with it.
    expect((await vitals(['validate', '--repo', repo.dir], env)).code).toBe(0);
  });

  test('outside a repository an old git is not blamed: there is no history, as with any git', async () => {
    const book = tempBook();
    const env = fakeGit('2.25.1') as Record<string, string>;
    expect(await vitals(['log', '--repo', book], env)).toMatchObject({ code: 2, stderr: `vitals: ${book} has no git history: vitals log reads the commits of HEAD\n` });
    expect(await vitals(['review', '--repo', book, '--as-of', '2026-11-20'], env)).toMatchObject({ code: 0, stderr: '' });
  });

  test('a git new enough is never blamed: its own failures read as before', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    const env = fakeGit('2.31.0', true) as Record<string, string>;
    expect(await vitals(['diff', 'no-such-branch', '--repo', repo.dir], env)).toMatchObject({
      code: 2,
      stderr: 'vitals: unknown revision "no-such-branch": not a commit in this repository\n',
    });
    expect((await vitals(['log', '--repo', repo.dir, '--format', 'json'], env)).code).toBe(0);
  });

  test('versions as git prints them on each platform', () => {
    expect(gitTooOld(fakeGit('2.30.1 (Apple Git-130)'), LOG, '')?.message).toBe('git 2.30.1 is too old: update it to 2.31 or later');
    expect(gitTooOld(fakeGit('1.8.3.1'), LOG, '')?.message).toBe('git 1.8.3.1 is too old: update it to 2.31 or later');
    expect(gitTooOld(fakeGit('2.45.1.windows.1', true), LOG, '')).toBeUndefined();
    expect(gitTooOld(fakeGit('3.0.0', true), LOG, '')).toBeUndefined();
    // A git that says something else is given the benefit of the doubt.
    expect(gitTooOld(fakeGit('unknown', true), LOG, '')).toBeUndefined();
    // A command an old git runs as well as a new one fails for its own reasons.
    expect(gitTooOld(fakeGit('2.25.1'), ['config', '--get', 'user.email'], '')).toBeUndefined();
  });
});
