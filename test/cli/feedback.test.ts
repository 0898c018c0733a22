import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from '../../src/cli/run.js';
import type { Account } from '../../src/types/schema.js';
import { repoRoot, tempBook, validAccount, vitals } from '../helpers/book.js';

type Feedback = NonNullable<Account['feedback']>;

/** A book whose accounts carry the given feedback (acme, from the fixture, has none unless given). */
function book(accounts: Record<string, { name?: string; arr?: number; feedback: Feedback }>): string {
  const files: Record<string, string> = {};
  for (const [id, { name, arr, feedback }] of Object.entries(accounts)) {
    const a = parse(validAccount) as Account;
    if (name !== undefined) a.name = name;
    if (arr !== undefined) a.arr = arr;
    a.feedback = feedback;
    files[`accounts/${id}.yaml`] = stringify(a);
  }
  return tempBook(files);
}

const sample = () =>
  book({
    acme: {
      feedback: [
        { date: '2026-10-01', area: 'search', text: 'Saved searches per team', status: 'logged' },
        { date: '2026-11-05', area: 'admin', text: 'SCIM sync is slow', status: 'shared' },
      ],
    },
    zenith: {
      name: 'Zenith Bank',
      arr: 1350000,
      feedback: [
        { date: '2026-11-05', area: 'search', text: 'Search over Perforce' },
        { date: '2026-10-20', area: 'search', text: 'Regex on file paths', status: 'resolved' },
      ],
    },
  });

const feedback = (dir: string, ...args: string[]) => vitals(['feedback', '--repo', dir, '--as-of', '2026-11-23', ...args]);

describe('vitals feedback', () => {
  it('groups by product area, newest first, each entry with date, account, ARR, status and text', async () => {
    const { code, stdout, stderr } = await feedback(sample());
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'Voice of the customer',
        '4 entries in 2 areas, newest first.',
        '',
        'admin (1)',
        '  2026-11-05  acme · Acme Corp · $120,000 ARR · shared',
        '    SCIM sync is slow',
        '',
        'search (3)',
        '  2026-11-05  zenith · Zenith Bank · $1,350,000 ARR · no status',
        '    Search over Perforce',
        '  2026-10-20  zenith · Zenith Bank · $1,350,000 ARR · resolved',
        '    Regex on file paths',
        '  2026-10-01  acme · Acme Corp · $120,000 ARR · logged',
        '    Saved searches per team',
        '',
      ].join('\n'),
    );
  });

  it('takes one product area however it is written: case and spaces around it do not split it, and areas go alphabetically', async () => {
    const dir = book({
      acme: {
        feedback: [
          { date: '2026-11-05', area: 'Search', text: 'A' },
          { date: '2026-11-04', area: 'search ', text: 'B' },
          { date: '2026-11-06', area: ' api', text: 'C' },
          { date: '2026-11-05', area: 'Zoekt', text: 'D' },
        ],
      },
    });
    const { stdout } = await feedback(dir);
    expect(stdout.split('\n').filter((l) => /^\S.* \(\d+\)$/.test(l))).toEqual(['api (1)', 'Search (2)', 'Zoekt (1)']);
  });

  it('--since keeps feedback given on or after the date', async () => {
    const dir = sample();
    const dates = async (since: string) => [...(await feedback(dir, '--since', since)).stdout.matchAll(/^ {2}(\d{4}-\d\d-\d\d)/gm)].map((m) => m[1]);
    expect(await dates('2026-10-20')).toEqual(['2026-11-05', '2026-11-05', '2026-10-20']);
    expect(await dates('2026-10-21')).toEqual(['2026-11-05', '2026-11-05']);
    expect((await feedback(dir, '--since', '2026-11-06')).stdout).toBe('Voice of the customer\nNo feedback since 2026-11-06.\n');
  });

  it.each(['2026-02-30', '2026-11-5', 'yesterday', ''])('a --since that is not a real date (%j) is a usage error, exit 2', async (since) => {
    const { code, stdout, stderr } = await feedback(sample(), '--since', since);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`vitals: --since "${since}" is not a date: use YYYY-MM-DD\n`);
  });

  it('says when the book has no feedback', async () => {
    expect((await feedback(tempBook())).stdout).toBe('Voice of the customer\nNo feedback.\n');
  });

  it('markdown: a table per area, no ANSI even in a terminal, | and markup in data escaped', async () => {
    const dir = book({ acme: { name: 'Pipe | Co', feedback: [{ date: '2026-11-01', area: '# ops', text: 'Wants *bold* | <b>tags</b>', status: 'logged' }] } });
    let stdout = '';
    await run(['feedback', '--repo', dir, '--format', 'markdown'], { stdout: { write: (t: string) => (stdout += t), isTTY: true }, stderr: { write: () => true }, env: {}, cwd: repoRoot });
    expect(stdout).toBe(
      [
        '# Voice of the customer',
        '',
        '1 entry in 1 area, newest first.',
        '',
        '## \\#\u200b ops',
        '',
        '| Date | Account | ARR | Status | Feedback |',
        '| --- | --- | --- | --- | --- |',
        '| 2026-11-01 | Pipe \\| Co (acme) | $120,000 | logged | Wants \\*bold\\* \\| \\<b\\>tags\\</b\\> |',
        '',
      ].join('\n'),
    );
  });

  it('markdown: a mention, an issue number or a link in data stays text, as in diff\'s comment', async () => {
    const dir = book({ acme: { feedback: [{ date: '2026-11-01', area: 'ops', text: '@everyone see #12 at https://e.example', status: 'logged' }] } });
    const { stdout } = await vitals(['feedback', '--repo', dir, '--format', 'markdown']);
    expect(stdout).toContain('| @\u200beveryone see #\u200b12 at https\\://e\\.example |');
  });

  it.each([[[]], [['--format', 'markdown']]])('neutralises escape sequences in names and text (%j)', async (format) => {
    const dir = book({ acme: { name: '\u001b[31mEvil', feedback: [{ date: '2026-11-01', area: 'ops', text: 'bell\u0007 and \u009b2J' }] } });
    const { stdout } = await feedback(dir, ...format);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toMatch(/\\{1,2}x1b\\?\[31mEvil/);
    expect(stdout).toMatch(/bell\\{1,2}x07 and \\{1,2}x9b2J/);
  });

  it('rejects an unknown --format and stray arguments with exit 2', async () => {
    expect((await feedback(sample(), '--format', 'json')).code).toBe(2);
    expect((await feedback(sample(), 'acme')).code).toBe(2);
  });
});

describe('vitals feedback on the shipped book', () => {
  const shipped = readdirSync(join(repoRoot, 'accounts'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => ((parse(readFileSync(join(repoRoot, 'accounts', f), 'utf8')) as Account).feedback ?? []).map((x) => ({ ...x, id: f.slice(0, -5) })));

  it('reports every feedback entry in the account files, newest first within each area', async () => {
    expect(shipped.length).toBeGreaterThan(0);
    const { stdout } = await vitals(['feedback', '--repo', repoRoot, '--format', 'markdown']);
    const byArea = new Map<string, string[]>();
    let area = '';
    for (const line of stdout.split('\n')) {
      if (line.startsWith('## ')) byArea.set((area = line.slice(3)), []);
      else if (/^\| \d{4}-/.test(line)) byArea.get(area)!.push(line.slice(2, 12));
    }
    expect([...byArea.keys()]).toEqual([...new Set(shipped.map((f) => f.area))].sort());
    for (const [name, dates] of byArea) {
      expect(dates).toEqual(shipped.filter((f) => f.area === name).map((f) => f.date).sort().reverse());
    }
  });

  it('--since keeps exactly the entries on or after the date', async () => {
    const since = '2026-10-15';
    const { stdout } = await vitals(['feedback', '--repo', repoRoot, '--since', since]);
    const expected = shipped.filter((f) => f.date >= since).length;
    expect(stdout.split('\n')[1]).toMatch(new RegExp(`^${expected} entr(y|ies) in \\d+ areas? since ${since}, newest first\\.$`));
    expect([...stdout.matchAll(/^ {2}\d{4}-\d\d-\d\d {2}/gm)]).toHaveLength(expected);
  });
});

describe('vitals feedback and the as-of date', () => {
  it('leaves out feedback dated after the as-of date', async () => {
    const account = validAccount.replace(
      'contacts:',
      'feedback:\n  - { date: 2026-11-01, area: search, text: "Known then" }\n  - { date: 2026-12-01, area: search, text: "Said later" }\ncontacts:',
    );
    const repo = tempBook({ 'accounts/acme.yaml': account });
    const { stdout } = await vitals(['feedback', '--repo', repo, '--as-of', '2026-11-22']);
    expect(stdout).toContain('Known then');
    expect(stdout).not.toContain('Said later');
  });
});
