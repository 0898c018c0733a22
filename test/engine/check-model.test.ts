import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/engine/index.js';
import type { Playbooks } from '../../src/load/book.js';
import type { Condition } from '../../src/types/schema.js';
import { shippedPlaybooks } from './fixtures.js';
import { traitKinds } from '../../src/generated/facts.js';

const TRAITS = traitKinds;

function issues(change: (p: Playbooks) => void) {
  const p = structuredClone(shippedPlaybooks());
  change(p);
  return checkModel(p, TRAITS);
}

const scenarioWhen = (when: unknown) => (p: Playbooks) => void (p.scenarios.scenarios[0]!.when = when as Condition);

describe('checkModel', () => {
  it('finds nothing wrong with the shipped playbooks', () => {
    expect(checkModel(shippedPlaybooks(), TRAITS)).toEqual([]);
  });

  it('category weights must sum to 100', () => {
    expect(issues((p) => void (p.health.categories[0]!.weight = 4))).toEqual([
      { file: 'health', path: '/categories', severity: 'error', message: 'category weights sum to 99, not 100' },
    ]);
  });

  it('a trait may not appear twice', () => {
    const found = issues((p) => void p.health.categories[1]!.traits.push({ trait: 'ce_pulse', healthy: { eq: 'healthy' }, poor: { eq: 'poor' } }));
    expect(found).toContainEqual(expect.objectContaining({ path: '/categories/1/traits/4/trait', severity: 'error' }));
  });

  it('healthy <= 2 with poor >= 2 overlap (SPEC 3.1(7))', () => {
    const found = issues((p) => void (p.health.categories[1]!.traits[0]!.poor = { gte: 2 }));
    expect(found).toEqual([
      expect.objectContaining({ file: 'health', path: '/categories/1/traits/0/poor', message: expect.stringMatching(/overlap at 2/) }),
    ]);
  });

  it('healthy <= 2 with poor > 2 leaves no concerning region, which is fine', () => {
    expect(issues((p) => void (p.health.categories[1]!.traits[0]!.poor = { gt: 2 }))).toEqual([]);
  });

  it('a healthy band leaves concerning values on the wrong side', () => {
    const found = issues((p) => void (p.health.categories[1]!.traits[0]!.healthy = { gte: 1, lte: 2 }));
    expect(found).toEqual([expect.objectContaining({ path: '/categories/1/traits/0/poor', message: expect.stringMatching(/wrong side/) })]);
  });

  it('interpolate needs a single numeric bound on each side', () => {
    const ok = issues((p) => void (p.health.categories[1]!.traits[0]!.interpolate = true));
    expect(ok).toEqual([]);
    const bad = issues((p) => void (p.health.categories[1]!.traits[1]!.interpolate = true));
    expect(bad).toEqual([expect.objectContaining({ path: '/categories/1/traits/1/interpolate' })]);
  });

  it('names that resolve to nothing are errors at the condition, with a guess', () => {
    const found = issues(scenarioWhen({ all: [{ stage: ['prospect'] }, { metric: 'days_until_clos', lte: 35 }] }));
    expect(found).toEqual([
      { file: 'scenarios', path: '/scenarios/0/when/all/1/metric', severity: 'error', message: 'unknown trait or metric "days_until_clos" (did you mean "days_until_close"?)' },
    ]);
    expect(issues(scenarioWhen({ stage: ['prospekt'] }))[0]).toMatchObject({ path: '/scenarios/0/when/stage/0' });
    expect(issues(scenarioWhen({ category: 'utilisation', in: ['red'] }))[0]).toMatchObject({ path: '/scenarios/0/when/category' });
    expect(issues(scenarioWhen({ status: 'arr', in: ['poor'] }))[0]).toMatchObject({ path: '/scenarios/0/when/status' });
    expect(issues(scenarioWhen({ segment: ['scaled'] }))[0]).toMatchObject({ path: '/scenarios/0/when/segment/0' });
    expect(issues(scenarioWhen({ stale: 'pulse' }))[0]).toMatchObject({ path: '/scenarios/0/when/stale' });
    expect(issues((p) => void (p.health.categories[0]!.traits[0]!.trait = 'ta_pulse'))[0]).toMatchObject({ path: '/categories/0/traits/0/trait' });
    expect(issues((p) => void (p.health.metrics.usage_score = { ratio: ['dau', 'mau_last_month'] }))[0]).toMatchObject({ path: '/metrics/usage_score/ratio/0' });
  });

  it.each([
    [{ metric: 'arr', status: 'ce_pulse', in: ['poor'] }, /one form per condition/],
    [{ metric: 'arr' }, /needs a predicate/],
    [{ status: 'ce_pulse', lt: 2 }, /takes only `in`/],
    [{ status: 'ce_pulse' }, /needs `in/],
    [{ stage: ['prospect'], lt: 3 }, /does not go with `stage`/],
    [{ lt: 3 }, /needs a `metric`/],
    [{}, /empty condition/],
    [{ always: false }, /`always` takes only `true`/],
    [{ metric: 'arr', gte: 1, colour: ['red'] }, /unknown condition key `colour`/],
    [{ status: 'ce_pulse', in: ['bad'] }, /unknown status "bad"/],
  ])('%j is not one valid form', (when, message) => {
    expect(issues(scenarioWhen(when))).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(message) })]);
  });

  it('guardrail and variant conditions may not use score, coverage, color or category', () => {
    const found = issues((p) => {
      p.health.guardrails = [{ when: { metric: 'score', lt: 50 }, max_color: 'red' }, { when: { any: [{ category: 'utilization', in: ['red'] }] }, max_color: 'red' }];
      p.health.variants = [{ id: 'v', when: { color: ['red'] }, weights: {} }];
    });
    expect(found.map((i) => [i.path, i.severity])).toEqual([
      ['/guardrails/0/when', 'error'],
      ['/guardrails/1/when/any/0', 'error'],
      ['/variants/0/when', 'error'],
    ]);
    expect(found[0]!.message).toMatch(/circular/);
  });

  it('a variant using stage is circular only when the lifecycle uses the score', () => {
    const variant = (p: Playbooks) => void (p.health.variants = [{ id: 'v', when: { stage: ['onboarding'] }, weights: {} }]);
    expect(issues(variant)).toEqual([]);
    const found = issues((p) => {
      variant(p);
      p.lifecycle.stages[1]!.when = { color: ['red'] };
    });
    expect(found).toEqual([expect.objectContaining({ path: '/variants/0/when', message: expect.stringMatching(/lifecycle.yaml stage "renewing" uses color/) })]);
  });

  it('variant merged weights must sum to 100 over known categories', () => {
    const found = issues((p) => void (p.health.variants = [{ id: 'v', when: { always: true }, weights: { utilization: 25, utilisation: 30 } }]));
    expect(found.map((i) => i.path)).toEqual(['/variants/0/weights/utilisation', '/variants/0/weights']);
    expect(found[1]!.message).toBe('variant "v": merged category weights sum to 70, not 100');
  });

  it('scenario projects must exist', () => {
    expect(issues((p) => void (p.scenarios.scenarios[0]!.project = 'get_wel'))).toEqual([
      expect.objectContaining({ file: 'scenarios', path: '/scenarios/0/project', message: 'unknown project "get_wel" (did you mean "get_well"?)' }),
    ]);
  });

  it('inside segments.yaml, segment names an assigned segment', () => {
    expect(issues((p) => void (p.segments.segments[3]!.when = { segment: ['scaled_success'] }))).toEqual([
      expect.objectContaining({ file: 'segments', path: '/segments/3/when/segment/0' }),
    ]);
  });

  it('the bi-weekly anchor must be a Monday', () => {
    expect(issues((p) => void (p.calendar.biweekly_anchor = '2026-01-06'))).toEqual([
      { file: 'calendar', path: '/biweekly_anchor', severity: 'error', message: 'biweekly_anchor 2026-01-06 is not a Monday' },
    ]);
  });

  it('warns when the agenda loses a cadence or the lifecycle has no catch-all', () => {
    const found = issues((p) => {
      p.cadences.cadences = p.cadences.cadences.filter((c) => c.id !== 'cbr');
      p.lifecycle.stages.pop();
    });
    expect(found.map((i) => [i.file, i.severity])).toEqual([['lifecycle', 'warning'], ['cadences', 'warning']]);
  });
});
