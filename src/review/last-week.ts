import type { AccountSummary } from '../engine/index.js';
import { addDays, bookChecks, summariseBook } from '../engine/index.js';
import { commitOnOrBefore } from '../git/git.js';
import { gitSource } from '../history/git-source.js';
import { loadBook } from '../load/load-book.js';

/** The date a week before `asOf`, and the book as committed then, scored then; no scores without such a commit. */
export function lastWeek(root: string, asOf: string): { date: string; scores: AccountSummary[] | undefined } {
  const date = addDays(asOf, -7);
  return { date, scores: scoresAt(root, date) };
}

/** The book as committed on that date, scored at that date; undefined without such a commit. */
export function scoresAt(root: string, date: string): AccountSummary[] | undefined {
  const commit = commitOnOrBefore(root, date);
  if (!commit) return undefined;
  const book = loadBook({ root, asOf: date, checks: bookChecks, source: gitSource(root, commit), warnings: false });
  return summariseBook(book, date);
}
