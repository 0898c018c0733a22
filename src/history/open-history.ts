import { addDays, scoreSummary, type AccountSummary } from '../engine/index.js';
import { verifyCommit } from '../git/git.js';
import { bookAt } from './book-at.js';
import type { HealthChangeLog, HistoryProblem } from './health-change-log.js';
import type { HistoryMemo } from './history-memo.js';
import { readHistory } from './read-history.js';
import type { LogEntry, ReviewHistory } from './review-history.js';
import { sundaysBefore } from './sundays.js';

export interface HistoryOptions {
  /** The repository root holding accounts/ and playbooks/. */
  root: string;
  /** The as-of date (YYYY-MM-DD): the review's today. */
  asOf: string;
  /** Told how many commits have been read, while the history is first read. */
  onProgress?: (commits: number) => void;
}

/** A `ReviewHistory` that also says which files did not load at which commit. */
export interface OpenHistory extends ReviewHistory {
  log(options: { since?: string; until?: string; account?: string; owner?: string }): Promise<LogEntry[]>;
  problems(): Promise<HistoryProblem[]>;
}

/**
 * The history of HEAD's first-parent line for the review. Returns at once: nothing is read until a
 * method is first called, and then once, whoever asks, so a screen can draw before history is known.
 * A directory outside git, or a repository without commits, has an empty history.
 */
export function openHistory(options: HistoryOptions): OpenHistory {
  let reading: Promise<{ log: HealthChangeLog; memo: HistoryMemo } | undefined> | undefined;
  const read = () =>
    (reading ??= (async () => {
      let head;
      try {
        head = verifyCommit(options.root, 'HEAD');
      } catch {
        return undefined;
      }
      const log = await readHistory({ root: options.root, head, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      return { log, memo: log.memo };
    })());

  const scoresAt = async (date: string) => {
    const history = await read();
    const book = history && bookAt(history.log.steps, date);
    if (!history || !book) return undefined;
    return { book, score: (id: string) => history.memo.score(book.accounts.get(id)!, book.model, date) };
  };

  return {
    async lastWeek() {
      const date = addDays(options.asOf, -7);
      const at = await scoresAt(date);
      if (!at) return undefined;
      const { model } = at.book.model;
      const scores: AccountSummary[] = model ? [...at.book.accounts.values()].map((v) => scoreSummary(model, v.entry, date)) : [];
      return { date, scores: scores.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
    },
    async weeklyScores(weeks) {
      const series = new Map<string, Array<number | null>>();
      const dates = [...sundaysBefore(options.asOf, weeks), options.asOf];
      const points = await Promise.all(dates.map(scoresAt));
      const today = points[points.length - 1];
      if (!today) return series;
      for (const id of [...today.book.accounts.keys()].sort()) {
        series.set(id, points.map((at) => (at?.book.accounts.has(id) ? at.score(id).score : null)));
      }
      return series;
    },
    async log({ since, until = options.asOf, account, owner }) {
      const history = await read();
      if (!history) return [];
      return [...history.log.entries, ...history.log.tail(until)].filter(
        (e) => (since === undefined || e.date >= since) && e.date <= until && (account === undefined || e.account === account) && (owner === undefined || e.owner === owner),
      );
    },
    async problems() {
      return (await read())?.log.problems ?? [];
    },
  };
}
