import { escapeJsonControls } from '../util/sanitize.js';
import type { LogEntry } from './review-history.js';

export interface EntryFilter {
  since?: string | undefined;
  until?: string | undefined;
  account?: string | undefined;
  owner?: string | undefined;
}

/**
 * Log entries kept as the JSON `vitals log --format json` prints for each, with the fields a filter
 * reads beside it: a run that finds them saved selects and prints lines, without parsing them into
 * objects and writing them out again (most of what a second run of a long log cost).
 */
export class EntryLines {
  constructor(
    readonly lines: string[],
    readonly index: Array<[date: string, account: string, owner: string | null]>,
  ) {}

  static of(entries: LogEntry[]): EntryLines {
    return new EntryLines(
      entries.map((e) => escapeJsonControls(JSON.stringify(e))),
      entries.map((e) => [e.date, e.account, e.owner ?? null]),
    );
  }

  concat(other: EntryLines): EntryLines {
    return new EntryLines([...this.lines, ...other.lines], [...this.index, ...other.index]);
  }

  /** The lines of the entries that pass the filter, oldest first. */
  select({ since, until, account, owner }: EntryFilter): string[] {
    return this.lines.filter((_, i) => {
      const [date, id, by] = this.index[i]!;
      return (since === undefined || date >= since) && (until === undefined || date <= until) && (account === undefined || id === account) && (owner === undefined || by === owner);
    });
  }
}
