import { addDays, dayNumber } from '../engine/index.js';
import type { ImportedCommit, Signature } from '../git/fast-import.js';
import { accountYaml, type DemoAccount } from './demo-account.js';
import { demoAccounts, nextAnniversary, type DemoTeam } from './demo-book.js';
import type { Random } from './demo-random.js';

export interface DemoOptions {
  accounts: number;
  weeks: number;
  /** The last day of the history: the demo ends in the week holding it. */
  end: string;
  random: Random;
  team: DemoTeam & { manager: { name: string; email: string } };
  /** The shipped schemas and playbooks, by path. */
  shipped: Map<string, string>;
}

const SYNC = { name: 'Metrics Sync', email: 'metrics-sync@vitals.example' };
const PULSES = ['healthy', 'concerning', 'poor'] as const;
const NOTES = ['Weekly sync: upgrade planned next sprint.', 'Champion asked for a code search workshop.', 'Usage dipped after the reorg; following up.', 'Exec sponsor joined the call, positive.', 'Help tickets about SSO; sent the guide.', 'Discussed the renewal timeline.'];

/**
 * A team's repository, week by week: the book on the first day, then each Monday a metrics sync
 * (usage and tickets drift, some accounts churning), the TAs' trait edits and notes, renewals as
 * they fall due, and halfway through one model change (weights). Commits in time order.
 */
export function* demoHistory(options: DemoOptions): Generator<ImportedCommit> {
  const { random, team, weeks } = options;
  const start = addDays(options.end, -7 * weeks);
  const accounts = demoAccounts(random, options.accounts, start, team);
  const file = (a: DemoAccount) => `accounts/${a.id}.yaml`;
  const initial = new Map<string, string | null>(options.shipped);
  for (const a of accounts) initial.set(file(a), accountYaml(a));
  yield { author: at(team.manager, start, 9), message: `book: ${accounts.length} accounts, the shipped playbooks`, files: initial };

  const taOf = new Map(team.ta.map((t) => [t.id, t]));
  for (let week = 0; week < weeks; week++) {
    const monday = addDays(start, 7 * week + 1);
    const events: Array<{ day: string; hour: number; make: () => ImportedCommit }> = [];
    events.push({ day: monday, hour: 6, make: () => sync(accounts, monday, random, file) });
    for (let k = 0; k < edits(accounts.length / 8); k++) {
      const a = random.pick(accounts);
      const day = addDays(monday, random.int(0, 4));
      const hour = random.int(9, 17);
      events.push({ day, hour, make: () => pulseEdit(a, day, random, taOf.get(a.owner)!, file(a)) });
    }
    for (let k = 0; k < edits(accounts.length / 10); k++) {
      const a = random.pick(accounts);
      const day = addDays(monday, random.int(0, 4));
      const text = random.pick(NOTES);
      events.push({ day, hour: random.int(9, 17), make: () => note(a, day, text, taOf.get(a.owner)!, file(a)) });
    }
    for (const a of accounts) {
      if (a.renewalDate >= monday && a.renewalDate <= addDays(monday, 6)) {
        const day = a.renewalDate;
        events.push({ day, hour: 16, make: () => renewal(a, day, taOf.get(a.owner)!, file(a)) });
      }
    }
    if (week === Math.floor(weeks / 2)) {
      const day = addDays(monday, 2);
      events.push({ day, hour: 11, make: () => modelChange(options.shipped, day, team.manager) });
    }
    events.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : x.hour - y.hour));
    for (const event of events) if (event.day <= options.end) yield event.make();
  }
}

/** A week's edits: a share of the book, but no more than four TAs make (15 a TA), however large the book. */
const edits = (share: number) => Math.min(60, Math.max(1, Math.round(share)));

function at(who: { name: string; email: string }, day: string, hour: number): Signature {
  return { name: who.name, email: who.email, time: dayNumber(day) * 86_400 + hour * 3600, offset: '+0000' };
}

function sync(accounts: DemoAccount[], monday: string, random: Random, file: (a: DemoAccount) => string): ImportedCommit {
  const files = new Map<string, string>();
  for (const a of accounts) {
    const t = a.traits;
    const drift = 1 + a.trend * 0.06 + (random.next() - 0.5) * 0.08;
    t.mau_last_month = Math.max(0, Math.round(t.mau_last_month * drift));
    t.dau_4wk_avg = Math.max(0, Math.round(t.dau_4wk_avg * (drift + (random.next() - 0.5) * 0.04) * 10) / 10);
    t.help_tickets_90d = Math.max(0, t.help_tickets_90d + random.int(-2, 2) - a.trend);
    t.defect_tickets_90d = Math.max(0, t.defect_tickets_90d + random.int(-1, 1));
    if (random.chance(0.1)) t.versions_behind = t.versions_behind > 2 && random.chance(0.5) ? 0 : t.versions_behind + 1;
    // Drifting accounts go quiet: nobody logs a contact.
    if (random.chance(a.trend < 0 ? 0.1 : 0.6)) t.last_activity = addDays(monday, -random.int(1, 6));
    a.metricsAsOf = monday;
    files.set(file(a), accountYaml(a));
  }
  return { author: at(SYNC, monday, 6), message: `sync: product metrics for the week of ${monday}`, files };
}

function pulseEdit(a: DemoAccount, day: string, random: Random, ta: { name: string; email: string }, path: string): ImportedCommit {
  const before = a.traits.ce_pulse;
  const lean = a.trend < 0 ? 1 : a.trend > 0 ? -1 : 0;
  const index = Math.min(2, Math.max(0, PULSES.indexOf(before) + lean + random.int(-1, 1)));
  a.traits.ce_pulse = PULSES[index]!;
  a.traits.last_activity = day > a.traits.last_activity ? day : a.traits.last_activity;
  // A TA who looks at an account confirms its other manual traits too (the review's e, as
  // vitals set writes it): accounts nobody looked at for 45 days are the stale ones.
  a.reviewed = { ce_pulse: day, active_champion: day, access_to_buyer: day };
  const list = [
    before === a.traits.ce_pulse ? `ce_pulse ${before} (confirmed)` : `ce_pulse ${before} → ${a.traits.ce_pulse}`,
    `active_champion ${a.traits.active_champion} (confirmed)`,
    `access_to_buyer ${a.traits.access_to_buyer} (confirmed)`,
  ];
  const message = `${a.id}: ce_pulse, active_champion, access_to_buyer\n\n${list.map((l) => `- ${l}`).join('\n')}\n\nVitals-Account: ${a.id}\n${['ce_pulse', 'active_champion', 'access_to_buyer'].map((t) => `Vitals-Trait: ${t}\n`).join('')}`;
  return { author: at(ta, day, random.int(9, 17)), message, files: new Map([[path, accountYaml(a)]]) };
}

function note(a: DemoAccount, day: string, text: string, ta: { id?: string; name: string; email: string }, path: string): ImportedCommit {
  a.notes.push({ date: day, author: a.owner, text });
  if (a.notes.length > 5) a.notes.shift();
  return { author: at(ta, day, 14), message: `${a.id}: note\n\nVitals-Account: ${a.id}\n`, files: new Map([[path, accountYaml(a)]]) };
}

function renewal(a: DemoAccount, day: string, ta: { name: string; email: string }, path: string): ImportedCommit {
  a.renewalDate = nextAnniversary(a.renewalDate, day);
  return { author: at(ta, day, 16), message: `${a.id}: renewed to ${a.renewalDate}\n\nVitals-Account: ${a.id}\n`, files: new Map([[path, accountYaml(a)]]) };
}

/** The one model change of the demo: relationships weigh more, utilization less, green starts higher. */
function modelChange(shipped: Map<string, string>, day: string, manager: { name: string; email: string }): ImportedCommit {
  const path = 'playbooks/health-score.yaml';
  const edits: Array<[RegExp, string]> = [
    [/(id: relationships[\s\S]*?weight: )25\b/, '$135'],
    [/(id: utilization[\s\S]*?weight: )55\b/, '$145'],
    [/(colors: \{ green: )66\.7\b/, '$170'],
  ];
  const text = edits.reduce((t, [from, to]) => {
    // The shipped model is ours: a reworded one must not silently make a demo without a model change.
    if (!from.test(t)) throw new Error(`demo: the shipped health model no longer matches ${from}`);
    return t.replace(from, to);
  }, shipped.get(path)!);
  const message = 'model: green from 70, relationships weigh 35, utilization 45\n\nAgreed in the TA team review: usage alone painted engaged accounts green.\n';
  return { author: at(manager, day, 11), message, files: new Map([[path, text]]) };
}
