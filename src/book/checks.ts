import type { AccountEntry, Playbooks, Severity } from './book.js';

/**
 * The checks that need the engine: the model's own consistency and each account's warnings. The
 * front ends hand them to the loader (the engine's `bookChecks`), so load never imports the engine.
 */
export interface BookChecks {
  /**
   * Problems with the model, each at a JSON pointer in the playbook file of that field. `emptied`:
   * fields whose file did not load (empty here), into which references are not checked.
   */
  model(playbooks: Playbooks, traitKinds: Readonly<Record<string, ValueKind>>, emptied?: ReadonlyArray<keyof Playbooks>): { file: keyof Playbooks; path: string; severity: Severity; message: string }[];
  /** Warnings about one account, each at a JSON pointer in its file. */
  accountWarnings(entry: AccountEntry, playbooks: Playbooks, asOf: string): { path: string; message: string }[];
}

/** What a trait, metric or built-in holds: a number, true/false, a date, or a word such as `healthy`. */
export type ValueKind = 'number' | 'boolean' | 'date' | 'word';
