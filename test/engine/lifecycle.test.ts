import { describe, expect, it } from 'vitest';
import { all, day, scoreOne, trait, type Change } from './fixtures.js';

const closes = (days: number): Change => (a) => void (a.contract.close_date = day(days));
const renews = (days: number): Change => (a) => void (a.contract.renewal_date = day(days));
const lowUse = all(trait('mau_last_month', 399), trait('dau_4wk_avg', 399));

describe('shipped lifecycle, first match wins', () => {
  it.each([
    ['close date tomorrow', closes(1), 'prospect'],
    ['close date today', closes(0), 'onboarding'],
    ['close date tomorrow, renewal in 30 days', all(closes(1), renews(30)), 'prospect'],
    ['renewal in 120 days', renews(120), 'renewing'],
    ['renewal in 121 days', renews(121), 'nurturing'],
    ['renewal date already past', renews(-10), 'renewing'],
    ['closed 59 days ago', closes(-59), 'onboarding'],
    ['closed 60 days ago', closes(-60), 'nurturing'],
    ['closed 60 days ago, utilisation below target', all(closes(-60), lowUse), 'adopting'],
    ['targets exactly hit (0.3, 0.8)', all(trait('dau_4wk_avg', 120), trait('mau_last_month', 400)), 'nurturing'],
    ['usage score 0.29', all(trait('dau_4wk_avg', 116), trait('mau_last_month', 400)), 'adopting'],
    ['no usage data', trait('mau_last_month', undefined), 'adopting'],
  ])('%s → %s', (_, change, stage) => {
    expect(scoreOne(change).stage).toBe(stage);
  });
});

describe('effective segment', () => {
  const segment = (s: 'commercial' | 'enterprise', arr: number): Change => (a) => {
    a.segment = s;
    a.arr = arr;
  };
  it.each([
    [segment('commercial', 49_999), 'scaled_success'],
    [segment('commercial', 50_000), 'commercial'],
    [segment('enterprise', 10_000), 'enterprise'],
  ])('%#', (change, effective) => {
    const r = scoreOne(change);
    expect(r.effective_segment).toBe(effective);
    expect(r.segment).toBe(r.segment === 'enterprise' ? 'enterprise' : 'commercial');
  });
});
