import type { AccountEntry, Problem } from '../book/book.js';
import { noAccount } from '../book/no-account.js';
import { DataError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';

/** The accounts asked for, by id and owner; an id that is not in the book is an error (exit 1). */
export function selectEntries(entries: AccountEntry[], ids: string[], owner: string | undefined, problems: readonly Problem[] = []): AccountEntry[] {
  const [unknown] = unknownIds(ids, new Set(entries.map((e) => e.id)), problems);
  if (unknown !== undefined) throw new DataError(unknown);
  const wanted = new Set(ids);
  return entries.filter((e) => (ids.length === 0 || wanted.has(e.id)) && (owner === undefined || e.data.owner === owner));
}

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
