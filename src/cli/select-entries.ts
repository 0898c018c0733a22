import type { Problem } from '../book/book.js';
import { noAccount } from '../book/no-account.js';
import { plain } from '../util/sanitize.js';

/**
 * A sentence for each id asked for that was not scored: not in the book (with a guess), or its
 * file has errors (reported with the book's problems).
 */
export function unknownIds(ids: readonly string[], known: ReadonlySet<string>, problems: readonly Problem[]): string[] {
  const broken = new Set(problems.filter((p) => p.severity === 'error').map((p) => /^accounts\/(?:[^/]+\/)?([^/]+)\.yaml$/.exec(p.file)?.[1]));
  return ids
    .filter((id) => !known.has(id))
    .map((id) => (broken.has(id) ? `account "${plain(id)}" has errors in its file, so it is not scored: run vitals validate` : noAccount(id, [...known])));
}
