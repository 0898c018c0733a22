import type { AccountEntry } from '../book/book.js';
import type { Step } from './health-change-log.js';
import type { ModelVersion } from './history-memo.js';

export interface BookAt {
  /** The last commit on or before the date, in first-parent order. */
  commit: string;
  accounts: Map<string, { blob: string; entry: AccountEntry }>;
  model: ModelVersion;
}

/** The book as the first-parent line stood at the end of `date`; undefined before its first commit. */
export function bookAt(steps: Step[], date: string): BookAt | undefined {
  let last = -1;
  for (let i = 0; i < steps.length; i++) if (steps[i]!.date <= date) last = i;
  if (last < 0) return undefined;
  const accounts = new Map<string, { blob: string; entry: AccountEntry }>();
  let model: ModelVersion = { key: 0, problems: [] };
  for (let i = 0; i <= last; i++) {
    const step = steps[i]!;
    for (const [id, version] of step.accounts) {
      if (version) accounts.set(id, version);
      else accounts.delete(id);
    }
    if (step.model) model = step.model;
  }
  return { commit: steps[last]!.commit, accounts, model };
}
