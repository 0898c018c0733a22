import type { AccountEntry } from '../book/book.js';
import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';

/** The accounts asked for, by id and owner; an id that is not in the book is a usage error. */
export function selectEntries(entries: AccountEntry[], ids: string[], owner: string | undefined): AccountEntry[] {
  const known = new Set(entries.map((e) => e.id));
  for (const id of ids) {
    if (!known.has(id)) throw new UsageError(`no account "${plain(id)}" in the book (or its file has errors)`);
  }
  const wanted = new Set(ids);
  return entries.filter((e) => (ids.length === 0 || wanted.has(e.id)) && (owner === undefined || e.data.owner === owner));
}
