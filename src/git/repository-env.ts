import { basename, dirname, relative, resolve, isAbsolute } from 'node:path';
import { findGitDir } from './find-git-dir.js';
import type { GitEnv } from './run-git.js';

/** The variables that tell git which repository, index and objects to use instead of finding them. */
const LOCATING = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR'];

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The environment git runs with for the book at `root`: the user's, unless it names another
 * repository. vitals run from a hook of another repository inherits that repository's GIT_DIR and
 * GIT_INDEX_FILE, and an edit of this book would be committed there; so when they name a
 * repository whose work tree does not hold `root`, or an index outside the book's repository, git
 * finds the book's repository itself. A deliberate GIT_DIR and GIT_WORK_TREE over the book stay.
 */
export function repositoryEnv(root: string, env: GitEnv, cwd: string): GitEnv {
  if (!LOCATING.some((name) => env[name])) return env;
  const own = Object.fromEntries(Object.entries(env).filter(([name]) => !LOCATING.includes(name)));
  if (env.GIT_DIR) {
    const gitDir = resolve(cwd, env.GIT_DIR);
    const workTree = env.GIT_WORK_TREE ? resolve(cwd, env.GIT_WORK_TREE) : basename(gitDir) === '.git' ? dirname(gitDir) : undefined;
    return workTree !== undefined && inside(workTree, root) ? env : own;
  }
  const gitDir = findGitDir(root, own);
  if (env.GIT_INDEX_FILE && !(gitDir !== undefined && inside(gitDir, resolve(cwd, env.GIT_INDEX_FILE)))) return own;
  return env;
}
