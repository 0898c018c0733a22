import { useEffect, useState } from 'react';
import { addDays } from '../../engine/index.js';
import type { LogEntry, ReviewHistory } from '../../history/review-history.js';
import { SPARK_WEEKS } from '../model/review-row.js';
import type { LastWeek } from './review-session.js';

export interface HistoryState {
  lastWeek: LastWeek | undefined;
  weekly: Map<string, Array<number | null>> | undefined;
  /** The book's changes of the last four weeks. */
  changes: LogEntry[] | undefined;
  since: string;
  /** Why history is missing, once asked and failed. */
  failed: string | undefined;
}

/**
 * What history adds to the review, filled in as each promise resolves: the first frame never waits
 * for git. `version` moves after each commit the TUI makes, so the new commit is read too.
 */
export function useHistory(history: ReviewHistory | undefined, asOf: string, version: number): HistoryState {
  const since = addDays(asOf, -28);
  const [state, setState] = useState<HistoryState>({ lastWeek: undefined, weekly: undefined, changes: undefined, since, failed: undefined });
  useEffect(() => {
    if (!history) return;
    let live = true;
    const set = (patch: Partial<HistoryState>) => live && setState((s) => ({ ...s, ...patch }));
    const fail = (error: unknown) => set({ failed: error instanceof Error ? error.message : String(error) });
    history.lastWeek().then((lastWeek) => set({ lastWeek }), fail);
    history.weeklyScores(SPARK_WEEKS).then((weekly) => set({ weekly }), fail);
    history.log({ since, until: asOf }).then((changes) => set({ changes }), fail);
    return () => {
      live = false;
    };
  }, [history, asOf, since, version]);
  return state;
}
