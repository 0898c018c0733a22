import { spawn, spawnSync } from 'node:child_process';
import { UsageError } from '../util/errors.js';

/**
 * A thin layer over the git command line: plain functions taking the repository directory. Every
 * argument that comes from a user or a file goes after `--end-of-options` or `--`, so it can never
 * be read as an option.
 */
export function git(dir: string, args: string[], input?: string): Buffer {
  const result = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  if (result.error) throw new UsageError(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) {
    const message = result.stderr.toString('utf8').trim().split('\n')[0] ?? '';
    throw new GitError(message || `git ${args[0]} failed`);
  }
  return result.stdout;
}

export class GitError extends Error {}

/** The commit a revision names, verified as a commit before any other use (SPEC §7). */
export function verifyCommit(dir: string, rev: string): string {
  if (rev === '' || rev.startsWith('-') || /[\u0000-\u001f]/.test(rev)) {
    throw new UsageError(`"${rev.replace(/[\u0000-\u001f]/g, '?')}" is not a revision`);
  }
  try {
    return git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitError) {
      if (/not a git repository/i.test(error.message)) throw new UsageError(`${dir} is not in a git repository, so there is no revision "${rev}"`);
      throw new UsageError(`unknown revision "${rev}": not a commit in this repository`);
    }
    throw error;
  }
}

/** `git config user.email` for the repository, or undefined when unset or not in git. */
export function userEmail(dir: string): string | undefined {
  try {
    return git(dir, ['config', '--get', 'user.email']).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The last first-parent commit of HEAD made on or before `date` (YYYY-MM-DD), or undefined. */
export function commitOnOrBefore(dir: string, date: string): string | undefined {
  try {
    const sha = git(dir, ['rev-list', '-1', '--first-parent', `--before=${date}T23:59:59`, 'HEAD', '--']).toString('utf8').trim();
    return sha || undefined;
  } catch {
    return undefined;
  }
}

/** What a git command said: for commands whose failure is an answer to show (a hook's refusal). */
export interface GitOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs git and returns its outcome whatever the exit status; throws only when git cannot run. */
export function gitOutcome(dir: string, args: string[], input?: string): GitOutcome {
  const result = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (result.error) throw new UsageError(`cannot run git: ${result.error.message}`);
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** A pathspec that means exactly this path: no globs, no magic. */
export function literalPath(path: string): string {
  return `:(literal)${path}`;
}

/**
 * `git status` of the given paths (relative to `dir`), one entry per path that is modified, staged,
 * untracked or ignored; undefined when `dir` is not in a git work tree.
 */
export function pathStatus(dir: string, paths: string[]): string[] | undefined {
  const outcome = spawnSync('git', statusArgs(paths), { cwd: dir, maxBuffer: 1 << 30, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  return statusEntries(outcome.error, outcome.status, outcome.stdout, outcome.stderr);
}

/** What `pathStatus` answers, or the error it would throw: a status asked for ahead of need. */
export type PendingStatus = Promise<{ entries: string[] | undefined } | { error: Error }>;

/**
 * `pathStatus`, run while the caller goes on with other work (an edit works out its new text in the
 * meantime); the promise never rejects: an error is part of its answer, thrown where it is used.
 */
export function pathStatusAhead(dir: string, paths: string[]): PendingStatus {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn('git', statusArgs(paths), { cwd: dir, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let failed: Error | undefined;
    child.on('error', (error) => {
      failed = error;
      // git could not be started: as pathStatus, that is no repository to commit to.
      if (child.pid === undefined) resolve({ entries: undefined });
    });
    child.on('close', (code) => {
      try {
        resolve({ entries: statusEntries(failed, code, stdout, stderr) });
      } catch (error) {
        resolve({ error: error as Error });
      }
    });
  });
}

function statusArgs(paths: string[]): string[] {
  return ['status', '--porcelain=v1', '-z', '--ignored', '--untracked-files=all', '--', ...paths.map(literalPath)];
}

function statusEntries(error: Error | undefined, code: number | null, stdout: string, stderr: string): string[] | undefined {
  if (error) return undefined;
  if (code !== 0) {
    if (/not a git repository/i.test(stderr)) return undefined;
    throw new GitError(stderr.trim().split('\n')[0] || 'git status failed');
  }
  return stdout.split('\0').filter((entry) => entry !== '');
}
