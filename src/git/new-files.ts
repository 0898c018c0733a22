import { commitRefusal, type CommitRefusal } from './commit-files.js';
import { GitFailure, runGit, type GitEnv } from './run-git.js';
import { literalPath } from './git.js';
import { gitRefusal } from './refusal.js';

/**
 * `git commit --only` commits paths git already knows: a file vitals creates is made known with
 * `git add --intent-to-add`, which records that it will be added and stages none of its content,
 * so the user's index keeps everything else it holds. The paths go through stdin, as for the commit.
 * Resolves to what git said when it refused (a path that .gitignore covers), as a commit does.
 */
export async function intendToAdd(dir: string, env: GitEnv, paths: string[]): Promise<CommitRefusal | undefined> {
  try {
    await runGit(dir, env, ['add', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'], pathspecs(paths));
    return undefined;
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    return commitRefusal(error);
  }
}

/** Undoes `intendToAdd` after a refused commit, once the files are gone: the index is as it was. */
export async function forgetIntended(dir: string, env: GitEnv, paths: string[]): Promise<void> {
  try {
    await runGit(dir, env, ['rm', '--cached', '--quiet', '--ignore-unmatch', '--pathspec-from-file=-', '--pathspec-file-nul'], pathspecs(paths));
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    // The commit's own refusal is the news; an index entry left behind shows in git status.
  }
}

/** `git init` of a folder that is in no repository yet, on `branch`: the branch the book's CI workflow runs on. */
export async function initRepository(dir: string, env: GitEnv, branch: string): Promise<void> {
  try {
    await runGit(dir, env, ['init', '--quiet', `--initial-branch=${branch}`]);
  } catch (error) {
    throw gitRefusal(error, 'create a repository');
  }
}

function pathspecs(paths: string[]): string {
  return paths.map((p) => `${literalPath(p)}\0`).join('');
}
