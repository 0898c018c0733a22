import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openCatFile } from '../../src/git/cat-file.js';
import { HealthChangeLog } from '../../src/history/health-change-log.js';
import { HistoryMemo } from '../../src/history/history-memo.js';
import { readHistory } from '../../src/history/read-history.js';
import { Slices } from '../../src/history/slices.js';
import type { LogEntry } from '../../src/history/review-history.js';
import { vitals } from '../helpers/book.js';
import { gitIn } from '../helpers/git.js';
import { expectChained } from './history-repo.js';

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

async function demo(...args: string[]) {
  const parent = mkdtempSync(join(tmpdir(), 'vitals-demo-'));
  made.push(parent);
  const out = await vitals(['demo', 'book', '--as-of', '2026-11-30', ...args], {}, parent);
  return { ...out, dir: join(parent, 'book') };
}

describe('vitals demo', () => {
  test('the same seed and date make the same repository, hashes included; another seed another', async () => {
    const [a, b, c] = [await demo('--accounts', '12', '--weeks', '4', '--seed', '7'), await demo('--accounts', '12', '--weeks', '4', '--seed', '7'), await demo('--accounts', '12', '--weeks', '4', '--seed', '8')];
    const head = (dir: string) => gitIn(dir, ['rev-parse', 'HEAD', 'HEAD^{tree}']);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^Created book: 12 accounts, 4 weeks of history in \d+ commits up to 2026-11-30\./);
    expect(head(a.dir)).toBe(head(b.dir));
    expect(head(a.dir)).not.toBe(head(c.dir));
    expect(gitIn(a.dir, ['status', '--porcelain'])).toBe('');
  });

  test('a valid book whose log has data, model and time entries, chained', async () => {
    const { dir } = await demo();
    expect((await vitals(['validate', '--as-of', '2026-11-30'], {}, dir)).code).toBe(0);
    const out = await vitals(['log', '--as-of', '2026-11-30', '--format', 'json'], {}, dir);
    const { entries } = JSON.parse(out.stdout) as { entries: LogEntry[] };
    expectChained(entries);
    expect(new Set(entries.map((e) => e.cause))).toEqual(new Set(['added', 'data', 'model', 'time']));
    const authors = gitIn(dir, ['log', '--format=%an']).split('\n');
    expect(new Set(authors)).toContain('Metrics Sync');
    expect(new Set(authors)).toContain('Priya Raman');
  });

  test('scoring each account only where a date of it meets a bound of the model gives the log of scoring it every Sunday, and so does a log built with a pause at every account', async () => {
    const { dir } = await demo('--accounts', '30', '--weeks', '26', '--seed', '5');
    const head = gitIn(dir, ['rev-parse', 'HEAD']).trim();
    const read = async (everySunday: boolean, slices?: Slices) => {
      const blobs = openCatFile(dir, process.env);
      try {
        const memo = new HistoryMemo(dir, blobs);
        const log = await readHistory({ root: dir, env: process.env, head, memo, from: new HealthChangeLog(memo, everySunday), ...(slices ? { slices } : {}) });
        return [...log.entries, ...log.tail('2027-03-01')];
      } finally {
        blobs.close();
      }
    };
    const everySunday = await read(true);
    expect(everySunday.filter((e) => e.cause === 'time').length).toBeGreaterThan(20);
    expect(await read(false)).toEqual(everySunday);
    expect(await read(false, new Slices(-1))).toEqual(everySunday);
  });

  test('a folder that is not empty is refused', async () => {
    const { dir } = await demo('--accounts', '2', '--weeks', '1');
    const again = await vitals(['demo', dir, '--as-of', '2026-11-30']);
    expect(again).toMatchObject({ code: 2, stdout: '' });
    expect(again.stderr).toMatch(/is not empty/);
  });

  test('a folder that cannot be made is one sentence and exit 2, never a hang or an internal error', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vitals-demo-file-'));
    made.push(folder);
    const file = join(folder, 'a-file');
    writeFileSync(file, '');
    for (const [command, place, reason] of [
      ['demo', `${file}/book`, `${file} is a file`],
      ['init', `${file}/book`, `${file} is a file`],
      ['demo', '/proc/vitals-book', 'the file system has no such place (ENOENT)'],
    ]) {
      const result = await vitals([command!, place!, '--as-of', '2026-11-30']);
      expect(result).toEqual({ code: 2, stdout: '', stderr: `vitals: cannot create the folder ${place}: ${reason}\n` });
    }
  });
});
