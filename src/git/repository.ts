import { spawnSync } from 'node:child_process';

const run = (dir: string, env: NodeJS.ProcessEnv, args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...env, GIT_OPTIONAL_LOCKS: '0' } });

/**
 * Whether commit `earlier` (a verified id) is on the first-parent line of `commit`: the line a log
 * follows. An ancestor reached only through a merge's second parent (a branch merged in) is not.
 * git walks first parents from `commit` until a commit `earlier` reaches: `earlier` is on the line
 * exactly when the last commit of that walk has it as its first parent. One git process.
 */
export function onFirstParentLine(dir: string, env: NodeJS.ProcessEnv, earlier: string, commit: string): boolean {
  if (earlier === commit) return true;
  const walked = run(dir, env, ['rev-list', '--first-parent', '--parents', '--end-of-options', `${earlier}..${commit}`, '--']);
  const last = walked.stdout.trimEnd().split('\n').at(-1)?.split(' ');
  return walked.status === 0 && last?.[1] === earlier;
}
