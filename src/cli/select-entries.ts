import type { Problem } from '../book/book.js';
import { noAccount } from '../book/no-account.js';
import { plain } from '../util/sanitize.js';

/** An id asked for that was not scored: not in the book (a usage error), or its file has errors (invalid data). */
export interface UnknownId {
  message: string;
  broken: boolean;
}

/**
 * A sentence for each id asked for that was not scored: not in the book (with a guess), or its
 * file has errors (reported with the book's problems).
 */
export function unknownIds(ids: readonly string[], known: ReadonlySet<string>, problems: readonly Problem[]): UnknownId[] {
  const broken = new Set(problems.filter((p) => p.severity === 'error').map((p) => /^accounts\/(?:[^/]+\/)?([^/]+)\.yaml$/.exec(p.file)?.[1]));
  return ids
    .filter((id) => !known.has(id))
    .map((id) =>
      broken.has(id)
        ? { message: `account "${plain(id)}" has errors in its file, so it is not scored: run vitals validate`, broken: true }
        : { message: noAccount(id, [...known]), broken: false },
    );
}
