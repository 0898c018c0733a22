import { isAbsolute, relative, resolve, sep } from 'node:path';
import { findGitDir } from './find-git-dir.js';
import type { GitEnv } from './run-git.js';

/** The variables that tell git which repository, index and objects to use instead of finding them. */
const LOCATING = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR'];

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/**
 * The environment git runs with for the book at `root` (git runs there, not in the caller's folder).
 * vitals run from a hook of another repository inherits that repository's GIT_DIR and
 * GIT_INDEX_FILE, and an edit of the book would be committed there. So where the book lies in a
 * repository of its own, git finds that one as it would by itself, and only an index inside it is
 * kept (a hook of the book's own repository). A book that no `.git` above it names keeps the
 * user's GIT_DIR and GIT_WORK_TREE when that work tree holds it (a repository kept apart from its
 * files), with the paths made absolute.
 */
export function repositoryEnv(root: string, env: GitEnv, cwd: string): GitEnv {
  if (!LOCATING.some((name) => env[name])) return env;
  const own: GitEnv = Object.fromEntries(Object.entries(env).filter(([name]) => !LOCATING.includes(name)));
  const at = (name: string) => resolve(cwd, env[name]!);
  const gitDir = findGitDir(root, own);
  if (gitDir !== undefined) return env.GIT_INDEX_FILE && inside(gitDir, at('GIT_INDEX_FILE')) ? { ...own, GIT_INDEX_FILE: at('GIT_INDEX_FILE') } : own;
  if (!env.GIT_DIR || !env.GIT_WORK_TREE || !inside(at('GIT_WORK_TREE'), root)) return own;
  const kept: GitEnv = { ...own, GIT_DIR: at('GIT_DIR'), GIT_WORK_TREE: at('GIT_WORK_TREE') };
  if (env.GIT_INDEX_FILE) kept.GIT_INDEX_FILE = at('GIT_INDEX_FILE');
  return kept;
}
