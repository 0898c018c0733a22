import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vitals } from '../helpers/book.js';
import { commitCount, git, gitBook } from './git-book.js';

const AS_OF = ['--as-of', '2026-11-22'];
const OWNERS = ['priya', 'marco.bellini@lodestar.example', 'HANA.OKAFOR@lodestar.example', 'theo'];
const SEGMENTS = ['Enterprise', 'Commercial', 'Strategic'];

/** A CRM's account report as it exports it: its own column names, money with $ and commas, a column vitals has no use for. */
function salesforceExport(rows: string[][] = []): string {
  const header = 'Account Name,Account Owner,Type,Annual Contract Value,Licenses,Close Date,Renewal Date,Versions Behind,Last Activity,Billing City';
  const generated = Array.from({ length: 20 - rows.length }, (_, i) => [
    `Customer ${String.fromCharCode(65 + i)} Holdings`,
    OWNERS[i % OWNERS.length]!,
    SEGMENTS[i % SEGMENTS.length]!,
    `"$${(i + 1) * 10},000"`,
    String((i + 1) * 25),
    '2025-02-01',
    `2027-0${(i % 9) + 1}-15`,
    i % 2 === 0 ? String(i % 5) : '',
    '2026-11-02',
    'Springfield',
  ]);
  return `${[header, ...[...generated, ...rows].map((r) => r.join(','))].join('\n')}\n`;
}

const MAP = `# Salesforce account report -> vitals
Account Name: name
Account Owner: owner
Type: segment
Annual Contract Value: arr
Licenses: seats
Close Date: close_date
Renewal Date: renewal_date
Versions Behind: versions_behind
Last Activity: last_activity
Billing City: "-"
`;

/** A book in git, the export and the mapping file beside its files (git told to ignore them, as a user's downloads would be). */
function setUp(csv: string) {
  const dir = gitBook();
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'export.*\nsalesforce.yaml\n');
  writeFileSync(join(dir, 'export.csv'), csv);
  writeFileSync(join(dir, 'salesforce.yaml'), MAP);
  return { dir, file: join(dir, 'export.csv'), map: join(dir, 'salesforce.yaml') };
}

const accountsIn = (dir: string) => readdirSync(join(dir, 'accounts')).sort();

describe('vitals import FILE --create: new accounts from a platform export', () => {
  it('creates 20 accounts from a CRM export read through a column map: one commit, ids from names, a collision resolved and reported', async () => {
    const { dir, file, map } = setUp(salesforceExport([['Customer A. Holdings', 'priya', 'Enterprise', '50000', '100', '2025-01-15', '2027-01-15', '', '', 'Paris']]));
    const { code, stdout, stderr } = await vitals(['import', '--repo', dir, ...AS_OF, '--metrics-date', '2026-11-01', file, '--create', '--map', map]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('20 new accounts in accounts/');
    expect(stdout).toContain("customer-a-holdings-2: Customer A. Holdings (row 21) would be customer-a-holdings, which is row 2's already");
    expect(accountsIn(dir)).toHaveLength(21);
    expect(commitCount(dir)).toBe(2);
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n')).toHaveLength(20);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(readFileSync(join(dir, 'accounts', 'customer-a-holdings.yaml'), 'utf8')).toBe(
      [
        '# yaml-language-server: $schema=../schemas/account.schema.json',
        'name: Customer A Holdings',
        'owner: priya',
        'segment: enterprise',
        'arr: 10000',
        'seats: 25',
        'contract:',
        '  close_date: 2025-02-01',
        '  renewal_date: 2027-01-15',
        'metrics_as_of: 2026-11-01',
        'traits:',
        '  versions_behind: 0',
        '  last_activity: 2026-11-02',
        '',
      ].join('\n'),
    );
    // Owners by e-mail, in any case, become the team member's id.
    expect(readFileSync(join(dir, 'accounts', 'customer-b-holdings.yaml'), 'utf8')).toContain('owner: marco\n');
    expect(readFileSync(join(dir, 'accounts', 'customer-c-holdings.yaml'), 'utf8')).toContain('owner: hana\n');
    expect(await vitals(['validate', '--repo', dir, ...AS_OF])).toMatchObject({ code: 0 });
  });

  it('two names giving one id: the second gets the next free suffix, and the output says which and why', async () => {
    const csv = 'name,owner,segment,arr,seats,close_date,renewal_date\nNorth Wind,priya,enterprise,1000,10,2025-01-01,2027-01-01\nNorth-Wind,marco,commercial,2000,20,2025-01-01,2027-01-01\nnorth wind!,theo,commercial,3000,30,2025-01-01,2027-01-01\n';
    const { dir, file } = setUp(csv);
    const { code, stdout } = await vitals(['import', '--repo', dir, ...AS_OF, file, '--create']);
    expect(code).toBe(0);
    expect(stdout).toContain('north-wind-2: North-Wind (row 3) would be north-wind, which is row 2\'s already');
    expect(stdout).toContain('north-wind-3: north wind! (row 4) would be north-wind, which is row 2\'s already');
    expect(readFileSync(join(dir, 'accounts', 'north-wind-3.yaml'), 'utf8')).toContain('name: "north wind!"\n');
    // The same export again: those accounts are there, so nothing is made twice.
    const again = await vitals(['import', '--repo', dir, ...AS_OF, file, '--create']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('row 3, name: North-Wind is already in the book (accounts/north-wind-2.yaml)');
    expect(commitCount(dir)).toBe(2);
  });

  it('an owner who is not in the team: the row and the owner named, nothing written', async () => {
    const { dir, file, map } = setUp(salesforceExport([['Zed Ltd', 'zoe@elsewhere.example', 'Commercial', '9000', '9', '2025-01-15', '2027-01-15', '', '', 'Oslo']]));
    const before = accountsIn(dir);
    const { code, stdout, stderr } = await vitals(['import', '--repo', dir, ...AS_OF, file, '--create', '--map', map]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('row 21, owner: "zoe@elsewhere.example" is no one in playbooks/team.yaml (by id or e-mail)');
    expect(stderr).toContain('no account was created');
    expect(accountsIn(dir)).toEqual(before);
    expect(commitCount(dir)).toBe(1);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('a row validate would refuse (renewal before close) is refused here, before it is committed', async () => {
    const { dir, file, map } = setUp(salesforceExport([['Zed Ltd', 'priya', 'Commercial', '9000', '9', '2025-01-15', '2024-01-15', '', '', 'Oslo']]));
    const before = accountsIn(dir);
    const { code, stderr } = await vitals(['import', '--repo', dir, ...AS_OF, file, '--create', '--map', map]);
    expect(code).toBe(1);
    expect(stderr).toContain('row 21: renewal date is before the close date');
    expect(accountsIn(dir)).toEqual(before);
    expect(commitCount(dir)).toBe(1);
  });

  it('an amount that reads two ways (120.000: European thousands or American decimals) is asked about, not guessed', async () => {
    const { dir, file, map } = setUp(salesforceExport([['Zed Ltd', 'priya', 'Commercial', '120.000', '9', '2025-01-15', '2027-01-15', '', '', 'Oslo']]));
    const { code, stderr } = await vitals(['import', '--repo', dir, ...AS_OF, file, '--create', '--map', map]);
    expect(code).toBe(1);
    expect(stderr).toContain('row 21, arr: arr "120.000" could be read two ways: write it with no thousands separator (120000 or 120)');
    expect(commitCount(dir)).toBe(1);
  });

  it('an id that would escape accounts/ is refused, with every other bad cell, and nothing is written', async () => {
    const csv = [
      'Account ID,name,owner,segment,arr,seats,close_date,renewal_date',
      '../../etc/evil,Evil Inc,priya,enterprise,1,1,2025-01-01,2027-01-01',
      'accounts/../team,Team Inc,priya,enterprise,1,1,2025-01-01,2027-01-01',
      'fine-co,Fine Co,priya,enterprize,lots,0,2025-02-30,2027-01-01',
      'acme,Acme Again,priya,enterprise,1,1,2025-01-01,2027-01-01',
    ].join('\n');
    const { dir, file } = setUp(csv);
    const { code, stderr } = await vitals(['import', '--repo', dir, ...AS_OF, file, '--create', '--map', 'Account ID=id']);
    expect(code).toBe(1);
    for (const expected of [
      'row 2, id: "../../etc/evil" would name a file outside accounts/',
      'row 3, id: "accounts/../team" would name a file outside accounts/',
      'row 4, segment: segment is one of strategic, enterprise, commercial, not "enterprize" (did you mean "enterprise"?)',
      'row 4, arr: arr is a number of at least 0, not "lots"',
      'row 4, seats: seats is a whole number of at least 1, not "0"',
      'row 4, close_date: close_date is a date that exists',
      'row 5, id: acme is already in the book',
    ]) expect(stderr).toContain(expected);
    expect(accountsIn(dir)).toEqual(['acme.yaml']);
    expect(existsSync(join(dir, '..', 'etc'))).toBe(false);
    expect(commitCount(dir)).toBe(1);
  });

  it('an unmapped column is a problem of the header with its fix; a JSON export works the same', async () => {
    const { dir, file } = setUp(salesforceExport());
    const { code, stderr } = await vitals(['import', '--repo', dir, ...AS_OF, file, '--create']);
    expect(code).toBe(1);
    expect(stderr).toContain('header, Account Name: unknown column "Account Name": map it to a field with --map "Account Name=FIELD"');
    expect(stderr).toContain('header: no name column');
    const json = join(dir, 'export.json');
    writeFileSync(json, JSON.stringify([{ Name: 'Json Co', owner: 'theo', segment: 'commercial', arr: 70000, seats: 70, close_date: '2025-05-05', renewal_date: '2027-05-05', ce_pulse: 'healthy' }]));
    const made = await vitals(['import', '--repo', dir, ...AS_OF, json, '--create', '--map', 'Name=name']);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    // A manual trait comes with no reviewed date: no TA has confirmed it yet.
    const text = readFileSync(join(dir, 'accounts', 'json-co.yaml'), 'utf8');
    expect(text).toContain('traits:\n  ce_pulse: healthy\n');
    expect(text).not.toContain('reviewed');
    expect(text).not.toContain('metrics_as_of');
  });

  it('--map belongs to --create, and --create is all or nothing: either mistake is a usage error', async () => {
    const { dir, file } = setUp('name\n');
    expect((await vitals(['import', '--repo', dir, file, '--map', 'Name=name'])).code).toBe(2);
    expect((await vitals(['import', '--repo', dir, file, '--create', '--skip-invalid'])).code).toBe(2);
    expect((await vitals(['import', '--repo', dir, file, '--create', '--map', 'Name'])).stderr).toContain('neither COLUMN=FIELD nor a mapping file');
  });
});
