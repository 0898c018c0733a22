import type { AccountEntry, Playbooks } from '../../load/book.js';
import { dayNumber } from '../dates/day-number.js';
import { compileModel } from '../model/compile-model.js';
import type { AccountScore } from '../types.js';
import { scoreAccount } from './score-account.js';

/** Every account of the book scored at `asOf` (YYYY-MM-DD), in book order; [] without playbooks. */
export function scoreBook(book: { accounts: AccountEntry[]; playbooks?: Playbooks }, asOf: string): AccountScore[] {
  if (book.playbooks === undefined) return [];
  if (Number.isNaN(dayNumber(asOf))) throw new RangeError(`as-of date must be YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  const model = compileModel(book.playbooks);
  return book.accounts.map((entry) => scoreAccount(model, entry, asOf));
}
