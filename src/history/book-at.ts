import type { FileAt, Step } from './health-change-log.js';

export interface BookAt {
  /** The last commit on or before the date, in first-parent order. */
  commit: string;
  accounts: Map<string, FileAt>;
  /** The playbook files of the model in force (empty before a valid model). */
  playbooks: Map<string, string>;
}

/** The book as the first-parent line stood at the end of `date`, by blob ids; undefined before its first commit. */
export function bookAt(steps: Step[], date: string): BookAt | undefined {
  let last = -1;
  for (let i = 0; i < steps.length; i++) if (steps[i]!.date <= date) last = i;
  if (last < 0) return undefined;
  const accounts = new Map<string, FileAt>();
  let playbooks = new Map<string, string>();
  for (let i = 0; i <= last; i++) {
    const step = steps[i]!;
    for (const [id, file] of step.accounts) {
      if (file) accounts.set(id, file);
      else accounts.delete(id);
    }
    if (step.playbooks) playbooks = new Map(step.playbooks);
  }
  return { commit: steps[last]!.commit, accounts, playbooks };
}
