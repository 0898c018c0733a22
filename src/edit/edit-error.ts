import { DataError } from '../util/errors.js';

/**
 * An edit that did not happen, and why, in one sentence: refused before writing (the file changed,
 * uncommitted work, a value vitals cannot rewrite) or undone after a failed commit. Exit 1.
 */
export class EditError extends DataError {
  /** What git said, shown under the sentence when a commit failed. */
  readonly detail: string | undefined;

  constructor(message: string, detail?: string) {
    super(message);
    this.detail = detail;
  }
}
