import { spawnSync } from 'node:child_process';
import { UsageError } from '../util/errors.js';

/** The oldest git vitals runs with: `git log --diff-merges=first-parent` came in 2.31 (March 2021). */
const OLDEST = [2, 31] as const;

/** git older than vitals needs, said instead of what that git made of an option it did not know. */
export class GitTooOld extends UsageError {}

/** The options vitals passes that an older git lacks (`--diff-merges`, the newest, sets OLDEST). */
const NEWER = /^--(?:end-of-options$|diff-merges=|pathspec-from-file=|initial-branch=)/;

/** Per PATH (the git that runs), the version when it is too old, null when it is not or cannot say. */
const tooOld = new Map<string, string | null>();

/**
 * Asked only once a git command with one of those options has failed, so a git new enough costs
 * nothing and a command an old git runs as well is never blamed on it: an older git refuses them
 * (`--diff-merges`, `--pathspec-from-file`) or misreads them (`rev-parse --end-of-options` as a
 * revision, which reads as "no history" or "unknown revision"). Outside a repository git says so
 * before it reads any option: that is the answer. One `git version` per process and PATH.
 */
export function gitTooOld(env: NodeJS.ProcessEnv, args: readonly string[], said: string): GitTooOld | undefined {
  if (!args.some((arg) => NEWER.test(arg)) || /not a git repository/i.test(said)) return undefined;
  const path = env.PATH ?? '';
  let version = tooOld.get(path);
  if (version === undefined) {
    const answer = spawnSync('git', ['version'], { env, encoding: 'utf8' }).stdout ?? '';
    const [, major, minor, rest] = /^git version (\d+)\.(\d+)((?:\.\d+)*)/.exec(answer) ?? [];
    const older = major !== undefined && (Number(major) < OLDEST[0] || (Number(major) === OLDEST[0] && Number(minor) < OLDEST[1]));
    version = older ? `${major}.${minor}${rest}` : null;
    tooOld.set(path, version);
  }
  return version === null ? undefined : new GitTooOld(`git ${version} is too old: update it to ${OLDEST.join('.')} or later`);
}
