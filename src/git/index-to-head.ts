import { runGit, type GitEnv } from './run-git.js';
import { literalPath } from './git.js';

/**
 * Sets these paths' index entries to what HEAD holds. After `git commit --only`, git leaves the
 * user's index holding the files as vitals wrote them; a pre-commit hook that reformatted a file
 * and staged it changed only the commit's own index, so the user's would show an undo of the
 * hook's change (`MM`). Only for paths that had no staged change of their own before the edit.
 * False when git refused: the commit is made all the same, so that is no reason to fail the edit.
 */
export async function indexToHead(dir: string, env: GitEnv, paths: string[]): Promise<boolean> {
  try {
    await runGit(dir, env, ['reset', '--quiet', '--pathspec-from-file=-', '--pathspec-file-nul'], paths.map((p) => `${literalPath(p)}\0`).join(''));
    return true;
  } catch {
    return false;
  }
}
