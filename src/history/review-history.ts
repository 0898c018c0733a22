import type { AccountSummary, HealthColor } from '../engine/index.js';

/** One entry of the health-change log: SPEC §4's `vitals log --format json` entry, as data. */
export interface LogEntry {
  date: string;
  commit: string;
  author: string | null;
  account: string;
  /** The account's owner as of the entry (an addition to SPEC §4's entry, for `--owner`). */
  owner?: string;
  from: HealthColor | 'none';
  to: HealthColor | 'none';
  score_before: number | null;
  score_after: number | null;
  cause: 'data' | 'model' | 'both' | 'time' | 'added' | 'removed';
  changes: Array<{ trait: string; from: unknown; to: unknown }>;
}

/**
 * What the weekly review (the text dashboard and the TUI) asks of git history, for one repository at
 * one as-of date. Every call is cheap after the first: the history is read once and memoised.
 * `openHistory({ root, asOf, env })` (open-history.ts) makes one, at once, without reading anything.
 */
export interface ReviewHistory {
  /** The book as committed a week before the as-of date, scored at that date; undefined without such a commit. */
  lastWeek(): Promise<{ date: string; scores: AccountSummary[] } | undefined>;
  /**
   * Each account's score at the end of each of the last `weeks` ISO weeks (Sundays), oldest first,
   * the as-of date's own score last: `weeks + 1` values, null where there was no score.
   */
  weeklyScores(weeks: number): Promise<Map<string, Array<number | null>>>;
  /** The health-change log, oldest first; `since`/`until` inclusive, `account` one id. */
  log(options: { since?: string; until?: string; account?: string }): Promise<LogEntry[]>;
}
