import type { AccountSummary } from '../engine/index.js';
import { addDays, bookChecks, summariseBook } from '../engine/index.js';
import type { GitEnv } from '../git/run-git.js';
import { commitOnOrBefore } from '../git/git.js';
import { gitSource } from '../history/git-source.js';
import { loadBook } from '../load/load-book.js';

/** The date a week before `asOf`, and the book as committed then, scored then; no scores without such a commit. */
export async function lastWeek(root: string, env: GitEnv, asOf: string): Promise<{ date: string; scores: AccountSummary[] | undefined }> {
  const date = addDays(asOf, -7);
  return { date, scores: await scoresAt(root, env, date) };
}

/** The book as committed on that date, scored at that date; undefined without such a commit. */
export async function scoresAt(root: string, env: GitEnv, date: string): Promise<AccountSummary[] | undefined> {
  const commit = await commitOnOrBefore(root, env, date);
  if (!commit) return undefined;
  const book = loadBook({ root, asOf: date, checks: bookChecks, source: gitSource(root, commit), warnings: false });
  return summariseBook(book, date);
}
