import { describe, expect, it } from 'vitest';
import { addDays, scoreBook } from '../../src/engine/index.js';
import { all, AS_OF, day, healthyAccount, scoreOne, trait, withHealth, type Change } from './fixtures.js';

const reviewed = (name: string, date: string | undefined): Change => (a) => {
  const r = (a.reviewed ?? {}) as Record<string, string>;
  if (date === undefined) delete r[name];
  else r[name] = date;
  a.reviewed = r;
};

describe('manual traits (max_age_days 45)', () => {
  it('are fresh when reviewed 45 days ago', () => {
    const r = scoreOne(reviewed('ce_pulse', day(-45)));
    expect(r.traits.ce_pulse!.stale).toBe(false);
    expect(r.scenarios).not.toContain('stale_traits');
  });

  it('are stale one day later, still scored, and say why', () => {
    const r = scoreOne(reviewed('ce_pulse', day(-46)));
    expect(r.traits.ce_pulse).toMatchObject({ status: 'healthy', score: 100, stale: true });
    expect(r.explanation.stale).toEqual(['ce_pulse']);
    expect(r.explanation.traits[0]!.stale_reason).toBe('reviewed 2026-10-07, 46 days ago (max 45)');
    expect(r.scenarios).toContain('stale_traits');
  });

  it('are stale when never reviewed', () => {
    const r = scoreOne(reviewed('active_champion', undefined));
    expect(r.traits.active_champion!.stale).toBe(true);
    expect(r.explanation.traits.find((t) => t.trait === 'active_champion')!.stale_reason).toBe('never reviewed (max 45 days)');
  });

  it('are missing, not stale, without a value', () => {
    const r = scoreOne(all(trait('access_to_buyer', undefined), reviewed('access_to_buyer', undefined)));
    expect(r.traits.access_to_buyer).toMatchObject({ status: 'missing', stale: false });
  });
});

describe('generated traits and derived metrics (35 days after metrics_as_of)', () => {
  const exported = (days: number): Change => (a) => void (a.metrics_as_of = day(-days));

  it('are fresh 35 days after the export', () => {
    const r = scoreOne(exported(35));
    expect(Object.values(r.traits).some((t) => t.stale)).toBe(false);
  });

  it('are stale 36 days after it, derived metrics included', () => {
    const r = scoreOne(exported(36));
    for (const t of ['versions_behind', 'precise_intel', 'defect_tickets_90d', 'help_tickets_90d', 'usage_score', 'mau_over_seats', 'days_since_last_activity']) {
      expect(r.traits[t]!.stale, t).toBe(true);
    }
    expect(r.traits.ce_pulse!.stale).toBe(false);
    expect(r.scenarios).not.toContain('stale_traits'); // that scenario is about manual traits
  });

  it('are not stale without metrics_as_of', () => {
    const r = scoreOne((a) => void delete a.metrics_as_of);
    expect(Object.values(r.traits).some((t) => t.stale)).toBe(false);
  });

  it('a metric is stale only when it has a value', () => {
    const r = scoreOne(all(exported(40), trait('mau_last_month', 0)));
    expect(r.traits.usage_score).toMatchObject({ status: 'missing', stale: false });
  });

  it('a stale condition works on raw traits too', () => {
    const p = withHealth((h) => void (h.guardrails = [{ when: { stale: 'last_activity' }, max_color: 'red' }]));
    expect(scoreOne(exported(36), { playbooks: p }).color).toBe('red');
    expect(scoreOne(exported(35), { playbooks: p }).color).toBe('green');
  });
});

describe('a metric that only a condition uses', () => {
  it('is stale with its generated inputs, even when no trait scores it', () => {
    const playbooks = withHealth((h) => {
      h.metrics = { ...h.metrics, days_quiet: { days_since: 'last_activity' } };
    });
    playbooks.scenarios = {
      scenarios: [...playbooks.scenarios.scenarios, { id: 'quiet_data', title: 'Quiet data', when: { stale: 'days_quiet' }, actions: ['Refresh the export.'] }],
    };
    const account = healthyAccount();
    const fresh = scoreBook({ accounts: [{ id: 'acme', file: 'accounts/acme.yaml', data: account }], playbooks }, AS_OF)[0]!;
    expect(fresh.scenarios).not.toContain('quiet_data');
    account.metrics_as_of = addDays(AS_OF, -36);
    const old = scoreBook({ accounts: [{ id: 'acme', file: 'accounts/acme.yaml', data: account }], playbooks }, AS_OF)[0]!;
    expect(old.scenarios).toContain('quiet_data');
  });
});
