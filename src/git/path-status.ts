import { findGitDir } from './find-git-dir.js';
import { GitFailure, GitUnavailable, runGit, type GitEnv } from './run-git.js';
import { literalPath, notARepository } from './git.js';
import { gitRefusal } from './refusal.js';

/**
 * `git status` of the given paths (relative to `dir`), one entry per path that is modified, staged,
 * untracked or ignored (`XY path`, as `--porcelain=v1`); undefined when `dir` is not in a git work
 * tree. Any other refusal of git's (dubious ownership, a broken index, no git in a repository) is a
 * usage error.
 */
export async function pathStatus(dir: string, env: GitEnv, paths: string[]): Promise<string[] | undefined> {
  // --branch: a `## branch` entry first, so git always prints something (see runGit).
  const args = ['status', '--porcelain=v1', '--branch', '-z', '--ignored', '--untracked-files=all', '--', ...paths.map(literalPath)];
  try {
    // A status must not take the index lock: it only reads (git's own advice for background reads).
    const out = await runGit(dir, { ...env, GIT_OPTIONAL_LOCKS: '0' }, args);
    return out.split('\0').filter((entry) => entry !== '' && !entry.startsWith('## '));
  } catch (error) {
    if (error instanceof GitFailure && notARepository(error)) return undefined;
    // No git installed: outside a repository the files are written and not committed, as without
    // git; inside one nothing is, as no uncommitted work in the files can be seen.
    if (error instanceof GitUnavailable && findGitDir(dir, env) === undefined) return undefined;
    throw gitRefusal(error, 'read the status of the files to commit');
  }
}
