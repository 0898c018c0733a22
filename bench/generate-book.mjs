// Writes a synthetic book of N realistic ~40-line accounts (seeded, so every run compares the same
// files) plus the shipped playbooks. The files vary in style, as books edited by people and scripts
// do: the repository's own (flow mappings for small records, double-quoted dates), PyYAML's
// (block sequences at column 0, single-quoted dates), SPEC §2's flow mappings with plain dates, and
// a commented one. ajv-cli parses YAML with js-yaml's default schema, which turns a plain date into
// a Date object: it fails the plain-dated quarter of the files (and still checks every one).
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

/** The style of account `i`: every fourth file is written the same way. */
export const STYLES = ['repo', 'pyyaml', 'flow', 'commented'];

/** One account's fields, drawn from `r` in the same order whatever the style. */
function accountFields(r, i) {
  const seats = int(r, 20, 3000);
  const mau = int(r, 0, seats);
  const id = `account-${String(i).padStart(5, '0')}`;
  return {
    name: `Synthetic Customer ${i}`,
    owner: pick(r, OWNERS),
    segment: pick(r, SEGMENTS),
    arr: int(r, 10, 900) * 1000,
    seats,
    close: date(r, '2022-01-01', 1400),
    renewal: date(r, '2026-12-01', 700),
    traits: [
      ['ce_pulse', pick(r, PULSE)],
      ['active_champion', r() < 0.7],
      ['access_to_buyer', r() < 0.6],
      ['versions_behind', int(r, 0, 7)],
      ['precise_intel', r() < 0.6],
      ['defect_tickets_90d', int(r, 0, 7)],
      ['help_tickets_90d', int(r, 0, 20)],
      ['last_activity', { date: date(r, '2026-09-01', 80) }],
      ['dau_4wk_avg', (mau * (0.1 + r() * 0.4)).toFixed(1)],
      ['mau_last_month', mau],
    ],
    reviewed: ['ce_pulse', 'active_champion', 'access_to_buyer'].map((t) => [t, date(r, '2026-08-01', 110)]),
    lastCbr: date(r, '2026-03-01', 250),
    email: `contact${i}@${id}.example`,
    notes: [
      [date(r, '2026-09-01', 80), 'Weekly sync; upgrade planned'],
      [date(r, '2026-10-01', 50), 'Shared the release notes'],
    ],
    due: date(r, '2026-11-01', 60),
  };
}

export function accountYaml(r, i) {
  const a = accountFields(r, i);
  const style = STYLES[i % STYLES.length];
  // How each style writes a date: double-quoted, single-quoted (PyYAML), or plain (SPEC §2).
  const d = (value) => (style === 'pyyaml' ? `'${value}'` : style === 'flow' ? value : `"${value}"`);
  const value = (v) => (typeof v === 'object' ? d(v.date) : String(v));
  const header = '# yaml-language-server: $schema=../schemas/account.schema.json';
  const top = [`name: Synthetic Customer ${i}`, `owner: ${a.owner}`];
  if (style === 'pyyaml') {
    // PyYAML's safe_dump(sort_keys=False, default_flow_style=False): no flow collections, and
    // block sequences at the column of their key.
    return [
      ...top,
      'team:', '  ae: sam', '  ce: ana',
      `segment: ${a.segment}`, `arr: ${a.arr}`, `seats: ${a.seats}`,
      'contract:', `  close_date: ${d(a.close)}`, `  renewal_date: ${d(a.renewal)}`,
      `metrics_as_of: ${d('2026-11-01')}`,
      'traits:', ...a.traits.map(([k, v]) => `  ${k}: ${value(v)}`),
      'reviewed:', ...a.reviewed.map(([k, v]) => `  ${k}: ${d(v)}`),
      'check_in: monthly', `last_cbr: ${d(a.lastCbr)}`,
      'contacts:', `- name: Contact ${i}`, '  role: champion', `  email: ${a.email}`,
      '  champion_test:', '    power: true', '    sells: true', '    vested: true',
      'notes:', ...a.notes.flatMap(([on, text]) => [`- date: ${d(on)}`, '  author: priya', `  text: ${text}`]),
      'tasks:', '- title: Send upgrade guide', `  due: ${d(a.due)}`, '  done: false',
      '',
    ].join('\n');
  }
  if (style === 'flow') {
    // Flow mappings wherever SPEC §2's examples use them, dates plain.
    return [
      header, ...top,
      'team: {ae: sam, ce: ana}',
      `segment: ${a.segment}`, `arr: ${a.arr}`, `seats: ${a.seats}`,
      `contract: {close_date: ${a.close}, renewal_date: ${a.renewal}}`,
      'metrics_as_of: 2026-11-01',
      `traits: {${a.traits.map(([k, v]) => `${k}: ${value(v)}`).join(', ')}}`,
      `reviewed: {${a.reviewed.map(([k, v]) => `${k}: ${v}`).join(', ')}}`,
      'check_in: monthly', `last_cbr: ${a.lastCbr}`,
      `contacts: [{name: Contact ${i}, role: champion, email: ${a.email}, champion_test: {power: true, sells: true, vested: true}}]`,
      'notes:', ...a.notes.map(([on, text]) => `  - {date: ${on}, author: priya, text: "${text}"}`),
      `tasks: [{title: Send upgrade guide, due: ${a.due}, done: false}]`,
      '',
    ].join('\n');
  }
  const note = (text) => (style === 'commented' ? `  # ${text}` : '');
  return [
    header,
    ...(style === 'commented' ? ['# Synthetic account, written by bench/generate-book.mjs', ''] : []),
    ...top.map((line, k) => `${line}${k === 1 ? note('the TA') : ''}`),
    'team: { ae: sam, ce: ana }',
    `segment: ${a.segment}`, `arr: ${a.arr}${note('USD')}`, `seats: ${a.seats}`,
    'contract:', `  close_date: ${d(a.close)}`, `  renewal_date: ${d(a.renewal)}${note('next renewal')}`,
    `metrics_as_of: ${d('2026-11-01')}`,
    ...(style === 'commented' ? ['', '# Manual traits first, then the generated ones from the export.'] : []),
    'traits:', ...a.traits.map(([k, v]) => `  ${k}: ${value(v)}`),
    'reviewed:', ...a.reviewed.map(([k, v]) => `  ${k}: ${d(v)}`),
    'check_in: monthly', `last_cbr: ${d(a.lastCbr)}`,
    'contacts:', `  - name: Contact ${i}`, '    role: champion', `    email: ${a.email}`,
    '    champion_test: { power: true, sells: true, vested: true }',
    'notes:', ...a.notes.map(([on, text]) => `  - { date: ${d(on)}, author: priya, text: "${text}" }`),
    'tasks:', `  - { title: "Send upgrade guide", due: ${d(a.due)}, done: false }`,
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
