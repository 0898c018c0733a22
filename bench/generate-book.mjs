// Writes a synthetic book of N realistic ~40-line accounts (seeded, so every run compares the same
// files) plus the shipped playbooks. Dates are quoted: ajv-cli parses YAML with js-yaml's default
// schema, which would turn a plain date into a Date object and fail every file.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OWNERS = ['priya', 'marco', 'hana', 'theo'];
const PULSE = ['healthy', 'healthy', 'concerning', 'poor'];
const SEGMENTS = ['strategic', 'enterprise', 'commercial', 'commercial'];

const pick = (r, list) => list[Math.floor(r() * list.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const date = (r, from, days) => {
  const d = new Date(Date.UTC(...from.split('-').map((n, i) => Number(n) - (i === 1 ? 1 : 0))) + int(r, 0, days) * 864e5);
  return d.toISOString().slice(0, 10);
};

export function accountYaml(r, i) {
  const seats = int(r, 20, 3000);
  const mau = int(r, 0, seats);
  const id = `account-${String(i).padStart(5, '0')}`;
  return [
    '# yaml-language-server: $schema=../schemas/account.schema.json',
    `name: Synthetic Customer ${i}`,
    `owner: ${pick(r, OWNERS)}`,
    'team: { ae: sam, ce: ana }',
    `segment: ${pick(r, SEGMENTS)}`,
    `arr: ${int(r, 10, 900) * 1000}`,
    `seats: ${seats}`,
    'contract:',
    `  close_date: "${date(r, '2022-01-01', 1400)}"`,
    `  renewal_date: "${date(r, '2026-12-01', 700)}"`,
    'metrics_as_of: "2026-11-01"',
    'traits:',
    `  ce_pulse: ${pick(r, PULSE)}`,
    `  active_champion: ${r() < 0.7}`,
    `  access_to_buyer: ${r() < 0.6}`,
    `  versions_behind: ${int(r, 0, 7)}`,
    `  precise_intel: ${r() < 0.6}`,
    `  defect_tickets_90d: ${int(r, 0, 7)}`,
    `  help_tickets_90d: ${int(r, 0, 20)}`,
    `  last_activity: "${date(r, '2026-09-01', 80)}"`,
    `  dau_4wk_avg: ${(mau * (0.1 + r() * 0.4)).toFixed(1)}`,
    `  mau_last_month: ${mau}`,
    'reviewed:',
    `  ce_pulse: "${date(r, '2026-08-01', 110)}"`,
    `  active_champion: "${date(r, '2026-08-01', 110)}"`,
    `  access_to_buyer: "${date(r, '2026-08-01', 110)}"`,
    'check_in: monthly',
    `last_cbr: "${date(r, '2026-03-01', 250)}"`,
    'contacts:',
    `  - name: Contact ${i}`,
    '    role: champion',
    `    email: contact${i}@${id}.example`,
    '    champion_test: { power: true, sells: true, vested: true }',
    'notes:',
    `  - { date: "${date(r, '2026-09-01', 80)}", author: priya, text: "Weekly sync; upgrade planned" }`,
    `  - { date: "${date(r, '2026-10-01', 50)}", author: priya, text: "Shared the release notes" }`,
    'tasks:',
    `  - { title: "Send upgrade guide", due: "${date(r, '2026-11-01', 60)}", done: false }`,
    '',
  ].join('\n');
}

/** Writes the book into dir (which must exist) and returns dir. */
export function generateBook(dir, { accounts = 10000, seed = 1, playbooks } = {}) {
  const r = rng(seed);
  cpSync(playbooks, join(dir, 'playbooks'), { recursive: true });
  mkdirSync(join(dir, 'accounts'), { recursive: true });
  for (let i = 1; i <= accounts; i++) {
    writeFileSync(join(dir, 'accounts', `account-${String(i).padStart(5, '0')}.yaml`), accountYaml(r, i));
  }
  return dir;
}
