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
    const json = (filter: Parameters<EntryLines['select']>[0]) => JSON.parse(lines.json(lines.select(filter)).toString('utf8')) as LogEntry[];
    expect(json({})).toEqual(entries);
    expect(json({ account: 'acme' })).toEqual([entries[0], entries[2]]);
    expect(json({ since: '2026-01-11', until: '2026-01-18' })).toEqual([entries[1], entries[2]]);
    expect(json({ owner: 'nobody' })).toEqual([]);
    expect(lines.json(lines.select({})).toString('utf8')).toBe(JSON.stringify(entries));
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

  it('reads back what it saved, joined to a tail, and notices a file cut short', () => {
    const saved = EntryLines.of(entries.slice(0, 3));
    const again = new EntryLines(Buffer.from(saved.text), saved.index);
    expect(again.whole).toBe(true);
    const all = again.concat(EntryLines.fromText(EntryLines.of(entries.slice(3)).strings(), [['2026-01-25', 'gamma', null]]));
    expect(all.json(all.select({})).toString('utf8')).toBe(JSON.stringify(entries));
    expect(new EntryLines(saved.text.subarray(0, saved.text.lastIndexOf(10)), saved.index).whole).toBe(false);
    expect(EntryLines.of([]).json([]).toString()).toBe('[]');
  });
});
