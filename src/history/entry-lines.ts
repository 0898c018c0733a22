import { escapeJsonControls } from '../util/sanitize.js';
import type { LogEntry } from './review-history.js';

export interface EntryFilter {
  since?: string | undefined;
  until?: string | undefined;
  account?: string | undefined;
  owner?: string | undefined;
}

/**
 * Log entries kept as the JSON `vitals log --format json` prints for each, as bytes, with the
 * fields a filter reads beside it: a run that finds them saved selects and prints lines, without
 * decoding them into strings or objects and encoding them again (most of what a second run of a
 * long log cost).
 */
export class EntryLines {
  constructor(
    readonly lines: Buffer[],
    readonly index: Array<[date: string, account: string, owner: string | null]>,
  ) {}

  static of(entries: LogEntry[]): EntryLines {
    return new EntryLines(
      entries.map((e) => Buffer.from(escapeJsonControls(JSON.stringify(e)))),
      entries.map((e) => [e.date, e.account, e.owner ?? null]),
    );
  }

  concat(other: EntryLines): EntryLines {
    return new EntryLines([...this.lines, ...other.lines], [...this.index, ...other.index]);
  }

  /** The lines of the entries that pass the filter, oldest first. */
  select({ since, until, account, owner }: EntryFilter): Buffer[] {
    return this.lines.filter((_, i) => {
      const [date, id, by] = this.index[i]!;
      return (since === undefined || date >= since) && (until === undefined || date <= until) && (account === undefined || id === account) && (owner === undefined || by === owner);
    });
  }
}

/**
 * Lines joined by `between` (one character), as one buffer, with `before` and `after` around them.
 * Lines saved together lie one after another in one buffer, a line break apart: such a run is
 * copied at once and its breaks overwritten (a copy per line was ~30 ms of printing a 7,000-entry log).
 */
export function joinLines(lines: Buffer[], between: string, before = '', after = ''): Buffer {
  const separator = between.charCodeAt(0);
  let size = Buffer.byteLength(before) + Buffer.byteLength(after) + Math.max(0, lines.length - 1);
  for (const line of lines) size += line.length;
  const out = Buffer.allocUnsafe(size);
  let at = out.write(before, 0);
  for (let i = 0; i < lines.length; ) {
    const first = lines[i]!;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.buffer === first.buffer && lines[j + 1]!.byteOffset === lines[j]!.byteOffset + lines[j]!.length + 1) j++;
    const start = first.byteOffset;
    const end = lines[j]!.byteOffset + lines[j]!.length;
    out.set(new Uint8Array(first.buffer, start, end - start), at);
    for (let k = i; k < j; k++) out[at + lines[k]!.byteOffset + lines[k]!.length - start] = separator;
    at += end - start;
    if (j + 1 < lines.length) out[at++] = separator;
    i = j + 1;
  }
  out.write(after, at);
  return out;
}

/** The lines of a buffer (split at `\n`), as views of it. */
export function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let end = bytes.indexOf(10); end >= 0; start = end + 1, end = bytes.indexOf(10, start)) lines.push(bytes.subarray(start, end));
  lines.push(bytes.subarray(start));
  return lines;
}

/** The entry a saved line holds. */
export function parseLine(line: Buffer): LogEntry {
  return JSON.parse(line.toString('utf8')) as LogEntry;
}
