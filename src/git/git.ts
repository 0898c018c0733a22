import { spawnSync } from 'node:child_process';
import { controlChars } from '../util/control-chars.js';
import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';
import { GitFailure, GitUnavailable, runGit, type GitEnv } from './run-git.js';
import { findGitDir } from './find-git-dir.js';
import { gitRefusal } from './refusal.js';
import { gitTooOld } from './git-version.js';
import { shallowCommits } from './shallow.js';

/**
 * The git porcelain vitals uses, as plain async functions taking the repository directory and the
 * environment git runs with. Every argument that comes from a user or a file goes after
 * `--end-of-options` or `--`, so it can never be read as an option.
 */

/** The commit a revision names, verified as a commit before any other use (SPEC §7). */
export async function verifyCommit(dir: string, env: GitEnv, rev: string): Promise<string> {
  if (rev === '' || rev.startsWith('-') || controlChars().test(rev)) {
    throw new UsageError(`"${plain(rev)}" is not a revision`);
  }
  try {
    // `:/<text>` names the newest commit whose message matches: anything after it is text, so it is
    // found first and then checked as a commit.
    const name = rev.startsWith(':/') ? (await runGit(dir, env, ['rev-parse', '--verify', '--quiet', '--end-of-options', rev])).trim() : rev;
    return (await runGit(dir, env, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`])).trim();
  } catch (error) {
    if (!(error instanceof GitFailure)) throw gitRefusal(error, 'read the revision');
    // An unknown revision or one that is not a commit exits 1; git's own refusals exit 128.
    if (error.exitCode === 128) throw gitRefusal(error, `read the revision "${plain(rev)}"`);
    throw new UsageError(`unknown revision "${plain(rev)}": not a commit in this repository${shallowHint(dir, env)}`);
  }
}

/** Said after "not found" in a shallow clone (CI's default), where older commits are not there to find. */
function shallowHint(dir: string, env: GitEnv): string {
  const gitDir = findGitDir(dir, env);
  return gitDir !== undefined && shallowCommits(gitDir).length > 0 ? ' (this clone is shallow, so older commits may not be in it: git fetch --unshallow reads them)' : '';
}

/** The best common ancestor of two commits (`git merge-base`), where a branch left the other; `names` as the user gave them. */
export async function mergeBase(dir: string, env: GitEnv, a: string, b: string, names: [string, string]): Promise<string> {
  try {
    return (await runGit(dir, env, ['merge-base', '--end-of-options', a, b])).trim();
  } catch (error) {
    if (error instanceof GitFailure && error.exitCode === 1) throw new UsageError(`"${plain(names[0])}" and "${plain(names[1])}" have no commit in common${shallowHint(dir, env)}`);
    throw gitRefusal(error, 'find where the two revisions part');
  }
}

/**
 * The e-mail git authors a commit with: `GIT_AUTHOR_EMAIL` when set, as git takes it, else
 * `git config user.email`; undefined when neither is set (or there is no git). A note is signed by
 * the member it names, so the note and its commit never name two people.
 */
export async function userEmail(dir: string, env: GitEnv): Promise<string | undefined> {
  return env.GIT_AUTHOR_EMAIL?.trim() || userConfig(dir, env, 'user.email');
}

/** The name git authors a commit with: `GIT_AUTHOR_NAME`, else `git config user.name`; undefined when neither is set. */
export async function userName(dir: string, env: GitEnv): Promise<string | undefined> {
  return env.GIT_AUTHOR_NAME?.trim() || userConfig(dir, env, 'user.name');
}

/** The branch the user's `git init` starts on (`init.defaultBranch`); undefined when they set none. */
export async function defaultBranch(dir: string, env: GitEnv): Promise<string | undefined> {
  return userConfig(dir, env, 'init.defaultBranch');
}

async function userConfig(dir: string, env: GitEnv, key: 'user.email' | 'user.name' | 'init.defaultBranch'): Promise<string | undefined> {
  try {
    return (await runGit(dir, env, ['config', '--get', key])).trim() || undefined;
  } catch (error) {
    if (error instanceof GitUnavailable || (error instanceof GitFailure && (error.exitCode === 1 || notARepository(error)))) return undefined;
    throw gitRefusal(error, `read your ${key}`);
  }
}

/**
 * The last first-parent commit of HEAD made on or before `date` (YYYY-MM-DD); undefined when there
 * is no such history (no git, not a repository, no commit yet).
 */
export async function commitOnOrBefore(dir: string, env: GitEnv, date: string): Promise<string | undefined> {
  try {
    const sha = await runGit(dir, env, ['rev-list', '-1', '--first-parent', `--before=${date}T23:59:59`, 'HEAD', '--']);
    return sha.trim() || undefined;
  } catch (error) {
    if (error instanceof GitUnavailable || (error instanceof GitFailure && (notARepository(error) || /unknown revision|bad revision|ambiguous argument 'HEAD'/.test(error.stderr)))) {
      return undefined;
    }
    throw gitRefusal(error, 'read the history');
  }
}

/** Whether git said the directory is in no repository: for vitals, a book without history. */
export function notARepository(error: GitFailure): boolean {
  return /not a git repository/i.test(error.stderr);
}

/** The repository's git directory (`.git`, or a worktree's own), where vitals may keep a cache; undefined outside git. */
export async function gitDir(dir: string, env: GitEnv): Promise<string | undefined> {
  try {
    return (await runGit(dir, env, ['rev-parse', '--absolute-git-dir'])).trim();
  } catch (error) {
    if (error instanceof GitUnavailable || (error instanceof GitFailure && notARepository(error))) return undefined;
    throw gitRefusal(error, 'find the repository');
  }
}

/** The path of `dir` within its repository's work tree (`''` at the top; `sub/` below it), as git names it. */
export async function prefixInRepository(dir: string, env: GitEnv): Promise<string> {
  return (await runGit(dir, env, ['rev-parse', '--show-prefix'])).trim();
}

/** The branch HEAD is on (before its first commit too); undefined on a detached HEAD. */
export async function currentBranch(dir: string, env: GitEnv): Promise<string | undefined> {
  try {
    return (await runGit(dir, env, ['symbolic-ref', '--short', 'HEAD'])).trim() || undefined;
  } catch (error) {
    if (error instanceof GitFailure) return undefined;
    throw gitRefusal(error, 'name the branch');
  }
}

/** The abbreviated name of HEAD, as git shows it. */
export async function shortHead(dir: string, env: GitEnv): Promise<string> {
  return (await runGit(dir, env, ['rev-parse', '--short', 'HEAD'])).trim();
}

/** A pathspec that means exactly this path: no globs, no magic. */
export function literalPath(path: string): string {
  return `:(literal)${path}`;
}

/**
 * Runs git, in the environment vitals was given, and returns its output. Kept synchronous and
 * spawned directly for the one caller that must be: a book at a commit (history/git-source.ts) is
 * read through the synchronous BookSource, with `cat-file --batch` fed on stdin, which simple-git
 * does not stream back as bytes.
 */
export function git(dir: string, env: GitEnv, args: string[], input?: string): Buffer {
  const result = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30, env: { ...env, GIT_OPTIONAL_LOCKS: '0' } });
  if (result.error) throw new UsageError(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) {
    const message = result.stderr.toString('utf8').trim().split('\n')[0] ?? '';
    throw gitTooOld(env, args, message) ?? new GitError(message || `git ${args[0]} failed`);
  }
  return result.stdout;
}

export class GitError extends Error {}
