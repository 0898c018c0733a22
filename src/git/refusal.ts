import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';
import { GitFailure, GitUnavailable } from './run-git.js';

/**
 * git's own refusal (not a repository, dubious ownership, a held lock, no git at all) as one
 * sentence with exit 2, in git's words: the user's environment is the problem, not vitals.
 */
export function gitRefusal(error: unknown, doing: string): Error {
  if (error instanceof GitFailure) return new UsageError(`git refused to ${doing}: ${gitSaid(error.stderr || error.stdout)}`);
  if (error instanceof GitUnavailable) {
    const why = /ENOENT/.test(error.message) ? `git is not installed, or not on the PATH (${error.message})` : error.message;
    return new UsageError(`cannot run git to ${doing}: ${plain(why)}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The line that says why ("fatal: ..." first), without git's prefix and hints. */
export function gitSaid(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('hint:'));
  const reason = lines.find((line) => /^(fatal|error):/.test(line)) ?? lines[0] ?? 'no reason given';
  return plain(reason.replace(/^(fatal|error):\s*/, '').replace(/\.$/, ''));
}
