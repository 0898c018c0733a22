import { escapeJsonControls } from '../util/sanitize.js';
import type { LogEntry } from './review-history.js';

export interface EntryFilter {
  since?: string | undefined;
  until?: string | undefined;
  account?: string | undefined;
  owner?: string | undefined;
}

/**
 * Log entries kept as the JSON `vitals log --format json` prints for each: one line each, in one
 * buffer, with the fields a filter reads beside them. A run that finds them saved selects and
 * prints byte ranges of the file it read, without decoding them into strings or objects and
 * encoding them again (most of what a second run of a long log cost).
 */
export class EntryLines {
  /** Line i is bytes[starts[i], ends[i]). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** `bytes`: the lines, each ended by a line feed but the last (JSON lines hold none of their own). */
  constructor(
    private readonly bytes: Buffer,
    readonly index: Array<[date: string, account: string, owner: string | null]>,
  ) {
    if (bytes.length === 0) return;
    let start = 0;
    for (let end = bytes.indexOf(10); end >= 0; start = end + 1, end = bytes.indexOf(10, start)) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.starts.push(start);
    this.ends.push(bytes.length);
  }

  static of(entries: LogEntry[]): EntryLines {
    return EntryLines.fromText(
      entries.map((e) => escapeJsonControls(JSON.stringify(e))),
      entries.map((e) => [e.date, e.account, e.owner ?? null]),
    );
  }

  static fromText(lines: string[], index: EntryLines['index']): EntryLines {
    return new EntryLines(Buffer.from(lines.join('\n')), index);
  }

  /** Whether the lines agree with their index (a saved file cut short does not). */
  get whole(): boolean {
    return this.starts.length === this.index.length;
  }

  get length(): number {
    return this.index.length;
  }

  /** The lines, one after another, each ended by a line feed but the last. */
  get text(): Buffer {
    return this.bytes;
  }

  concat(other: EntryLines): EntryLines {
    if (other.length === 0) return this;
    if (this.length === 0) return other;
    return new EntryLines(Buffer.concat([this.bytes, Buffer.from('\n'), other.bytes]), [...this.index, ...other.index]);
  }

  /**
   * The numbers of the lines whose entries pass the filter, in the log's order, so that each
   * account's entries still chain. The dates choose one stretch of the first-parent line: from the
   * first entry on or after `since`, up to the first after `until` (a commit dated before its parent
   * stays in its place); the owner chooses whole accounts, by their owner at the stretch's end.
   */
  select({ since, until, account, owner }: EntryFilter): number[] {
    const first = since === undefined ? 0 : this.index.findIndex(([date]) => date >= since);
    if (first < 0) return [];
    const after = until === undefined ? -1 : this.index.findIndex(([date], i) => i >= first && date > until);
    const last = after < 0 ? this.index.length - 1 : after - 1;
    const ownerAtEnd = new Map<string, string | null>();
    if (owner !== undefined) for (let i = first; i <= last; i++) ownerAtEnd.set(this.index[i]![1], this.index[i]![2]);
    const chosen: number[] = [];
    for (let i = first; i <= last; i++) {
      const id = this.index[i]![1];
      if ((account === undefined || id === account) && (owner === undefined || ownerAtEnd.get(id) === owner)) chosen.push(i);
    }
    return chosen;
  }

  /** The entry on a line. */
  entry(line: number): LogEntry {
    return JSON.parse(this.bytes.toString('utf8', this.starts[line], this.ends[line])) as LogEntry;
  }

  /**
   * The JSON array of these lines' entries. Lines that follow one another are copied as one range,
   * their line feeds then overwritten with commas (a copy per line was ~30 ms of a 7,000-entry log).
   */
  json(lines: number[]): Buffer {
    let size = 2 + Math.max(0, lines.length - 1);
    for (const i of lines) size += this.ends[i]! - this.starts[i]!;
    const out = Buffer.allocUnsafe(size);
    out[0] = 0x5b; // [
    let at = 1;
    for (let n = 0; n < lines.length; ) {
      let last = n;
      while (last + 1 < lines.length && lines[last + 1] === lines[last]! + 1) last++;
      const start = this.starts[lines[n]!]!;
      at += this.bytes.copy(out, at, start, this.ends[lines[last]!]!);
      for (let k = n; k < last; k++) out[at - (this.ends[lines[last]!]! - this.ends[lines[k]!]!)] = 0x2c; // ,
      if (last + 1 < lines.length) out[at++] = 0x2c;
      n = last + 1;
    }
    out[at] = 0x5d; // ]
    return out;
  }

  /** The lines as strings (for a small file that keeps them in JSON). */
  strings(): string[] {
    return this.starts.map((start, i) => this.bytes.toString('utf8', start, this.ends[i]));
  }
}
