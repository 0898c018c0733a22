import { spawnSync } from 'node:child_process';

const run = (dir: string, env: NodeJS.ProcessEnv, args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...env, GIT_OPTIONAL_LOCKS: '0' } });

/** Whether commit `ancestor` (a verified id) is in the history of `commit`. */
export function isAncestor(dir: string, env: NodeJS.ProcessEnv, ancestor: string, commit: string): boolean {
  return run(dir, env, ['merge-base', '--is-ancestor', '--end-of-options', ancestor, commit]).status === 0;
}
