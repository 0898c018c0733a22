import { escapeJsonControls } from '../util/sanitize.js';
import type { LogEntry } from './review-history.js';

export interface EntryFilter {
  since?: string | undefined;
  until?: string | undefined;
  account?: string | undefined;
  owner?: string | undefined;
}

const OPEN: Buffer = Buffer.from('[');
const CLOSE: Buffer = Buffer.from(']');
const COMMA: Buffer = Buffer.from(',');

/** Beyond this many ranges, `json` copies them into one buffer: a write each would cost more. */
const RANGES_AS_VIEWS = 16;

/**
 * Log entries kept as the JSON `vitals log --format json` prints for each, joined by commas as in
 * that array, with the fields a filter reads beside them. A run that finds them saved selects and
 * prints byte ranges of the file it read: entries that follow one another are one range, already
 * in the array's form, so the whole log is printed from the bytes read, never decoded into strings
 * or objects and encoded again (most of what a second run of a long log cost), nor copied (a 4 MB
 * copy is ~10 ms here). A log joined to a tail keeps both buffers as they are.
 */
export class EntryLines {
  private constructor(
    /** The buffers the lines are in; a part's lines are joined by commas. */
    private readonly parts: Buffer[],
    /** Line i is parts[part[i]] from starts[i] up to ends[i]. */
    private readonly part: number[],
    private readonly starts: number[],
    private readonly ends: number[],
    readonly index: Array<[date: string, account: string, owner: string | null]>,
  ) {}

  /**
   * Lines as saved: `bytes` joined by commas, each `lengths` bytes long. Undefined when they do
   * not fit together or with the index (a file cut short, padded or from another format).
   */
  static saved(bytes: Buffer, lengths: unknown, index: EntryLines['index']): EntryLines | undefined {
    if (!Array.isArray(lengths) || lengths.length !== index.length) return undefined;
    const starts: number[] = [];
    const ends: number[] = [];
    let at = 0;
    for (const length of lengths) {
      if (!Number.isSafeInteger(length) || length < 0) return undefined;
      starts.push(at);
      ends.push(at + length);
      at += length + 1;
    }
    if (Math.max(at - 1, 0) !== bytes.length) return undefined;
    return new EntryLines(bytes.length > 0 ? [bytes] : [], new Array<number>(lengths.length).fill(0), starts, ends, index);
  }

  static of(entries: LogEntry[]): EntryLines {
    return EntryLines.fromText(
      entries.map((e) => escapeJsonControls(JSON.stringify(e))),
      entries.map((e) => [e.date, e.account, e.owner ?? null]),
    );
  }

  static fromText(lines: string[], index: EntryLines['index']): EntryLines {
    return EntryLines.saved(Buffer.from(lines.join(',')), lines.map((line) => Buffer.byteLength(line)), index)!;
  }

  get length(): number {
    return this.index.length;
  }

  /**
   * The lines joined by commas, in pieces to be written one after another (the buffers they are
   * in, uncopied), and the length of each line in bytes: what `saved` reads back.
   */
  body(): { pieces: Buffer[]; lengths: number[] } {
    return { pieces: this.parts.flatMap((p, k) => (k === 0 ? [p] : [COMMA, p])), lengths: this.starts.map((start, i) => this.ends[i]! - start) };
  }

  concat(other: EntryLines): EntryLines {
    if (other.length === 0) return this;
    if (this.length === 0) return other;
    const shift = this.parts.length;
    return new EntryLines(
      [...this.parts, ...other.parts],
      [...this.part, ...other.part.map((p) => p + shift)],
      [...this.starts, ...other.starts],
      [...this.ends, ...other.ends],
      [...this.index, ...other.index],
    );
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
    return JSON.parse(this.parts[this.part[line]!]!.toString('utf8', this.starts[line], this.ends[line])) as LogEntry;
  }

  /**
   * The JSON array of these lines' entries, in pieces to be written one after another: the lines
   * that follow one another in one buffer are one view of it, commas and all.
   */
  json(lines: number[]): Buffer[] {
    const pieces: Buffer[] = [OPEN];
    for (let n = 0; n < lines.length; ) {
      const first = lines[n]!;
      let last = n;
      while (last + 1 < lines.length && lines[last + 1] === lines[last]! + 1 && this.part[lines[last + 1]!] === this.part[first]) last++;
      if (n > 0) pieces.push(COMMA);
      pieces.push(this.parts[this.part[first]!]!.subarray(this.starts[first], this.ends[lines[last]!]));
      n = last + 1;
    }
    pieces.push(CLOSE);
    return pieces.length > 2 * RANGES_AS_VIEWS ? [Buffer.concat(pieces)] : pieces;
  }

  /** The lines as strings (for a small file that keeps them in JSON). */
  strings(): string[] {
    return this.starts.map((start, i) => this.parts[this.part[i]!]!.toString('utf8', start, this.ends[i]));
  }
}
