/** One synthetic account of `vitals demo`, as the history generator moves it week by week. */
export interface DemoAccount {
  id: string;
  name: string;
  owner: string;
  ae: string;
  ce: string;
  segment: 'strategic' | 'enterprise' | 'commercial';
  arr: number;
  seats: number;
  closeDate: string;
  renewalDate: string;
  metricsAsOf: string;
  traits: {
    ce_pulse: 'healthy' | 'concerning' | 'poor';
    active_champion: boolean;
    access_to_buyer: boolean;
    versions_behind: number;
    precise_intel: boolean;
    defect_tickets_90d: number;
    help_tickets_90d: number;
    last_activity: string;
    dau_4wk_avg: number;
    mau_last_month: number;
  };
  reviewed: { ce_pulse: string; active_champion: string; access_to_buyer: string };
  override?: { color: 'red'; reason: string; until: string };
  champion: string;
  notes: Array<{ date: string; author: string; text: string }>;
  /** Where usage is heading, -1 (churning) to 1 (growing). */
  trend: number;
}

/** The account file, as a TA would write it: the keys in SPEC §2's order. */
export function accountYaml(a: DemoAccount): string {
  const t = a.traits;
  const lines = [
    '# yaml-language-server: $schema=../schemas/account.schema.json',
    `name: ${JSON.stringify(a.name)}`,
    `owner: ${a.owner}`,
    `team: { ae: ${a.ae}, ce: ${a.ce} }`,
    `segment: ${a.segment}`,
    `arr: ${a.arr}`,
    `seats: ${a.seats}`,
    'contract:',
    `  close_date: ${a.closeDate}`,
    `  renewal_date: ${a.renewalDate}`,
    `metrics_as_of: ${a.metricsAsOf}`,
    'traits:',
    ...Object.entries(t).map(([key, value]) => `  ${key}: ${value}`),
    'reviewed:',
    ...Object.entries(a.reviewed).map(([key, value]) => `  ${key}: ${value}`),
  ];
  if (a.override) lines.push(`override: { color: ${a.override.color}, reason: ${JSON.stringify(a.override.reason)}, until: ${a.override.until} }`);
  lines.push('contacts:', `  - name: ${JSON.stringify(a.champion)}`, '    role: champion', `    email: ${a.champion.toLowerCase().replace(/[^a-z]+/g, '.')}@${a.id}.example`, '    champion_test: { power: true, sells: true, vested: true }');
  if (a.notes.length > 0) {
    lines.push('notes:');
    for (const n of a.notes) lines.push(`  - { date: ${n.date}, author: ${n.author}, text: ${JSON.stringify(n.text)} }`);
  }
  return `${lines.join('\n')}\n`;
}
