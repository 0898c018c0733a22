import { spawnSync } from 'node:child_process';

const run = (dir: string, env: NodeJS.ProcessEnv, args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...env, GIT_OPTIONAL_LOCKS: '0' } });

/** The repository's own folder (`.git`, or a worktree's), absolute; undefined outside git. */
export function gitDirOf(dir: string, env: NodeJS.ProcessEnv): string | undefined {
  const result = run(dir, env, ['rev-parse', '--absolute-git-dir']);
  return result.status === 0 ? result.stdout.trim() || undefined : undefined;
}

/** Whether commit `ancestor` (a verified id) is in the history of `commit`. */
export function isAncestor(dir: string, env: NodeJS.ProcessEnv, ancestor: string, commit: string): boolean {
  return run(dir, env, ['merge-base', '--is-ancestor', '--end-of-options', ancestor, commit]).status === 0;
}
