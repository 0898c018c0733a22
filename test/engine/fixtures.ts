import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { addDays, scoreBook, type AccountScore } from '../../src/engine/index.js';
import type { AccountEntry, Playbooks } from '../../src/load/book.js';
import type { Account, HealthModel } from '../../src/types/schema.js';

const file = (name: string): unknown =>
  parse(readFileSync(new URL(`../../playbooks/${name}.yaml`, import.meta.url), 'utf8'));

/** The playbooks the project ships, parsed as the loader does (YAML 1.2 core: dates stay strings). */
export function shippedPlaybooks(): Playbooks {
  return {
    health: file('health-score') as Playbooks['health'],
    lifecycle: file('lifecycle') as Playbooks['lifecycle'],
    segments: file('segments') as Playbooks['segments'],
    scenarios: file('scenarios') as Playbooks['scenarios'],
    cadences: file('cadences') as Playbooks['cadences'],
    projects: file('projects') as Playbooks['projects'],
    team: file('team') as Playbooks['team'],
    calendar: file('calendar') as Playbooks['calendar'],
  };
}

/** The shipped playbooks with the health model replaced or changed. */
export function withHealth(change: (h: HealthModel) => HealthModel | void): Playbooks {
  const p = shippedPlaybooks();
  const h = structuredClone(p.health);
  return { ...p, health: change(h) ?? h };
}

export const AS_OF = '2026-11-22';

/**
 * A fully healthy, fresh, nurturing enterprise account at AS_OF (renewal 220 days out): every trait
 * healthy, manual traits reviewed a week ago, metrics exported ten days ago. Tests change one field.
 */
export function healthyAccount(): Account {
  return {
    name: 'Acme Corp',
    owner: 'priya',
    segment: 'enterprise',
    arr: 120000,
    seats: 500,
    contract: { close_date: '2025-01-15', renewal_date: '2027-06-30' },
    metrics_as_of: '2026-11-12',
    traits: {
      ce_pulse: 'healthy',
      active_champion: true,
      access_to_buyer: true,
      versions_behind: 1,
      precise_intel: true,
      defect_tickets_90d: 0,
      help_tickets_90d: 3,
      last_activity: '2026-11-18',
      dau_4wk_avg: 200,
      mau_last_month: 450,
    },
    reviewed: { ce_pulse: '2026-11-15', active_champion: '2026-11-15', access_to_buyer: '2026-11-15' },
  };
}

export type Change = (a: Account) => void;

/** An account entry: the healthy account with changes applied. */
export function entry(change?: Change, id = 'acme'): AccountEntry {
  const data = healthyAccount();
  change?.(data);
  return { id, file: `accounts/${id}.yaml`, data };
}

/** Sets (or, with undefined, removes) one trait. */
export function trait(name: string, value: unknown): Change {
  return (a) => {
    const traits = (a.traits ?? {}) as Record<string, unknown>;
    if (value === undefined) delete traits[name];
    else traits[name] = value;
    a.traits = traits as Account['traits'];
  };
}

/** Scores one account (the healthy one, changed) with the shipped playbooks unless given others. */
export function scoreOne(change?: Change, options: { asOf?: string; playbooks?: Playbooks } = {}): AccountScore {
  const [result] = scoreBook({ accounts: [entry(change)], playbooks: options.playbooks ?? shippedPlaybooks() }, options.asOf ?? AS_OF);
  return result!;
}

/** Applies several changes in order. */
export function all(...changes: Change[]): Change {
  return (a) => changes.forEach((c) => c(a));
}

/** `days` calendar days after (negative: before) AS_OF. */
export const day = (days: number, from = AS_OF): string => addDays(from, days);
