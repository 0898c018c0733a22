import { describe, expect, test } from 'vitest';
import { addDays, compileModel, dateSteps, dayNumber, nextDateStep, scoreColour } from '../../src/engine/index.js';
import type { Playbooks } from '../../src/load/book.js';
import type { Account, Condition } from '../../src/types/schema.js';
import { seededRandom, type Random } from '../../src/history/demo-random.js';
import { AS_OF, entry, shippedPlaybooks, withHealth } from './fixtures.js';

/** Models whose colour time moves in every way the engine counts days: bounds on both sides of a day, fractional, eq/in, stale, override. */
function models(): Array<[string, Playbooks]> {
  const guard = (when: Condition, max_color: 'yellow' | 'red' = 'yellow') => ({ when, max_color });
  return [
    ['shipped', shippedPlaybooks()],
    [
      'fractional activity bounds, guardrails on every count',
      withHealth((h) => {
        const relationships = h.categories.find((c) => c.id === 'relationships')!;
        const rule = relationships.traits.find((t) => t.trait === 'days_since_last_activity')!;
        rule.healthy = { lte: 14.5 };
        rule.poor = { gt: 29.2 };
        h.guardrails = [
          guard({ metric: 'days_until_renewal', lte: 90 }),
          guard({ all: [{ metric: 'days_since_close', gte: 10.5 }, { metric: 'days_until_close', in: [-3, 7] }] }, 'red'),
          guard({ stale: 'ce_pulse' }),
          guard({ metric: 'days_since_last_activity', eq: 20 }, 'red'),
          guard({ not: { metric: 'days_until_last', gt: -40 } }),
        ];
        h.metrics = { ...h.metrics, days_until_last: { days_until: 'last_activity' } };
        h.variants = [{ id: 'late', when: { metric: 'days_until_renewal', lt: 45.5 }, weights: { utilization: 10, relationships: 70 } }];
      }),
    ],
    [
      'a stage in a guardrail, staleness of generated traits',
      withHealth((h) => {
        h.guardrails = [guard({ stage: ['renewing'] }), guard({ stale: 'versions_behind' }, 'red')];
      }),
    ],
  ];
}

function randomAccount(r: Random): Account {
  const data = entry().data;
  const near = () => addDays(AS_OF, r.int(-400, 200));
  data.contract = { close_date: near(), renewal_date: addDays(AS_OF, r.int(-30, 400)) };
  data.metrics_as_of = addDays(AS_OF, r.int(-80, 0));
  const traits = data.traits as Record<string, unknown>;
  traits.last_activity = addDays(AS_OF, r.int(-90, 0));
  traits.ce_pulse = r.pick(['healthy', 'concerning', 'poor']);
  traits.mau_last_month = r.int(100, 500);
  const reviewed = data.reviewed as Record<string, string>;
  for (const name of Object.keys(reviewed)) reviewed[name] = addDays(AS_OF, r.int(-100, 0));
  if (r.next() < 0.3) data.override = { color: r.pick(['green', 'yellow', 'red'] as const), reason: 'test', until: addDays(AS_OF, r.int(-10, 60)) };
  return data;
}

describe('dateSteps: where time alone can move a colour', () => {
  test.each(models())('%s: until the next step, every day has the score and colour of the first', (_name, playbooks) => {
    const steps = dateSteps(playbooks);
    expect(steps).not.toBeNull();
    const model = compileModel({ ...playbooks, scenarios: { ...playbooks.scenarios, scenarios: [] } });
    const r = seededRandom(7);
    let days = 0;
    let moves = 0;
    for (let n = 0; n < 300; n++) {
      const account = { id: 'acme', file: 'accounts/acme.yaml', data: randomAccount(r) };
      let from = dayNumber(AS_OF) + r.int(-60, 120);
      // Walk a year in steps: each span [from, until) must score as its first day.
      for (const end = from + 365; from < end; ) {
        const until = nextDateStep(steps!, account.data, from);
        expect(until).toBeGreaterThan(from);
        const first = scoreColour(model, account, addDays('1970-01-01', from));
        for (let day = from + 1; day < Math.min(until, end); day++) {
          expect(scoreColour(model, account, addDays('1970-01-01', day)), `${JSON.stringify(account.data)} on day ${day}`).toEqual(first);
          days++;
        }
        if (until < end && scoreColour(model, account, addDays('1970-01-01', until)).color !== first.color) moves++;
        from = Math.min(until, end);
      }
    }
    // The walk skipped many days and still saw colours move where it stopped.
    expect(days).toBeGreaterThan(300 * 100);
    expect(moves).toBeGreaterThan(20);
  });

  test('a count interpolated, or in a ratio, can move the score on any day: no steps', () => {
    const interpolated = withHealth((h) => {
      const rule = h.categories.flatMap((c) => c.traits).find((t) => t.trait === 'days_since_last_activity')!;
      rule.interpolate = true;
    });
    expect(dateSteps(interpolated)).toBeNull();
    const ratio = withHealth((h) => {
      h.metrics = { ...h.metrics, activity_per_seat: { ratio: ['days_since_last_activity', 'seats'] } };
    });
    expect(dateSteps(ratio)).toBeNull();
  });
});
