import { DataError, UsageError } from '../util/errors.js';

/**
 * An edit that did not happen, and why, in one sentence: refused before writing (the file changed,
 * uncommitted work, a value vitals cannot rewrite) or undone after a failed commit. Exit 1.
 */
export class EditError extends DataError {
  /** What git said, shown under the sentence when a commit failed. */
  readonly detail: string | undefined;
  /** What a command line can do instead (`or edit with --no-commit`), for the commands to add. */
  readonly commandAlternative: string | undefined;

  constructor(message: string, detail?: string, commandAlternative?: string) {
    super(message);
    this.detail = detail;
    this.commandAlternative = commandAlternative;
  }
}

/** git could not commit for a reason of the user's setup (a held index lock, no identity): exit 2. */
export class GitEnvironmentError extends UsageError {}

/** The disk refused what an edit needed (full, read-only, no permission): the environment's problem, exit 2. */
export class DiskError extends UsageError {}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'an input/output error',
  ENOENT: 'the file system has no such place',
  ENOTDIR: 'a part of the path is a file',
};

/** Why the file system refused, in words, with its code: `the disk is full (ENOSPC)`. */
export function diskReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return REASONS[code] ? `${REASONS[code]} (${code})` : code;
}
