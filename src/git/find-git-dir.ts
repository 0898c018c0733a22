import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { GitEnv } from './run-git.js';

/**
 * The git directory of the work tree that holds `dir`, found on disk as git finds it (`GIT_DIR`,
 * else the nearest `.git` above: a folder, or a worktree's `gitdir:` file), without starting git:
 * an edit asks for it before anything else, and a process costs more than the edit's own reading.
 * Undefined outside a work tree.
 */
export function findGitDir(dir: string, env: GitEnv): string | undefined {
  if (env.GIT_DIR) return gitDirAt(resolve(dir, env.GIT_DIR));
  for (let at = resolve(dir); ; at = dirname(at)) {
    const dotGit = join(at, '.git');
    const kind = kindOf(dotGit);
    if (kind === 'directory') return gitDirAt(dotGit);
    if (kind === 'file') {
      const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
      if (pointer) return gitDirAt(resolve(at, pointer));
    }
    if (dirname(at) === at) return undefined;
  }
}

/**
 * The top folder of the work tree that holds `dir` (where its `.git` is), found on disk as
 * `findGitDir` finds it; undefined outside one, or when `GIT_DIR` names it elsewhere.
 */
export function workTreeTop(dir: string, env: GitEnv): string | undefined {
  if (env.GIT_WORK_TREE) return resolve(dir, env.GIT_WORK_TREE);
  if (env.GIT_DIR) return undefined;
  for (let at = resolve(dir); ; at = dirname(at)) {
    const kind = kindOf(join(at, '.git'));
    if (kind !== undefined && findGitDir(at, env) !== undefined) return at;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * Where the book at `root` sits in its work tree, as git names paths: `''` at the top, `emea/` in
 * a folder (git's paths, annotations and a cache per book need it); `''` outside a work tree.
 */
export function bookPrefix(root: string, env: GitEnv): string {
  const top = workTreeTop(root, env);
  return top === undefined ? '' : relative(top, root).split(sep).filter((part) => part !== '').map((part) => `${part}/`).join('');
}

/** The folder shared by a repository's linked work trees (`commondir`), or the git directory itself. */
export function commonGitDir(gitDir: string): string {
  try {
    return resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim());
  } catch {
    return gitDir;
  }
}

/** The folder, when it holds what git's own do (HEAD): a GIT_DIR mistyped or a stray `.git` is none. */
function gitDirAt(path: string): string | undefined {
  return kindOf(join(path, 'HEAD')) === 'file' ? path : undefined;
}

function kindOf(path: string): 'directory' | 'file' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}
