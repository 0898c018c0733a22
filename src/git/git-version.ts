import { spawnSync } from 'node:child_process';
import { UsageError } from '../util/errors.js';

/** The oldest git vitals runs with: `git log --diff-merges=first-parent` came in 2.31 (March 2021). */
const OLDEST = [2, 31] as const;

/** git older than vitals needs, said instead of what that git made of an option it did not know. */
export class GitTooOld extends UsageError {}

/** Per PATH (the git that runs), the version when it is too old, null when it is not or cannot say. */
const tooOld = new Map<string, string | null>();

/**
 * Asked only once git has failed, so a git new enough costs nothing: an older one refuses options
 * vitals passes (`--diff-merges`, `--pathspec-from-file`) or misreads them (`rev-parse
 * --end-of-options` as a revision, which reads as "no history" or "unknown revision"). One
 * `git version` per process and PATH.
 */
export function gitTooOld(env: NodeJS.ProcessEnv): GitTooOld | undefined {
  const path = env.PATH ?? '';
  let version = tooOld.get(path);
  if (version === undefined) {
    const said = spawnSync('git', ['version'], { env, encoding: 'utf8' }).stdout ?? '';
    const [, major, minor, rest] = /^git version (\d+)\.(\d+)((?:\.\d+)*)/.exec(said) ?? [];
    const older = major !== undefined && (Number(major) < OLDEST[0] || (Number(major) === OLDEST[0] && Number(minor) < OLDEST[1]));
    version = older ? `${major}.${minor}${rest}` : null;
    tooOld.set(path, version);
  }
  return version === null ? undefined : new GitTooOld(`git ${version} is too old: update it to ${OLDEST.join('.')} or later`);
}
