import { describe, expect, it } from 'vitest';
import { all, day, scoreOne, trait, type Change } from './fixtures.js';

const closes = (days: number): Change => (a) => void (a.contract.close_date = day(days));
const renews = (days: number): Change => (a) => void (a.contract.renewal_date = day(days));
const yellow = all(trait('dau_4wk_avg', 10), trait('mau_last_month', 100)); // utilization poor: 45
const seatUse = (mau: number): Change => all(trait('mau_last_month', mau), trait('dau_4wk_avg', mau), (a) => void (a.seats = 500));
const review = (name: string, days: number): Change => (a) => void (a.reviewed = { ...a.reviewed, [name]: day(days) });

/** [scenario, a change that fires it, changes that do not] — each against the healthy account. */
const table: [string, Change, Change[]][] = [
  ['handoff', closes(35), [closes(36), closes(0)]],
  ['new_customer', closes(-59), [closes(-60), closes(1)]],
  ['utilization_below_target', seatUse(399), [seatUse(400), all(seatUse(399), closes(10))]],
  ['renewal_assessment', renews(180), [renews(181), renews(-1)]],
  ['red_yellow_renewal', all(renews(180), yellow), [all(renews(181), yellow), renews(100), all(renews(-1), yellow)]],
  ['yellow_red_health', yellow, [() => {}]],
  ['low_ta_pulse', trait('ce_pulse', 'concerning'), [trait('ce_pulse', 'healthy'), trait('ce_pulse', undefined)]],
  ['low_technical_health', all(trait('versions_behind', 5), trait('precise_intel', false)), [trait('versions_behind', 5)]],
  ['no_active_champion', trait('active_champion', false), [trait('active_champion', true), trait('active_champion', undefined)]],
  ['no_buyer_access', trait('access_to_buyer', false), [trait('access_to_buyer', true), trait('access_to_buyer', undefined)]],
  ['not_contacted', trait('last_activity', day(-30)), [trait('last_activity', day(-29)), trait('last_activity', undefined)]],
  ['low_usage_score', trait('dau_4wk_avg', 134), [trait('dau_4wk_avg', 135), trait('dau_4wk_avg', undefined)]],
  ['low_mau_seats', seatUse(399), [seatUse(400), trait('mau_last_month', undefined)]],
  ['stale_traits', review('access_to_buyer', -46), [review('access_to_buyer', -45)]],
];

describe('shipped scenarios', () => {
  it('the healthy account has none', () => {
    expect(scoreOne().scenarios).toEqual([]);
  });

  for (const [id, fires, quiet] of table) {
    it(`${id} fires`, () => {
      const r = scoreOne(fires);
      expect(r.scenarios).toContain(id);
      const hit = r.explanation.scenarios.find((s) => s.id === id)!;
      expect(hit.actions.length).toBeGreaterThan(0);
      expect(hit.title).not.toBe('');
    });
    it.each(quiet.map((c, i) => [i, c] as const))(`${id} does not fire (case %i)`, (_, change) => {
      expect(scoreOne(change).scenarios).not.toContain(id);
    });
  }

  it('carries project and priority, in playbook order', () => {
    const r = scoreOne(all(renews(100), yellow));
    expect(r.scenarios).toEqual([
      'utilization_below_target', 'renewal_assessment', 'red_yellow_renewal', 'yellow_red_health', 'low_usage_score', 'low_mau_seats',
    ]);
    expect(r.explanation.scenarios[2]).toMatchObject({ id: 'red_yellow_renewal', project: 'get_well', priority: 1 });
  });
});
