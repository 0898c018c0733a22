import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBook } from '../../bench/generate-book.mjs';
import { repoRoot, validAccount, vitals } from '../helpers/book.js';
import { commitCount, git, gitBook, read } from './git-book.js';

const AS_OF = ['--as-of', '2026-11-22'];
const HEADER = 'id,versions_behind,precise_intel,defect_tickets_90d,help_tickets_90d,last_activity,dau_4wk_avg,mau_last_month';
const books = () => gitBook({ 'accounts/zeta.yaml': validAccount.replace('Acme Corp', 'Zeta') });
const importFile = (dir: string, name: string, text: string, ...args: string[]) => {
  writeFileSync(join(dir, name), text);
  return vitals(['import', '--repo', dir, ...AS_OF, '--metrics-date', '2026-11-01', join(dir, name), ...args]);
};

describe('vitals import: generated traits from the monthly export, one commit', () => {
  it('reads a European export separated by semicolons, detected or named with --delimiter', async () => {
    const dir = books();
    const semicolons = `${HEADER.replace(/,/g, ';')}\nacme;6;;9;;2026-10-30;40;400\n`;
    const detected = await importFile(dir, 'export.csv', semicolons);
    expect(detected.stderr).toBe('');
    expect(detected.code).toBe(0);
    expect(read(dir).toString()).toContain('versions_behind: 6');
    const named = await importFile(dir, 'export.csv', semicolons.replace(';6;', ';7;').replace(/;/g, '|'), '--delimiter', '|');
    expect(named.code).toBe(0);
    expect(read(dir).toString()).toContain('versions_behind: 7');
    expect((await importFile(dir, 'export.csv', semicolons, '--delimiter', ';;')).code).toBe(2);
  });

  it('leaves metrics_as_of as it was when the export has no column for a generated trait the account holds, and says so', async () => {
    const dir = books();
    writeFileSync(join(dir, 'partial.csv'), 'id,versions_behind\nacme,6\n');
    const partial = await vitals(['import', '--repo', dir, ...AS_OF, '--metrics-date', '2026-11-20', join(dir, 'partial.csv')]);
    expect(partial.stderr).toBe('');
    expect(partial.code).toBe(0);
    expect(partial.stdout).toContain('metrics_as_of left as it was for 1 account: the export has no column for dau_4wk_avg, defect_tickets_90d, help_tickets_90d, last_activity, mau_last_month, precise_intel, which it holds\n');
    expect(read(dir).toString()).toContain('versions_behind: 6');
    expect(read(dir).toString()).toContain('metrics_as_of: 2026-11-01');
    // The whole export moves it.
    writeFileSync(join(dir, 'whole.csv'), `${HEADER}\nacme,7,true,9,1,2026-10-30,40,400\n`);
    const whole = await vitals(['import', '--repo', dir, ...AS_OF, '--metrics-date', '2026-11-20', join(dir, 'whole.csv')]);
    expect(whole.code).toBe(0);
    expect(whole.stdout).not.toContain('metrics_as_of left');
    expect(read(dir).toString()).toContain('metrics_as_of: 2026-11-20\n');
  });

  it('refuses a file that never ends (/dev/zero) at the size limit, and a folder, as usage errors', async () => {
    const dir = books();
    const endless = await vitals(['import', '--repo', dir, ...AS_OF, '/dev/zero']);
    expect(endless).toMatchObject({ code: 2, stdout: '', stderr: 'vitals: /dev/zero is larger than 64 MiB, more than an export of any book: is it the right file?\n' });
    expect(await vitals(['import', '--repo', dir, ...AS_OF, dir])).toMatchObject({ code: 2, stderr: `vitals: ${dir} is a folder: give the export's file\n` });
    expect(read(dir).toString()).toBe(validAccount);
  });

  it('reads a tab-separated export without being told', async () => {
    const dir = books();
    const { code, stderr } = await importFile(dir, 'export.tsv', `${HEADER.replace(/,/g, '\t')}\nacme\t6\t\t9\t\t2026-10-30\t40\t400\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(read(dir).toString()).toContain('versions_behind: 6');
  });

  it('refuses a decimal comma with a sentence that says how to write the number, and writes nothing', async () => {
    const dir = books();
    const { code, stderr } = await importFile(dir, 'export.csv', `${HEADER.replace(/,/g, ';')}\nacme;6;;9;;2026-10-30;40,5;400\n`);
    expect(code).toBe(1);
    expect(stderr).toContain('row 2, dau_4wk_avg: dau_4wk_avg is a number, not "40,5": write numbers with a decimal point and no thousands separator');
    expect(read(dir).toString()).toBe(validAccount);
  });

  it('updates the traits given, leaves empty cells alone, and commits once with a summary', async () => {
    const dir = books();
    const csv = `${HEADER}\nacme,6,,9,,2026-10-30,40,400\nzeta,,false,,,,,\n`;
    const { code, stdout } = await importFile(dir, 'export.csv', csv);
    expect(code).toBe(0);
    expect(stdout).toContain('metrics sync 2026-11-01: 2 accounts updated, 0 unchanged');
    expect(stdout).toMatch(/colour changes: 1 \(green → (yellow|red) 1\)|no colour changed/);
    expect(commitCount(dir)).toBe(2);
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('metrics sync 2026-11-01: 2 accounts\n');
    // The trailers name the accounts and the traits the commit changed, not every column of the file
    // (last_activity stays: the export's 2026-10-30 is older than acme's own).
    expect(git(dir, ['log', '-1', '--format=%(trailers:only,unfold)'])).toBe(
      'Vitals-Account: acme\nVitals-Account: zeta\nVitals-Trait: versions_behind\nVitals-Trait: precise_intel\nVitals-Trait: defect_tickets_90d\nVitals-Trait: dau_4wk_avg\nVitals-Trait: mau_last_month\n\n',
    );
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('accounts/acme.yaml\naccounts/zeta.yaml\n');
    const acme = read(dir).toString();
    expect(acme).toContain('  versions_behind: 6\n  precise_intel: true\n  defect_tickets_90d: 9\n  help_tickets_90d: 4\n  last_activity: 2026-11-10\n  dau_4wk_avg: 40\n  mau_last_month: 400\n');
    expect(read(dir, 'accounts/zeta.yaml').toString()).toContain('  precise_intel: false\n');
    expect(git(dir, ['status', '--porcelain', '--', 'accounts'])).toBe('');
  });

  it('reads TRUE and FALSE as a spreadsheet exports them', async () => {
    const dir = books();
    const { code } = await importFile(dir, 'export.csv', `${HEADER}\nacme,,FALSE,,,,,\nzeta,,False,,,,,\n`);
    expect(code).toBe(0);
    expect(read(dir).toString()).toContain('  precise_intel: false\n');
    expect(read(dir, 'accounts/zeta.yaml').toString()).toContain('  precise_intel: false\n');
  });

  it('reads a JSON array too', async () => {
    const dir = books();
    const { code } = await importFile(dir, 'export.json', JSON.stringify([{ id: 'acme', versions_behind: 4, precise_intel: false, dau_4wk_avg: null }]));
    expect(code).toBe(0);
    expect(read(dir).toString()).toContain('  versions_behind: 4\n  precise_intel: false\n');
  });

  it('with a bad row reports every problem with its row and column, and writes nothing', async () => {
    const dir = books();
    const csv = `${HEADER},ce_pulse,colour\nacme,lots,true,1,1,2026-10-30,40,400,poor,red\n../team,1,true,1,1,2026-10-30,40,400,,\nnobody,1,true,1,1,2026-10-30,40,400,,\nzeta,2,maybe,1,1,2026-02-30,40,400,,\n`;
    const { code, stderr } = await importFile(dir, 'export.csv', csv);
    expect(code).toBe(1);
    for (const expected of [
      'header, ce_pulse: ce_pulse is a manual trait',
      'header, colour: unknown column "colour"',
      'row 2, versions_behind: versions_behind is a whole number, not "lots"',
      'row 3, id: "../team" is not an account id',
      'row 4, id: no account "nobody" in the book',
      'row 5, precise_intel: precise_intel is true or false, not "maybe"',
      'row 5, last_activity: last_activity is a date that exists',
    ]) expect(stderr).toContain(expected);
    expect(stderr).toContain('nothing was imported');
    expect(read(dir).toString()).toBe(validAccount);
    expect(commitCount(dir)).toBe(1);
    expect(git(dir, ['status', '--porcelain', '--', 'accounts'])).toBe('');
  });

  it('with --skip-invalid imports the valid rows, reports the others, and exits 1', async () => {
    const dir = books();
    const csv = `${HEADER}\nacme,lots,,,,,,\nzeta,5,,,,,,\n`;
    const { code, stdout, stderr } = await importFile(dir, 'export.csv', csv, '--skip-invalid');
    expect(code).toBe(1);
    expect(stderr).toContain('row 2, versions_behind');
    expect(stdout).toContain('1 account updated, 0 unchanged, 1 row skipped');
    expect(read(dir).toString()).toBe(validAccount);
    expect(read(dir, 'accounts/zeta.yaml').toString()).toContain('  versions_behind: 5\n');
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('metrics sync 2026-11-01: 1 account\n');
  });

  it('refuses when an account it would change has uncommitted work', async () => {
    const dir = books();
    writeFileSync(join(dir, 'accounts', 'zeta.yaml'), `${validAccount.replace('Acme Corp', 'Zeta')}x_draft: true\n`);
    const { code, stderr } = await importFile(dir, 'export.csv', `${HEADER}\nacme,5,,,,,,\nzeta,5,,,,,,\n`);
    expect(code).toBe(1);
    expect(stderr).toContain('accounts/zeta.yaml has uncommitted changes, so nothing was written');
    expect(read(dir).toString()).toBe(validAccount);
  });

  it('imports 10,000 rows in one commit', { timeout: 180_000 }, async () => {
    const dir = gitBook();
    generateBook(dir, { accounts: 10_000, seed: 3, playbooks: join(repoRoot, 'playbooks') });
    git(dir, ['add', 'accounts']);
    git(dir, ['commit', '-q', '-m', '10,000 accounts']);
    const rows = Array.from({ length: 10_000 }, (_, i) => `account-${String(i + 1).padStart(5, '0')},${i % 8},${i % 2 === 0},${i % 6},${i % 17},2026-10-${String(1 + (i % 28)).padStart(2, '0')},${(i % 250) + 0.5},${(i % 800) + 5}`);
    const { code, stdout, stderr } = await importFile(dir, 'export.csv', `${HEADER}\n${rows.join('\n')}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('metrics sync 2026-11-01: 10000 accounts updated');
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('metrics sync 2026-11-01: 10000 accounts\n');
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n')).toHaveLength(10_000);
    expect(read(dir, 'accounts/account-00001.yaml').toString()).toContain("metrics_as_of: '2026-11-01'\n");
  });
});

describe('vitals import never puts older data over newer (issue 11, item 4)', () => {
  const newer = () => gitBook({ 'accounts/zeta.yaml': validAccount.replace('Acme Corp', 'Zeta').replace('metrics_as_of: 2026-11-01', 'metrics_as_of: 2026-11-15') });

  it('refuses a metrics date older than an account\'s metrics_as_of, naming it, unless --force', async () => {
    const dir = newer();
    const csv = `${HEADER}\nacme,6,,,,,,\nzeta,6,,,,,,\n`;
    const refused = await importFile(dir, 'export.csv', csv);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("row 3, id: zeta's metrics are as of 2026-11-15, newer than 2026-11-01");
    expect(refused.stderr).not.toContain('acme');
    expect(commitCount(dir)).toBe(1);
    const forced = await importFile(dir, 'export.csv', csv, '--force');
    expect(forced.code).toBe(0);
    expect(read(dir, 'accounts/zeta.yaml').toString()).toContain('versions_behind: 6');
  });

  it('takes a row with no values as unchanged, however new the account\'s metrics: it puts nothing over them', async () => {
    const dir = newer();
    const { code, stdout, stderr } = await importFile(dir, 'export.csv', `${HEADER}\nacme,6,,,,,,\nzeta,,,,,,,\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('1 account updated, 1 unchanged');
  });

  it('refuses a metrics date after the as-of date unless --force', async () => {
    const dir = books();
    writeFileSync(join(dir, 'export.csv'), `${HEADER}\nacme,6,,,,,,\n`);
    const args = ['import', '--repo', dir, ...AS_OF, '--metrics-date', '2026-12-01', join(dir, 'export.csv')];
    const refused = await vitals([...args, '--skip-invalid']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the metrics date 2026-12-01 is after the as-of date 2026-11-22');
    expect(commitCount(dir)).toBe(1);
    expect((await vitals([...args, '--force'])).code).toBe(0);
  });

  it('moves last_activity only forward: a contact logged later than the export is kept', async () => {
    const dir = books();
    const { code } = await importFile(dir, 'export.csv', `${HEADER}\nacme,6,,,,2026-11-05,,\nzeta,,,,,2026-11-12,,\n`);
    expect(code).toBe(0);
    expect(read(dir).toString()).toContain('last_activity: 2026-11-10');
    expect(read(dir, 'accounts/zeta.yaml').toString()).toContain('last_activity: 2026-11-12');
  });
});

describe('vitals import reports a file it cannot read once (issue 11, item 5; issue 10)', () => {
  it.each([
    ['export.json', '{"id": "acme",', 'not valid JSON'],
    ['export.json', '{"id": "acme"}', 'the JSON is not an array of objects'],
    ['export.csv', '', 'the file is empty'],
  ])('%s %j: one problem, no "no id column"', async (name, text, message) => {
    const { code, stderr } = await importFile(books(), name, text);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).not.toContain('no id column');
    expect(stderr.split('\n').filter((l) => l.includes(name))).toHaveLength(1);
  });

  it('a CSV with a column named twice is an error naming both columns', async () => {
    const dir = books();
    const { code, stderr } = await importFile(dir, 'export.csv', `${HEADER},versions_behind\nacme,1,,,,,,,6\n`);
    expect(code).toBe(1);
    expect(stderr).toContain('columns B and I are both named "versions_behind"');
    expect(read(dir).toString()).toBe(validAccount);
  });
});
