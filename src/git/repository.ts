import { spawnSync } from 'node:child_process';

const run = (dir: string, env: NodeJS.ProcessEnv, args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...env, GIT_OPTIONAL_LOCKS: '0' } });

/**
 * Whether commit `earlier` (a verified id) is on the first-parent line of `commit`: the line a log
 * follows. An ancestor reached only through a merge's second parent (a branch merged in) is not.
 * Counted along first parents, the commits after `earlier` are N: it is on the line exactly when
 * `commit~N` is `earlier`.
 */
export function onFirstParentLine(dir: string, env: NodeJS.ProcessEnv, earlier: string, commit: string): boolean {
  if (earlier === commit) return true;
  const counted = run(dir, env, ['rev-list', '--first-parent', '--count', '--end-of-options', `${earlier}..${commit}`, '--']);
  const n = Number(counted.stdout.trim());
  if (counted.status !== 0 || !Number.isInteger(n) || n === 0) return false;
  const at = run(dir, env, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${commit}~${n}^{commit}`]);
  return at.status === 0 && at.stdout.trim() === earlier;
}
