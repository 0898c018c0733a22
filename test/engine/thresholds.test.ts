import { describe, expect, it } from 'vitest';
import { predicateTest } from '../../src/engine/model/predicate-test.js';
import { colorForScore } from '../../src/engine/score/color-for-score.js';
import { coverage, deltaCell, endingToday, oneDecimal } from '../../src/review/format.js';
import { all, day, scoreOne, trait } from './fixtures.js';

/** [value, expected status] rows for each shipped threshold: at, just below and just above each bound. */
const cases: [string, [unknown, string][]][] = [
  ['versions_behind', [[1, 'healthy'], [2, 'healthy'], [3, 'concerning'], [4, 'concerning'], [5, 'poor']]],
  ['defect_tickets_90d', [[1, 'healthy'], [2, 'concerning'], [3, 'concerning'], [4, 'concerning'], [5, 'poor'], [6, 'poor']]],
  ['help_tickets_90d', [[9, 'healthy'], [10, 'concerning'], [11, 'concerning'], [14, 'concerning'], [15, 'poor'], [16, 'poor']]],
  ['precise_intel', [[true, 'healthy'], [false, 'poor']]],
  ['active_champion', [[true, 'healthy'], [false, 'poor']]],
  ['access_to_buyer', [[true, 'healthy'], [false, 'poor']]],
  ['ce_pulse', [['healthy', 'healthy'], ['concerning', 'concerning'], ['poor', 'poor']]],
];

describe('shipped trait thresholds', () => {
  for (const [name, rows] of cases) {
    it.each(rows)(`${name} = %s is %s`, (value, status) => {
      const r = scoreOne(trait(name, value));
      expect(r.traits[name]).toMatchObject({ value, status });
    });
  }

  it.each([
    [13, 'healthy'], [14, 'healthy'], [15, 'concerning'], [29, 'concerning'], [30, 'poor'], [31, 'poor'],
  ])('days_since_last_activity %i is %s', (days, status) => {
    const r = scoreOne(trait('last_activity', day(-days)));
    expect(r.traits.days_since_last_activity).toMatchObject({ value: days, status });
  });

  it.each([
    [19, 'poor'], [20, 'poor'], [21, 'concerning'], [29, 'concerning'], [30, 'healthy'], [31, 'healthy'],
  ])('usage_score %i/100 is %s', (dau, status) => {
    const r = scoreOne(all(trait('dau_4wk_avg', dau), trait('mau_last_month', 100)));
    expect(r.traits.usage_score).toMatchObject({ value: dau / 100, status });
  });

  it.each([
    [49, 'poor'], [50, 'concerning'], [51, 'concerning'], [79, 'concerning'], [80, 'healthy'], [81, 'healthy'],
  ])('mau_over_seats %i/100 is %s', (mau, status) => {
    const r = scoreOne(all(trait('mau_last_month', mau), trait('dau_4wk_avg', mau), (a) => void (a.seats = 100)));
    expect(r.traits.mau_over_seats).toMatchObject({ value: mau / 100, status });
  });
});

describe('missing values', () => {
  it('a ratio with a zero denominator is missing, as is its dependants', () => {
    const r = scoreOne(trait('mau_last_month', 0));
    expect(r.traits.usage_score).toEqual({ value: null, status: 'missing', score: null, stale: false });
    expect(r.traits.mau_over_seats).toMatchObject({ value: 0, status: 'poor' });
  });

  it('a ratio with an absent denominator or numerator is missing', () => {
    expect(scoreOne(trait('mau_last_month', undefined)).traits.usage_score!.status).toBe('missing');
    expect(scoreOne(trait('mau_last_month', undefined)).traits.mau_over_seats!.status).toBe('missing');
    expect(scoreOne(trait('dau_4wk_avg', undefined)).traits.usage_score!.status).toBe('missing');
  });

  it('a zero seat count makes mau_over_seats missing, not infinite', () => {
    expect(scoreOne((a) => void (a.seats = 0)).traits.mau_over_seats).toMatchObject({ value: null, status: 'missing' });
  });

  it('an absent date makes days_since missing; an absent trait is missing, never zero', () => {
    const r = scoreOne(all(trait('last_activity', undefined), trait('defect_tickets_90d', undefined)));
    expect(r.traits.days_since_last_activity!.status).toBe('missing');
    expect(r.traits.defect_tickets_90d).toEqual({ value: null, status: 'missing', score: null, stale: false });
  });

  it('every trait and category of the model appears even with no traits at all', () => {
    const r = scoreOne((a) => void delete a.traits);
    expect(Object.keys(r.traits)).toHaveLength(10);
    expect(Object.values(r.traits).every((t) => t.status === 'missing' && t.score === null)).toBe(true);
    expect(r.categories.utilization).toEqual({ score: null, color: 'unknown', status: 'missing' });
    expect(r).toMatchObject({ score: null, color: 'unknown', coverage: 0 });
  });
});

describe('predicate operators', () => {
  const ops: [Record<string, unknown>, [unknown, boolean][]][] = [
    [{ eq: 2 }, [[1, false], [2, true], [3, false], ['2', false]]],
    [{ ne: 2 }, [[1, true], [2, false], [3, true]]],
    [{ lt: 2 }, [[1, true], [2, false], [3, false]]],
    [{ lte: 2 }, [[1, true], [2, true], [3, false]]],
    [{ gt: 2 }, [[1, false], [2, false], [3, true]]],
    [{ gte: 2 }, [[1, false], [2, true], [3, true], ['3', false], [true, false]]],
    [{ in: [1, 3] }, [[1, true], [2, false], [3, true]]],
    [{ gte: 2, lt: 4 }, [[1, false], [2, true], [3, true], [4, false]]],
    [{ lt: '2026-11-22' }, [['2026-11-21', true], ['2026-11-22', false], [5, false]]],
  ];
  for (const [predicate, rows] of ops) {
    it.each(rows)(`${JSON.stringify(predicate)} on %s is %s`, (value, holds) => {
      expect(predicateTest(predicate)(value as number)).toBe(holds);
    });
  }
});

describe('a score at a colour cut-off', () => {
  it('reaches it despite floating-point noise, and not when it is short by more than noise', () => {
    expect(colorForScore(0.1 * 3 * 100 + 36.7 - 0.00000000000001, 66.7, 33.3)).toBe('green');
    expect(colorForScore(40.99999999999999, 41, 20)).toBe('green');
    expect(colorForScore(66.69999999, 66.7, 33.3)).toBe('yellow');
  });

  it('is shown rounded down, so a score shown at a cut-off has reached it', () => {
    expect([66.66666666666667, 66.69999999, 86.25, 40.99999999999999, 100, 0].map(oneDecimal)).toEqual(['66.6', '66.6', '86.2', '41.0', '100.0', '0.0']);
    expect(colorForScore(66.66666666666667, 66.7, 33.3)).toBe('yellow');
    // What the display forgives, the cut-off forgives too: never "70.0" beside a yellow under a green cut-off of 70.
    for (const [score, cut] of [[69.99999999992, 70], [66.69999999991, 66.7], [99.9999999999, 100]] as const) {
      expect(oneDecimal(score) >= cut.toFixed(1), `${score}`).toBe(colorForScore(score, cut, 33.3) === 'green');
    }
  });

  it('shows a change of score as the two shown scores differ, and coverage rounded down alike', () => {
    expect([deltaCell({ color: 'green', score: 67.59 }, 66.61), deltaCell({ color: 'green', score: 67.7 }, 66.69), deltaCell({ color: 'green', score: 60 }, 62.05)]).toEqual(['+0.9', '+1.1', '-2.0']);
    expect(deltaCell({ color: 'unknown', score: 100 }, 60)).toBe('');
    // Nor against last week's score when last week was unknown: that score was shown nowhere.
    expect(deltaCell({ color: 'green', score: 73.3 }, 56.2, 'unknown')).toBe('');
    expect(endingToday([50, 60, 70], { color: 'green', score: 61 })).toEqual([50, 60, 61]);
    expect(endingToday([50, 60, 70], { color: 'unknown', score: 100 })).toEqual([50, 60, null]);
    expect([coverage(0.5997), coverage(0.29, 0), coverage(0.59999999999999)]).toEqual(['59.9%', '29%', '60%']);
  });
});
