import type {
  Account,
  Cadences,
  Calendar,
  HealthModel,
  Lifecycle,
  Projects,
  Scenarios,
  Segments,
  Team,
} from '../types/schema.js';

export type Severity = 'error' | 'warning';

/** One thing wrong with one file, located as precisely as the file allows. */
export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based; absent when the problem is about the file as a whole. */
  line?: number;
  col?: number;
  /** JSON path inside the document, e.g. `/traits/ce_pulse`; '' for the whole document. */
  path: string;
  severity: Severity;
  message: string;
}

export interface AccountEntry {
  /** The file name without `.yaml`. */
  id: string;
  /** Path relative to the repository root. */
  file: string;
  data: Account;
}

export interface Playbooks {
  health: HealthModel;
  lifecycle: Lifecycle;
  segments: Segments;
  scenarios: Scenarios;
  cadences: Cadences;
  projects: Projects;
  team: Team;
  calendar: Calendar;
}

/** What the loader hands to the engine and the shells: every file that loaded, and every problem. */
export interface Book {
  root: string;
  /** Accounts that passed their schema, sorted by id. Accounts with errors are left out. */
  accounts: AccountEntry[];
  /** Absent when a playbook file the scores need failed to load: nothing can be scored then. */
  playbooks?: Playbooks;
  /**
   * Playbook files that did not load and that the book is scored without (see PLAYBOOK_FILES):
   * empty in `playbooks`, so what they feed is missing (their errors are in `problems`).
   */
  emptied?: Array<keyof Playbooks>;
  problems: Problem[];
  /** How many account and playbook files were read. */
  files: number;
}
