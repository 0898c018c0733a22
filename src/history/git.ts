import { spawnSync } from 'node:child_process';
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
  const outcome = spawnSync('git', ['status', '--porcelain=v1', '-z', '--ignored', '--untracked-files=all', '--', ...paths.map(literalPath)], {
    cwd: dir,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  if (outcome.error) return undefined;
  if (outcome.status !== 0) {
    if (/not a git repository/i.test(outcome.stderr)) return undefined;
    throw new GitError(outcome.stderr.trim().split('\n')[0] || 'git status failed');
  }
  return outcome.stdout.split('\0').filter((entry) => entry !== '');
}
