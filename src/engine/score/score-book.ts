import type { AccountEntry, Playbooks } from '../../book/book.js';
import { dayNumber } from '../dates/day-number.js';
import { compileModel } from '../model/compile-model.js';
import type { AccountScore, AccountSummary } from '../types.js';
import { scoreAccount, scoreSummary } from './score-account.js';

/** Every account of the book scored at `asOf` (YYYY-MM-DD), in book order; [] without playbooks. */
export function scoreBook(book: BookToScore, asOf: string): AccountScore[] {
  const model = modelFor(book, asOf);
  return model ? book.accounts.map((entry) => scoreAccount(model, entry, asOf)) : [];
}

/** Like `scoreBook` without explanations: for shells that show only scores and colours. */
export function summariseBook(book: BookToScore, asOf: string): AccountSummary[] {
  const model = modelFor(book, asOf);
  return model ? book.accounts.map((entry) => scoreSummary(model, entry, asOf)) : [];
}

type BookToScore = { accounts: AccountEntry[]; playbooks?: Playbooks };

function modelFor(book: BookToScore, asOf: string) {
  if (Number.isNaN(dayNumber(asOf))) throw new RangeError(`as-of date must be YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  return book.playbooks && compileModel(book.playbooks);
}
