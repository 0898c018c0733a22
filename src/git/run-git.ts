import type * as SimpleGit from 'simple-git';
import requireSimpleGit from './simple-git-require.cjs';
import { gitTooOld } from './git-version.js';

let simpleGit: typeof SimpleGit.simpleGit | undefined;

/** The environment git runs with: the one vitals was given (`Io.env`), never `process.env`. */
export type GitEnv = NodeJS.ProcessEnv;

/** Why git failed: its exit code and what it said, kept whole for the caller to show or interpret. */
export class GitFailure extends Error {
  constructor(
    readonly exitCode: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(stderr.trim() || stdout.trim() || `git exited ${exitCode}`);
  }
}

/** git could not be started at all (not installed, not on PATH). */
export class GitUnavailable extends Error {}

/**
 * Runs one git command through simple-git and resolves to its output. simple-git waits a further
 * 50 ms after a git that printed nothing at all (its guard against output arriving after the
 * exit), so the commands on an edit's path are run so that they always print something.
 *
 * Any non-zero exit rejects with a `GitFailure` (its code and both streams), or a `GitTooOld` when
 * git is older than the options need, and git that cannot be started with a `GitUnavailable`.
 * simple-git strips or refuses the user's own git environment (GIT_*, EDITOR, PAGER, ...) unless
 * allowed, a guard for servers that run git for strangers; vitals runs git for its user, as they
 * would, so their environment, hooks and signing apply: every guarded variable present is
 * allowed, and the guards that only concern the environment are off. Arguments stay
 * guarded: vitals builds them itself, with data after `--end-of-options` or `--`.
 */
export async function runGit(dir: string, env: GitEnv, args: string[], input?: string): Promise<string> {
  let failed: { exitCode: number; stdOut: Buffer[]; stdErr: Buffer[] } | undefined;
  // Loaded on the first command (~15 ms with its logger): reports that run no git never pay it.
  simpleGit ??= (requireSimpleGit() as typeof SimpleGit).simpleGit;
  const client = simpleGit({
    baseDir: dir,
    allowEnvironment: Object.keys(env).filter((key) => /^git_/i.test(key) || ENV_GUARDED.has(key.toLowerCase())),
    unsafe: ENV_ONLY_GUARDS,
    ...(input === undefined ? {} : { input: () => input }),
    // By default simple-git also arms a 50 ms timer at git's exit, which keeps a finished vitals
    // alive that long; 'close' alone says git is done and its output read.
    completion: { onClose: true, onExit: false },
    // simple-git passes a non-zero exit with nothing on stderr as success, and wraps what this
    // returns in its own error: the result is kept here and the failure made below.
    errors(error, result) {
      if (result.exitCode === 0 && !error) return undefined;
      // A positive code is git's refusal; null, git ended by a signal (Ctrl-C reaches it too).
      if (result.exitCode > 0 || result.exitCode === null) failed = result;
      return error ?? Buffer.concat(result.stdErr);
    },
  }).env({ ...env });
  try {
    return await client.raw(args);
  } catch (error) {
    if (failed) {
      const stderr = Buffer.concat(failed.stdErr).toString('utf8') || (failed.exitCode === null ? 'git was stopped by a signal' : '');
      throw gitTooOld(env, args, stderr) ?? new GitFailure(failed.exitCode ?? 128, Buffer.concat(failed.stdOut).toString('utf8'), stderr);
    }
    // simple-git's message carries the spawn error's stack: its first line says why (`spawn git ENOENT`).
    throw new GitUnavailable((error as Error).message.replace(/^Error: /, '').split('\n')[0]!);
  }
}

/** Variables outside GIT_* that simple-git guards (its GitEnvKeys). */
const ENV_GUARDED = new Set(['editor', 'pager', 'prefix', 'ssh_askpass', 'visual']);

/** The guards simple-git applies to those variables (the user's own editor, pager, config files). */
const ENV_ONLY_GUARDS = {
  allowUnsafeEditor: true,
  allowUnsafeAskPass: true,
  allowUnsafeConfigPaths: true,
  allowUnsafeConfigEnvCount: true,
  allowUnsafeExec: true,
  allowUnsafeDiffExternal: true,
  allowUnsafePager: true,
  allowUnsafeGitProxy: true,
  allowUnsafeTemplateDir: true,
  allowUnsafeSshCommand: true,
};
