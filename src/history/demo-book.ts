import { addDays } from '../engine/index.js';
import type { DemoAccount } from './demo-account.js';
import type { Random } from './demo-random.js';

export interface DemoTeam {
  ta: Array<{ id: string; name: string; email: string }>;
  ae: string[];
  ce: string[];
}

const FIRST = ['Acme', 'Alder', 'Amber', 'Arbor', 'Aster', 'Beacon', 'Birch', 'Blue', 'Bright', 'Cedar', 'Cinder', 'Cobalt', 'Copper', 'Coral', 'Crest', 'Delta', 'Drift', 'Ember', 'Falcon', 'Fern', 'Flint', 'Glass', 'Granite', 'Harbor', 'Helix', 'Indigo', 'Iron', 'Juniper', 'Kestrel', 'Lark', 'Lumen', 'Maple', 'Meadow', 'Nimbus', 'North', 'Oak', 'Onyx', 'Orchid', 'Pebble', 'Pine', 'Quartz', 'Raven', 'Ridge', 'Sable', 'Silver', 'Spruce', 'Summit', 'Tide', 'Umber', 'Vale', 'Willow', 'Zephyr'];
const SECOND = ['Analytics', 'Bank', 'Biotech', 'Cloud', 'Data', 'Energy', 'Finance', 'Foods', 'Games', 'Health', 'Insurance', 'Labs', 'Logistics', 'Media', 'Mobility', 'Networks', 'Payments', 'Pharma', 'Retail', 'Robotics', 'Security', 'Software', 'Studio', 'Systems', 'Telecom', 'Travel'];
const PEOPLE = ['Alex Kim', 'Bea Novak', 'Chidi Obi', 'Dana Cruz', 'Eli Stone', 'Farah Aziz', 'Gus Moreau', 'Ivy Chen', 'Jon Berg', 'Kai Sato', 'Lena Wolf', 'Mia Rossi', 'Nils Dahl', 'Omar Haddad', 'Pia Laine', 'Ravi Iyer'];

/** `n` accounts as they stand on `start`: sizes, contracts and usage drawn from `random`. */
export function demoAccounts(random: Random, n: number, start: string, team: DemoTeam): DemoAccount[] {
  const used = new Set<string>();
  const accounts: DemoAccount[] = [];
  for (let i = 0; i < n; i++) {
    const base = `${random.pick(FIRST)} ${random.pick(SECOND)}`;
    const slug = base.toLowerCase().replace(/ /g, '-');
    let k = 1;
    while (used.has(k === 1 ? slug : `${slug}-${k}`)) k++;
    const id = k === 1 ? slug : `${slug}-${k}`;
    const name = k === 1 ? base : `${base} ${k}`;
    used.add(id);
    const seats = random.int(50, 2000);
    const arr = Math.round((seats * random.int(80, 400)) / 1000) * 1000;
    const mau = Math.round(seats * (0.55 + random.next() * 0.5));
    const closeDate = addDays(start, -random.int(90, 900));
    const renewalDate = nextAnniversary(closeDate, start);
    const reviewed = addDays(start, -random.int(0, 40));
    const account: DemoAccount = {
      id,
      name,
      owner: team.ta[i % team.ta.length]!.id,
      ae: random.pick(team.ae),
      ce: random.pick(team.ce),
      segment: arr >= 300_000 ? 'strategic' : arr >= 80_000 ? 'enterprise' : 'commercial',
      arr,
      seats,
      closeDate,
      renewalDate,
      metricsAsOf: addDays(start, -7),
      traits: {
        ce_pulse: random.chance(0.75) ? 'healthy' : random.chance(0.7) ? 'concerning' : 'poor',
        active_champion: random.chance(0.8),
        access_to_buyer: random.chance(0.7),
        versions_behind: random.int(0, 5),
        precise_intel: random.chance(0.7),
        defect_tickets_90d: random.int(0, 6),
        help_tickets_90d: random.int(0, 16),
        last_activity: addDays(start, -random.int(0, 35)),
        dau_4wk_avg: Math.round(mau * (0.22 + random.next() * 0.2) * 10) / 10,
        mau_last_month: mau,
      },
      reviewed: { ce_pulse: reviewed, active_champion: reviewed, access_to_buyer: reviewed },
      champion: random.pick(PEOPLE),
      notes: [],
      // A fifth of the book is drifting away, a fifth growing; the rest wobbles.
      trend: random.chance(0.2) ? -1 : random.chance(0.25) ? 1 : 0,
    };
    if (random.chance(0.05)) account.override = { color: 'red', reason: 'exec escalation pending', until: addDays(start, random.int(10, 60)) };
    accounts.push(account);
  }
  return accounts;
}

/** The first anniversary of `date` after `after`: contracts renew yearly. */
export function nextAnniversary(date: string, after: string): string {
  let y = Number(date.slice(0, 4)) + 1;
  const md = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4);
  while (`${y}${md}` <= after) y++;
  return `${y}${md}`;
}
