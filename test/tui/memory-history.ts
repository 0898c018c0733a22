import type { AccountSummary } from '../../src/engine/index.js';
import type { LogEntry, ReviewHistory } from '../../src/history/review-history.js';

/** A ReviewHistory held in memory: what the TUI's tests give it in place of git. */
export function memoryHistory(data: { lastWeek?: { date: string; scores: AccountSummary[] }; weekly?: Map<string, Array<number | null>>; log?: LogEntry[] }): ReviewHistory {
  return {
    lastWeek: async () => data.lastWeek,
    weeklyScores: async () => data.weekly ?? new Map(),
    log: async ({ since, until, account }) =>
      (data.log ?? []).filter((e) => (since === undefined || e.date >= since) && (until === undefined || e.date <= until) && (account === undefined || e.account === account)),
  };
}
