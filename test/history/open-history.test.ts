import { describe, expect, test } from 'vitest';
import { HistoryCache } from '../../src/history/history-cache.js';
import { openHistory } from '../../src/history/open-history.js';
import { tempBook, validAccount } from '../helpers/book.js';
import { edited, expectChained, historyRepo } from './history-repo.js';

const poorPulse = edited(validAccount, { 'ce_pulse:': '  ce_pulse: poor' });

describe('openHistory: what the review reads of history', () => {
  const repo = () => {
    const r = historyRepo();
    r.commit('book', '2026-11-02');
    r.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    r.write('accounts/beta.yaml', validAccount).commit('beta', '2026-11-16');
    r.write('accounts/acme.yaml', validAccount).commit('acme healthy again', '2026-11-18');
    return r;
  };

  test('weekly scores: each Sunday before the as-of week, then the as-of date; null before an account existed', async () => {
    const history = openHistory({ root: repo().dir, asOf: '2026-11-20', env: process.env });
    expect(await history.weeklyScores(3)).toEqual(
      new Map([
        ['acme', [null, 95, 95, 100]],
        ['beta', [null, null, null, 100]],
      ]),
    );
  });

  test('weekly scores are kept for HEAD and the date: a review opened again reads them; a new commit or date works them out', async () => {
    const r = repo();
    const head = r.git(['rev-parse', 'HEAD']).trim();
    const first = await openHistory({ root: r.dir, asOf: '2026-11-20', env: process.env }).weeklyScores(3);
    // What was saved is what a second review shows: a marked copy stands in for it.
    HistoryCache.open(r.dir, process.env)!.saveWeekly(head, '2026-11-20', 3, new Map([['acme', [1, 2, 3, 4]]]));
    expect(await openHistory({ root: r.dir, asOf: '2026-11-20', env: process.env }).weeklyScores(3)).toEqual(new Map([['acme', [1, 2, 3, 4]]]));
    expect(await openHistory({ root: r.dir, asOf: '2026-11-20', env: process.env }).weeklyScores(2)).toEqual(new Map([...first].map(([id, points]) => [id, points.slice(1)])));
    expect(await openHistory({ root: r.dir, asOf: '2026-11-21', env: process.env }).weeklyScores(3)).toEqual(first);
    r.write('accounts/beta.yaml', poorPulse).commit('beta poor', '2026-11-19');
    expect((await openHistory({ root: r.dir, asOf: '2026-11-20', env: process.env }).weeklyScores(3)).get('beta')).toEqual([null, null, null, 95]);
  });

  test('last week: the book as committed seven days before, scored then', async () => {
    const history = openHistory({ root: repo().dir, asOf: '2026-11-20', env: process.env });
    const lastWeek = await history.lastWeek();
    expect(lastWeek?.date).toBe('2026-11-13');
    expect(lastWeek?.scores.map((s) => [s.id, s.color, s.score])).toEqual([['acme', 'yellow', 95]]);
  });

  test("one account's log, and the same answer from a second call", async () => {
    const history = openHistory({ root: repo().dir, asOf: '2026-11-20', env: process.env });
    const log = await history.log({ account: 'acme' });
    expectChained(log);
    expect(log.map((e) => [e.date, e.from, e.to, e.cause])).toEqual([
      ['2026-11-02', 'none', 'green', 'added'],
      ['2026-11-04', 'green', 'yellow', 'data'],
      ['2026-11-18', 'yellow', 'green', 'data'],
    ]);
    expect(await history.log({ account: 'acme' })).toEqual(log);
  });

  test("after a commit (the review's own edit) the same history reads it", async () => {
    const r = repo();
    const history = openHistory({ root: r.dir, asOf: '2026-11-20', env: process.env });
    expect((await history.log({ account: 'acme' })).map((e) => e.date)).toEqual(['2026-11-02', '2026-11-04', '2026-11-18']);
    const edit = r.write('accounts/acme.yaml', poorPulse).commit('acme poor again', '2026-11-19');
    const log = await history.log({ account: 'acme' });
    expectChained(log);
    expect(log.slice(3).map((e) => [e.date, e.from, e.to, e.cause, e.commit])).toEqual([['2026-11-19', 'green', 'yellow', 'data', edit]]);
    expect((await history.weeklyScores(1)).get('acme')).toEqual([95, 95]);
  });

  test('outside git the history is empty', async () => {
    const history = openHistory({ root: tempBook(), asOf: '2026-11-20', env: process.env });
    expect(await history.lastWeek()).toBeUndefined();
    expect(await history.weeklyScores(12)).toEqual(new Map());
    expect(await history.log({})).toEqual([]);
  });
});
