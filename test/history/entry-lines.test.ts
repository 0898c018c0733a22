import { describe, expect, it } from 'vitest';
import { EntryLines } from '../../src/history/entry-lines.js';
import type { LogEntry } from '../../src/history/review-history.js';

const entry = (date: string, account: string, owner: string | null, to = 'green'): LogEntry => ({
  date, commit: 'c0ffee', author: 'Ann', account, owner, from: 'yellow', to, score_before: 50, score_after: 70, cause: 'data', changes: [],
} as LogEntry);

const entries = [entry('2026-01-04', 'acme', 'ann'), entry('2026-01-11', 'beta', 'raj', 'red → ü'), entry('2026-01-18', 'acme', 'ann'), entry('2026-01-25', 'gamma', null)];

describe('saved log lines, selected and printed as bytes', () => {
  it('prints the JSON array of the entries a filter selects, as JSON.stringify would', () => {
    const lines = EntryLines.of(entries);
    const json = (filter: Parameters<EntryLines['select']>[0]) => JSON.parse(text(lines, lines.select(filter))) as LogEntry[];
    expect(json({})).toEqual(entries);
    expect(json({ account: 'acme' })).toEqual([entries[0], entries[2]]);
    expect(json({ since: '2026-01-11', until: '2026-01-18' })).toEqual([entries[1], entries[2]]);
    expect(json({ owner: 'nobody' })).toEqual([]);
    expect(text(lines, lines.select({}))).toBe(JSON.stringify(entries));
    expect(lines.entry(1)).toEqual(entries[1]);
  });

  it('keeps each account\'s chain under a filter: dates choose one stretch of the log, an owner whole accounts', () => {
    const step = (date: string, owner: string, from: string, to: string) => ({ ...entry(date, 'x', owner), from, to }) as LogEntry;
    // A commit dated before its parent (09-07 after 09-10) stays in its place in the log.
    const skewed = EntryLines.of([step('2026-09-02', 'hana', 'none', 'green'), step('2026-09-10', 'hana', 'green', 'yellow'), step('2026-09-07', 'hana', 'yellow', 'green'), step('2026-09-15', 'hana', 'green', 'yellow')]);
    const chain = (lines: EntryLines, filter: Parameters<EntryLines['select']>[0]) => lines.select(filter).map((i) => `${lines.entry(i).from}>${lines.entry(i).to}`);
    expect(chain(skewed, { since: '2026-09-08' })).toEqual(['green>yellow', 'yellow>green', 'green>yellow']);
    expect(chain(skewed, { until: '2026-09-08' })).toEqual(['none>green']);
    // x moved from hana to theo and back: hana's log is x's whole log, theo's has none of it.
    const moved = EntryLines.of([step('2026-09-02', 'hana', 'none', 'green'), step('2026-09-03', 'hana', 'green', 'yellow'), step('2026-09-05', 'theo', 'yellow', 'green'), step('2026-09-07', 'hana', 'green', 'yellow')]);
    expect(chain(moved, { owner: 'hana' })).toEqual(['none>green', 'green>yellow', 'yellow>green', 'green>yellow']);
    expect(chain(moved, { owner: 'theo' })).toEqual([]);
    expect(chain(moved, { owner: 'theo', until: '2026-09-06' })).toEqual(['none>green', 'green>yellow', 'yellow>green']);
  });

  it('reads back what it saved, joined to a tail, and notices a file cut short or padded', () => {
    const body = EntryLines.of(entries.slice(0, 3)).body();
    const [bytes, lengths] = [Buffer.concat(body.pieces), body.lengths];
    const index = entries.slice(0, 3).map((e) => [e.date, e.account, e.owner ?? null] as [string, string, string | null]);
    const again = EntryLines.saved(Buffer.from(bytes), lengths, index)!;
    const all = again.concat(EntryLines.fromText(EntryLines.of(entries.slice(3)).strings(), [['2026-01-25', 'gamma', null]]));
    expect(text(all, all.select({}))).toBe(JSON.stringify(entries));
    expect(Buffer.concat(all.body().pieces).toString()).toBe(JSON.stringify(entries).slice(1, -1));
    expect(EntryLines.saved(bytes.subarray(0, bytes.length - 1), lengths, index)).toBeUndefined();
    expect(EntryLines.saved(Buffer.concat([bytes, Buffer.from(' ')]), lengths, index)).toBeUndefined();
    expect(EntryLines.saved(bytes, lengths.slice(1), index)).toBeUndefined();
    expect(EntryLines.saved(bytes, undefined, index)).toBeUndefined();
    expect(text(EntryLines.of([]), [])).toBe('[]');
  });

  it('prints a stretch that runs from the saved log into its tail, and every line alone, as JSON.stringify would', () => {
    const many = Array.from({ length: 40 }, (_, i) => entry(`2026-02-${String((i % 28) + 1).padStart(2, '0')}`, i % 3 === 0 ? 'acme' : `a${i}`, 'ann'));
    const all = EntryLines.of(many.slice(0, 25)).concat(EntryLines.of(many.slice(25)));
    expect(text(all, all.select({}))).toBe(JSON.stringify(many));
    expect(text(all, all.select({ account: 'acme' }))).toBe(JSON.stringify(many.filter((e) => e.account === 'acme')));
    const lines = [20, 21, 22, 23, 24, 25, 26, 30];
    expect(text(all, lines)).toBe(JSON.stringify(lines.map((i) => many[i])));
    expect(lines.map((i) => all.entry(i))).toEqual(lines.map((i) => many[i]));
    // Every other line: too many ranges to write one by one, so they come as one buffer.
    const scattered = Array.from({ length: 20 }, (_, i) => 2 * i);
    expect(all.json(scattered)).toHaveLength(1);
    expect(text(all, scattered)).toBe(JSON.stringify(scattered.map((i) => many[i])));
    expect(all.json(lines).length).toBeGreaterThan(1);
  });
});

function text(lines: EntryLines, chosen: number[]): string {
  return Buffer.concat(lines.json(chosen)).toString('utf8');
}
