import { describe, expect, it } from 'vitest';
import type { HealthModel } from '../../src/types/schema.js';
import { addDays, bookChecks, compileModel, scoreAccount, scoreColour, scoreSummary } from '../../src/engine/index.js';
import { all, AS_OF, day, entry, scoreOne, trait, withHealth, type Change } from './fixtures.js';

/** One category, one trait (versions_behind): the score is the trait's score. */
const single = (change: (h: HealthModel) => void = () => {}) =>
  withHealth((h) => {
    h.categories = [{ id: 'c', name: 'C', weight: 100, traits: [{ trait: 'versions_behind', healthy: { lte: 2 }, poor: { gte: 6 } }] }];
    h.guardrails = [];
    change(h);
  });

const poorUtilization = all(trait('dau_4wk_avg', 10), trait('mau_last_month', 100));

describe('weighted score', () => {
  it('averages present traits in a category and renormalises nothing else', () => {
    const r = scoreOne(all(trait('versions_behind', 3), trait('precise_intel', undefined)));
    expect(r.categories.technical_health!.score).toBeCloseTo(250 / 3, 10);
    expect(r.score).toBeCloseTo(5 + (15 * 250) / 3 / 100 + 25 + 55, 10);
    expect(r.coverage).toBeCloseTo(1 - 15 / 4 / 100, 12);
  });

  it('leaves a category with no data out, renormalising the other weights', () => {
    const r = scoreOne(all(poorUtilization, trait('ce_pulse', undefined)));
    expect(r.categories.ta_pulse).toEqual({ score: null, color: 'unknown', status: 'missing' });
    expect(r.score).toBeCloseTo((15 * 100 + 25 * 100) / 95, 10);
  });

  it('honours trait weights inside a category', () => {
    const p = withHealth((h) => {
      h.categories[1]!.traits[0]!.weight = 3; // versions_behind counts three times
    });
    const r = scoreOne(trait('versions_behind', 9), { playbooks: p });
    expect(r.categories.technical_health!.score).toBe(50);
    expect(r.explanation.traits.find((t) => t.trait === 'versions_behind')!.share).toBeCloseTo((15 * 3) / 6 / 100, 12);
  });
});

describe('a score exactly on a cut-off', () => {
  // Weights 4.1 and 5.9, one healthy and one poor trait: 410 / 10 = 41, which floating point sums
  // to 40.99999999999999. The colour is of the score, not of its rounding error (SPEC §3: >=).
  const onTheLine = (yellow: number) =>
    withHealth((h) => {
      h.colors = { green: 66.7, yellow };
      h.categories = [
        { ...h.categories[1]!, weight: 100, traits: [{ trait: 'versions_behind', healthy: { lte: 2 }, poor: { gt: 4 }, weight: 4.1 }, { trait: 'defect_tickets_90d', healthy: { lt: 2 }, poor: { gte: 5 }, weight: 5.9 }] },
        ...h.categories.filter((_, i) => i !== 1).map((c) => ({ ...c, weight: 0 })),
      ];
      h.guardrails = [];
    });
  const account = all(trait('versions_behind', 0), trait('defect_tickets_90d', 9));

  it('is the colour of that cut-off, and the category\'s too', () => {
    const r = scoreOne(account, { playbooks: onTheLine(41) });
    expect(r.score).toBeCloseTo(41, 10);
    expect(r.color).toBe('yellow');
    expect(r.categories.technical_health).toMatchObject({ color: 'yellow' });
  });

  it('still falls below a cut-off it is truly below', () => {
    expect(scoreOne(account, { playbooks: onTheLine(41.001) }).color).toBe('red');
  });
});

describe('coverage and min_coverage', () => {
  const dropRelationshipsAndTechnical = all(
    ...['active_champion', 'access_to_buyer', 'last_activity', 'versions_behind', 'precise_intel', 'defect_tickets_90d', 'help_tickets_90d'].map(
      (t) => trait(t, undefined),
    ),
  );

  it('at exactly min_coverage the colour comes from the score', () => {
    const r = scoreOne(dropRelationshipsAndTechnical);
    expect(r.coverage).toBe(0.6);
    expect(r.color).toBe('green');
  });

  it('below min_coverage the colour is unknown but the score is still computed', () => {
    const r = scoreOne(all(dropRelationshipsAndTechnical, trait('ce_pulse', undefined)));
    expect(r.coverage).toBeCloseTo(0.55, 12);
    expect(r.score).toBe(100);
    expect(r.color).toBe('unknown');
    expect(r.categories.utilization!.color).toBe('green'); // min_coverage is for the overall score only
  });
});

describe('colour cut-offs on the unrounded score', () => {
  it.each([
    [66.7, 'green'], [66.69999, 'yellow'], [33.3, 'yellow'], [33.29999, 'red'], [100, 'green'], [0, 'red'],
  ])('score %s is %s', (s, color) => {
    const r = scoreOne(trait('versions_behind', 4), { playbooks: single((h) => void (h.status_scores.concerning = s)) });
    expect(r.score).toBe(s);
    expect(r.color).toBe(color);
    expect(r.categories.c!.color).toBe(color);
  });
});

describe('handbook weight sets', () => {
  const weights = (w: number[]) => withHealth((h) => h.categories.forEach((c, i) => (c.weight = w[i]!)));
  it('the same account is yellow under 5/15/25/55 and red under 5/5/15/75', () => {
    const a = scoreOne(poorUtilization, { playbooks: weights([5, 15, 25, 55]) });
    const b = scoreOne(poorUtilization, { playbooks: weights([5, 5, 15, 75]) });
    expect([a.score, a.color]).toEqual([45, 'yellow']);
    expect([b.score, b.color]).toEqual([25, 'red']);
  });
});

describe('interpolate', () => {
  const interpolated = single((h) => void (h.categories[0]!.traits[0]!.interpolate = true));
  it.each([
    [2, 100], [3, 75], [4, 50], [5, 25], [6, 0],
  ])('versions_behind %i scores %i between healthy <= 2 and poor >= 6', (v, s) => {
    expect(scoreOne(trait('versions_behind', v), { playbooks: interpolated }).score).toBe(s);
  });

  it('without interpolate a concerning value scores status_scores.concerning', () => {
    expect(scoreOne(trait('versions_behind', 3), { playbooks: single() }).score).toBe(50);
  });
});

describe('guardrails', () => {
  it('cap a green account at yellow and say so', () => {
    const r = scoreOne(trait('ce_pulse', 'poor'));
    expect(r.score).toBe(95);
    expect(r.color).toBe('yellow');
    expect(r.explanation.guardrails).toEqual([
      { index: 0, when: 'ce_pulse status in [poor]', max_color: 'yellow', reason: null, from: 'green', to: 'yellow' },
    ]);
  });

  it('never raise a red account, but still list the guardrail', () => {
    const r = scoreOne(all(trait('ce_pulse', 'poor'), poorUtilization, trait('active_champion', false), trait('access_to_buyer', false)));
    expect(r.color).toBe('red');
    expect(r.explanation.guardrails[0]).toMatchObject({ from: 'red', to: 'red' });
  });

  it('never change unknown', () => {
    const r = scoreOne(all(trait('ce_pulse', 'poor'), poorUtilization, trait('mau_last_month', undefined)));
    expect(r.coverage).toBeLessThan(0.6);
    expect(r.color).toBe('unknown');
  });

  it('do not apply when their condition does not hold', () => {
    expect(scoreOne(trait('ce_pulse', 'concerning')).explanation.guardrails).toEqual([]);
  });
});

describe('override', () => {
  const override = (until: string): Change => (a) =>
    void (a.override = { color: 'red', reason: 'exec escalation', until });

  it('is in force on its last day', () => {
    const r = scoreOne(override('2026-11-22'));
    expect(r.color).toBe('red');
    expect(r.explanation.override).toEqual({ color: 'red', reason: 'exec escalation', until: '2026-11-22', in_force: true });
    expect(r.explanation.guarded_color).toBe('green');
  });

  it('has expired the day after', () => {
    const r = scoreOne(override('2026-11-21'));
    expect(r.color).toBe('green');
    expect(r.explanation.override!.in_force).toBe(false);
  });

  it('replaces unknown too, and scenarios see the overridden colour', () => {
    const r = scoreOne(all(override('2026-12-31'), (a) => void (a.traits = { ce_pulse: 'healthy' })));
    expect(r.explanation.score_color).toBe('unknown');
    expect(r.color).toBe('red');
    expect(r.scenarios).toContain('yellow_red_health');
  });
});

describe('explanation', () => {
  it('gives each trait its rule, and contributions that sum to the score', () => {
    const r = scoreOne(
      all(trait('versions_behind', 3), trait('precise_intel', undefined), trait('help_tickets_90d', 15), trait('mau_last_month', 300), trait('dau_4wk_avg', 75)),
    );
    const byId = Object.fromEntries(r.explanation.traits.map((t) => [t.trait, t]));
    expect(byId.versions_behind).toMatchObject({ status: 'concerning', rule: 'neither versions_behind <= 2 nor versions_behind > 4' });
    expect(byId.help_tickets_90d!.rule).toBe('help_tickets_90d >= 15');
    expect(byId.defect_tickets_90d!.rule).toBe('defect_tickets_90d < 2');
    expect(byId.precise_intel).toMatchObject({ status: 'missing', score: null, contribution: 0, effective_share: 0 });
    const sum = r.explanation.traits.reduce((s, t) => s + t.contribution, 0);
    expect(sum).toBeCloseTo(r.score!, 10);
    expect(r.explanation.traits.reduce((s, t) => s + t.effective_share, 0)).toBeCloseTo(1, 12);
    expect(r.explanation.traits.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 12);
  });

  it('lists category weights in use', () => {
    const r = scoreOne();
    expect(r.explanation.categories.map((c) => [c.id, c.weight, c.effective_share])).toEqual([
      ['ta_pulse', 5, 0.05], ['technical_health', 15, 0.15], ['relationships', 25, 0.25], ['utilization', 55, 0.55],
    ]);
  });

  it('reports days until renewal as whole calendar days', () => {
    expect(scoreOne((a) => void (a.contract.renewal_date = day(-3))).days_until_renewal).toBe(-3);
  });
});

describe('variants', () => {
  const onboardingLight = withHealth((h) => {
    h.variants = [{ id: 'onboarding_light', when: { stage: ['onboarding'] }, weights: { utilization: 25, relationships: 55 } }];
  });
  const onboarding: Change = (a) => void (a.contract.close_date = day(-30));

  it('replace category weights for matching accounts (first match wins)', () => {
    const r = scoreOne(all(onboarding, poorUtilization), { playbooks: onboardingLight });
    expect(r.stage).toBe('onboarding');
    expect(r.explanation.variant).toBe('onboarding_light');
    expect([r.score, r.color]).toEqual([75, 'green']);
    expect(r.explanation.categories.find((c) => c.id === 'utilization')!.weight).toBe(25);
  });

  it('leave other accounts on the model weights', () => {
    const r = scoreOne(poorUtilization, { playbooks: onboardingLight });
    expect(r.explanation.variant).toBeNull();
    expect([r.score, r.color]).toEqual([45, 'yellow']);
  });
});

describe('scoreSummary', () => {
  it('is scoreAccount without the explanation, for every account of the shipped book', async () => {
    const { loadBook } = await import('../../src/load/load-book.js');
    const book = loadBook({ root: new URL('../..', import.meta.url).pathname, asOf: AS_OF, checks: bookChecks });
    const model = compileModel(book.playbooks!);
    expect(book.accounts.length).toBeGreaterThan(40);
    for (const entry of book.accounts) {
      const { explanation: _, ...full } = scoreAccount(model, entry, AS_OF);
      expect(scoreSummary(model, entry, AS_OF)).toEqual(full);
    }
  });

  it('scoreColour is its score and colour, for every account of the shipped book over a year of weeks', async () => {
    const { loadBook } = await import('../../src/load/load-book.js');
    const book = loadBook({ root: new URL('../..', import.meta.url).pathname, asOf: AS_OF, checks: bookChecks });
    const model = compileModel(book.playbooks!);
    const colours = new Set<string>();
    for (let week = -26; week <= 26; week++) {
      const date = addDays(AS_OF, 7 * week);
      for (const entry of book.accounts) {
        const { score, color } = scoreSummary(model, entry, date);
        expect(scoreColour(model, entry, date)).toEqual({ score, color });
        colours.add(color);
      }
    }
    expect([...colours].sort()).toEqual(['green', 'red', 'unknown', 'yellow']);
  });

  it('keeps the first of a trait or a category listed twice (a model error checkModel reports)', () => {
    const p = withHealth((h) => {
      h.categories.push(
        { id: 'extra', name: 'Extra', weight: 10, traits: [{ trait: 'versions_behind', healthy: { lte: 0 }, poor: { gte: 1 } }] },
        { id: 'ta_pulse', name: 'Again', weight: 10, traits: [{ trait: 'help_tickets_90d', healthy: { gte: 100 }, poor: { lt: 100 } }] },
      );
    });
    const model = compileModel(p);
    const summary = scoreSummary(model, entry(trait('versions_behind', 1)), AS_OF);
    expect(Object.keys(summary.categories)).toEqual(['ta_pulse', 'technical_health', 'relationships', 'utilization', 'extra']);
    expect(summary.categories.ta_pulse!.score).toBe(100);
    expect(Object.keys(summary.traits).filter((t) => t === 'versions_behind')).toHaveLength(1);
    expect(summary.traits.versions_behind!.status).toBe('healthy'); // the first rule; the second says poor
    expect(summary.traits.help_tickets_90d!.status).toBe('healthy');
  });
});
