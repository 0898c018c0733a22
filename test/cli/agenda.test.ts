import { execFileSync } from 'node:child_process';
import { marked } from 'marked';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from '../../src/cli/run.js';
import { addDays } from '../../src/engine/index.js';
import type { Account } from '../../src/types/schema.js';
import { repoRoot, tempBook, validAccount, vitals } from '../helpers/book.js';

// Wednesday; its ISO week runs Mon 2026-11-16 .. Sun 2026-11-22: no 8th, no quarter start, and an
// odd number of weeks from the bi-weekly anchor, so only the per-account items can appear.
const AS_OF = '2026-11-18';
const WEEK_END = '2026-11-22';

// Whole-book agendas depend on `git config user.email` matching nobody: keep the machine's out.
beforeEach(() => {
  vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
  vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
});
afterEach(() => vi.unstubAllEnvs());

/** An account with nothing due in the week of AS_OF; each test changes what it is about. */
function account(change: (a: Account) => void = () => {}): string {
  const a = parse(validAccount) as Account;
  a.traits!.last_activity = addDays(AS_OF, -1);
  a.reviewed = { ce_pulse: addDays(AS_OF, -1), active_champion: addDays(AS_OF, -1), access_to_buyer: addDays(AS_OF, -1) };
  a.last_cbr = addDays(AS_OF, -10);
  change(a);
  return stringify(a);
}

/** A book of these accounts (acme, from the fixture, included unless replaced), all fresh by default. */
function book(accounts: Record<string, (a: Account) => void>): string {
  const files: Record<string, string> = { 'accounts/acme.yaml': account() };
  for (const [id, change] of Object.entries(accounts)) files[`accounts/${id}.yaml`] = account(change);
  return tempBook(files);
}

const agenda = (dir: string, ...args: string[]) => vitals(['agenda', '--repo', dir, '--as-of', AS_OF, ...args]);

/** The lines of the text section whose title starts with `title` (up to the blank line after it), or null. */
function section(out: string, title: string): string[] | null {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.startsWith(title));
  if (start < 0) return null;
  const end = lines.indexOf('', start);
  return lines.slice(start, end < 0 ? undefined : end);
}

/** The table rows of a text section, as cells (columns are two or more spaces apart). */
function rows(out: string, title: string): string[][] {
  const lines = section(out, title) ?? [];
  const header = lines.findIndex((l) => /^ {2}(account|owner) {2}/.test(l));
  return header < 0 ? [] : lines.slice(header + 1).map((l) => l.trim().split(/\s{2,}/));
}

const ids = (out: string, title: string) => rows(out, title).map((r) => r[0]);

describe('vitals agenda: each item at its boundary', () => {
  it('lists an account not contacted for 30 days, not one at 29', async () => {
    const dir = book({
      'at-29': (a) => void (a.traits!.last_activity = addDays(AS_OF, -29)),
      'at-30': (a) => void (a.traits!.last_activity = addDays(AS_OF, -30)),
    });
    const { code, stdout } = await agenda(dir, '--owner', 'priya');
    expect(code).toBe(0);
    expect(rows(stdout, 'Not contacted')).toEqual([['at-30', 'Acme Corp', addDays(AS_OF, -30), '30']]);
  });

  it('lists a check-in whose due date falls by the week end (weekly: 7 days), not the day after', async () => {
    const dir = book({
      'due-sunday': (a) => {
        a.check_in = 'weekly';
        a.traits!.last_activity = addDays(WEEK_END, -7);
      },
      'due-monday': (a) => {
        a.check_in = 'weekly';
        a.traits!.last_activity = addDays(WEEK_END, -6);
      },
      'never-contacted': (a) => void delete a.traits!.last_activity,
    });
    const { stdout } = await agenda(dir, '--owner', 'priya');
    expect(rows(stdout, 'Check-ins due')).toEqual([
      ['never-contacted', 'Acme Corp', 'monthly (30 days)', 'never', 'now: no contact logged'],
      ['due-sunday', 'Acme Corp', 'weekly (7 days)', addDays(WEEK_END, -7), WEEK_END],
    ]);
  });

  it('lists manual traits reviewed more than 30 days before the week end, or never, one row per account', async () => {
    const dir = book({
      'at-31': (a) => void (a.reviewed!.ce_pulse = addDays(WEEK_END, -31)),
      'at-30': (a) => void (a.reviewed!.ce_pulse = addDays(WEEK_END, -30)),
      never: (a) => void (a.reviewed = { ce_pulse: AS_OF }),
    });
    const { stdout } = await agenda(dir, '--owner', 'priya');
    expect(rows(stdout, 'Manual traits to confirm')).toEqual([
      ['at-31', 'Acme Corp', `ce_pulse (${addDays(WEEK_END, -31)})`],
      ['never', 'Acme Corp', 'active_champion (never), access_to_buyer (never)'],
    ]);
  });

  it('lists yellow and red accounts renewing within 180 days with colour word, score and days', async () => {
    const red = (days: number) => (a: Account) => {
      a.contract.renewal_date = addDays(AS_OF, days);
      a.override = { color: 'red', reason: 'exec escalation', until: '2027-12-31' };
    };
    const dir = book({
      'red-180': red(180),
      'red-181': red(181),
      'red-10': red(10),
      'green-10': (a) => void (a.contract.renewal_date = addDays(AS_OF, 10)),
    });
    const { stdout } = await agenda(dir, '--owner', 'priya');
    const found = rows(stdout, 'Red/Yellow renewals');
    expect(found.map((r) => [r[0], r[2], r[5]])).toEqual([['red-10', 'red', '10'], ['red-180', 'red', '180']]);
    expect(found[0]![3]).toMatch(/^\d+\.\d$/);
  });

  it('lists CBRs last held more than 91 days before the week end, or never', async () => {
    const dir = book({
      'at-92': (a) => void (a.last_cbr = addDays(WEEK_END, -92)),
      'at-91': (a) => void (a.last_cbr = addDays(WEEK_END, -91)),
      never: (a) => void delete a.last_cbr,
    });
    const { stdout } = await agenda(dir, '--owner', 'priya');
    expect(rows(stdout, 'Customer business reviews due')).toEqual([['never', 'Acme Corp', 'never'], ['at-92', 'Acme Corp', addDays(WEEK_END, -92)]]);
  });

  it('lists open tasks due by the week end, overdue before this week, not done or later ones', async () => {
    const dir = book({
      alpha: (a) => {
        a.tasks = [
          { title: 'Due Sunday', due: WEEK_END, done: false },
          { title: 'Due next Monday', due: addDays(WEEK_END, 1), done: false },
        ];
      },
      zeta: (a) => {
        a.tasks = [
          { title: 'Done already', due: addDays(AS_OF, -2), done: true },
          { title: 'Overdue by a day', due: addDays(AS_OF, -1), done: false, project: 'get_well' },
        ];
      },
    });
    const { stdout } = await agenda(dir, '--owner', 'priya');
    expect(rows(stdout, 'Tasks due')).toEqual([
      ['zeta', 'Acme Corp', addDays(AS_OF, -1), 'overdue', '2', 'Overdue by a day', 'get_well'],
      ['alpha', 'Acme Corp', WEEK_END, 'this week', '1', 'Due Sunday', '-'],
    ]);
  });

  it('holds the MBR top 3 only in the week holding the 8th, ranked renewal this quarter, expansion, ARR', async () => {
    const dir = book({
      big: (a) => void (a.arr = 900000),
      expanding: (a) => {
        a.arr = 10000;
        a.flags = { expansion_opportunity: true };
      },
      renewing: (a) => {
        a.arr = 5000;
        a.contract.renewal_date = '2027-01-20'; // in FY2027 Q4 (Nov – Jan)
      },
      small: (a) => void (a.arr = 1000),
    });
    const at = (asOf: string) => vitals(['agenda', '--repo', dir, '--as-of', asOf, '--owner', 'priya']);
    expect(section((await at('2026-12-06')).stdout, 'MBR top 3')).toBeNull();
    expect(section((await at('2026-12-14')).stdout, 'MBR top 3')).toBeNull();
    const { stdout } = await at('2026-12-07');
    expect(section(stdout, 'MBR top 3')![0]).toBe('MBR top 3 for December 2026: 3');
    expect(rows(stdout, 'MBR top 3').map((r) => [r[1], r[2], r[4], r[6]])).toEqual([
      ['1', 'renewing', '$5,000', 'renews this quarter'],
      ['2', 'expanding', '$10,000', 'expansion opportunity'],
      ['3', 'big', '$900,000', 'ARR'],
    ]);
  });

  it('names internal QBRs in the first week of the fiscal quarter only', async () => {
    const dir = book({});
    const at = async (asOf: string) => (await vitals(['agenda', '--repo', dir, '--as-of', asOf])).stdout;
    expect(section(await at('2026-11-02'), 'Internal QBRs')).toEqual([
      'Internal QBRs',
      '  first week of FY2027 Q4 (2026-11-01 – 2027-01-31)',
      '  Internal QBRs · quarterly, internal',
      '    - Join the sessions for accounts you share with the AE.',
      '    - Show the account success plan goals, how you will reach them, and what help you need from the rest of the business.',
    ]);
    expect(section(await at('2026-11-09'), 'Internal QBRs')).toBeNull();
  });

  it("lists the week's duties by how often they come, bi-weekly ones every other week", async () => {
    const dir = book({});
    const duties = async (asOf: string) => section((await vitals(['agenda', '--repo', dir, '--as-of', asOf])).stdout, "This week's duties")!;
    const odd = await duties(AS_OF);
    expect(odd).toContain('  daily');
    expect(odd).toContain('    Work the task list (internal)');
    expect(odd).toContain('  weekly');
    expect(odd.join('\n')).not.toMatch(/bi-weekly|monthly|quarterly/);
    expect(await duties('2026-11-23')).toContain('  bi-weekly (week 46 from the anchor)');
  });

  it('says nothing is due when nothing is, and omits every empty section', async () => {
    const { code, stdout } = await agenda(book({}), '--owner', 'priya');
    expect(code).toBe(0);
    expect(stdout).toContain('\nNothing due this week.\n');
    expect(stdout).not.toMatch(/^(Not contacted|Check-ins|Manual traits|Red\/Yellow|MBR|Internal QBRs|Customer business|Tasks due)/m);
  });

  it('starts with whose agenda it is, the ISO week and the fiscal quarter', async () => {
    const { stdout } = await agenda(book({}), '--owner', 'priya');
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'Agenda for Priya Raman (priya)',
      `ISO week 47 of 2026: Mon 2026-11-16 – Sun ${WEEK_END} · FY2027 Q4 (2026-11-01 – 2027-01-31) · as of ${AS_OF}`,
    ]);
  });
});

describe('vitals agenda: whose book', () => {
  const twoOwners = () =>
    book({
      'marco-quiet': (a) => {
        a.owner = 'marco';
        a.traits!.last_activity = addDays(AS_OF, -40);
      },
      'priya-quiet': (a) => void (a.traits!.last_activity = addDays(AS_OF, -35)),
    });

  it('--owner shows that TA only, without an owner column', async () => {
    const { code, stdout } = await agenda(twoOwners(), '--owner', 'marco');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Agenda for Marco Bellini (marco)');
    expect(rows(stdout, 'Not contacted')).toEqual([['marco-quiet', 'Acme Corp', addDays(AS_OF, -40), '40']]);
  });

  it('without --owner nor a matching git e-mail shows the whole book with owners', async () => {
    const { stdout } = await agenda(twoOwners());
    expect(stdout.split('\n')[0]).toBe('Agenda for the whole book');
    expect(rows(stdout, 'Not contacted').map((r) => [r[0], r[2]])).toEqual([['marco-quiet', 'marco'], ['priya-quiet', 'priya']]);
  });

  it("defaults to the team member whose e-mail is the repository's git user.email", async () => {
    const dir = twoOwners();
    execFileSync('git', ['init', '-q', dir]);
    execFileSync('git', ['-C', dir, 'config', 'user.email', 'Marco.Bellini@lodestar.example']);
    const { stdout } = await agenda(dir);
    expect(stdout.split('\n')[0]).toBe('Agenda for Marco Bellini (marco)');
    expect(ids(stdout, 'Not contacted')).toEqual(['marco-quiet']);
  });

  it('an owner who is not in team.yaml is a usage error (exit 2), before any output', async () => {
    const { code, stdout, stderr } = await agenda(twoOwners(), '--owner', 'nobody');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('vitals: --owner "nobody" is not a member in playbooks/team.yaml\n');
  });

  it('a member who owns no accounts (a manager, an AE) gets the whole book, and as --owner a usage error', async () => {
    const dir = twoOwners();
    execFileSync('git', ['init', '-q', dir]);
    execFileSync('git', ['-C', dir, 'config', 'user.email', 'ruth.castellanos@lodestar.example']);
    expect((await agenda(dir)).stdout.split('\n')[0]).toBe('Agenda for the whole book');
    const { code, stdout, stderr } = await agenda(dir, '--owner', 'sam');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('vitals: --owner "sam" is an AE in playbooks/team.yaml, not a TA: only a TA owns accounts\n');
  });

  it('rejects an unknown --format and stray arguments with exit 2', async () => {
    expect((await agenda(book({}), '--format', 'html')).code).toBe(2);
    expect((await agenda(book({}), 'acme')).code).toBe(2);
  });
});

describe('vitals agenda: output safety', () => {
  /** Runs with a terminal, so colour is on unless the format forbids it. */
  async function inTerminal(args: string[]) {
    let stdout = '';
    const code = await run(args, { stdout: { write: (t: string) => (stdout += t), isTTY: true }, stderr: { write: () => true }, env: {}, cwd: repoRoot });
    return { code, stdout };
  }
  const risky = () =>
    book({
      'pipe-co': (a) => {
        a.name = '# Pipe | Co *VIP*';
        a.traits!.last_activity = addDays(AS_OF, -45);
        a.contract.renewal_date = addDays(AS_OF, 30);
        a.override = { color: 'red', reason: 'x', until: '2027-12-31' };
        a.tasks = [{ title: 'Fix | split <b>this</b>', due: AS_OF, done: false }, { title: 'Ask @octo/team about #7 at https://bare.example', due: AS_OF, done: false }];
      },
      evil: (a) => {
        a.name = '\u001b[31mEvil\u001b]0;pwned\u0007';
        a.traits!.last_activity = addDays(AS_OF, -45);
      },
    });

  it('colours the health word in a terminal, never the colour alone', async () => {
    const { stdout } = await inTerminal(['agenda', '--repo', risky(), '--as-of', AS_OF, '--owner', 'priya']);
    expect(stdout).toContain('\u001b[31mred\u001b[39m');
  });

  it('markdown has no ANSI even in a terminal, and escapes | and other markdown in data', async () => {
    const { code, stdout } = await inTerminal(['agenda', '--repo', risky(), '--as-of', AS_OF, '--owner', 'priya', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001b');
    expect(stdout.startsWith('# Agenda: Priya Raman (priya)\n')).toBe(true);
    expect(stdout).toContain('\n## Not contacted in 30 days or more\n');
    const row = stdout.split('\n').find((l) => l.startsWith('| pipe-co | ') && l.includes('| red |'))!;
    expect(row).toContain('| #\u200b Pipe \\| Co \\*VIP\\* |');
    // Cells split on unescaped pipes: the data's pipe does not add a column.
    const cells = (l: string) => l.split(/(?<!\\)\|/).length;
    const lines = stdout.split('\n');
    const header = lines[lines.indexOf(row) - 2]!;
    expect(cells(row)).toBe(cells(header));
    expect(stdout).toContain('Fix \\| split \\<b\\>this\\</b\\>');
    // As GitHub renders it: no link, and no mention or issue reference (an invisible space after @ and #).
    const html = await marked.parse(stdout, { gfm: true });
    expect(html).not.toMatch(/<a /);
    expect(html).toContain('Ask @\u200bocto/team about #\u200b7 at https://bare.example');
  });

  it.each([[[]], [['--format', 'markdown']]])('neutralises escape sequences in names (%j)', async (format) => {
    const { stdout } = await agenda(risky(), '--owner', 'priya', ...format);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    // Shown as visible escapes; markdown escapes the backslash and bracket so they render as written.
    expect(stdout).toMatch(/\\{1,2}x1b\\?\[31mEvil\\{1,2}x1b\\?\]0;pwned\\{1,2}x07/);
  });

  it('prints what loaded, then exits 1 when a file has errors', async () => {
    const dir = tempBook({ 'accounts/acme.yaml': account((a) => void (a.traits!.last_activity = addDays(AS_OF, -40))), 'accounts/broken.yaml': 'name: [unclosed\n' });
    const { code, stdout, stderr } = await agenda(dir, '--owner', 'priya');
    expect(code).toBe(1);
    expect(ids(stdout, 'Not contacted')).toEqual(['acme']);
    expect(stderr).toMatch(/accounts\/broken\.yaml:\d+:\d+/);
  });
});

describe('vitals agenda on the shipped book', () => {
  const AS_OF_SHIPPED = '2026-11-23';

  it('lists as Red/Yellow renewals exactly the yellow and red accounts renewing within 180 days', async () => {
    const scored = await vitals(['score', '--repo', repoRoot, '--as-of', AS_OF_SHIPPED, '--format', 'json']);
    const accounts = (JSON.parse(scored.stdout) as { accounts: { id: string; color: string; days_until_renewal: number }[] }).accounts;
    const expected = accounts
      .filter((a) => (a.color === 'yellow' || a.color === 'red') && a.days_until_renewal >= 0 && a.days_until_renewal <= 180)
      .sort((a, b) => a.days_until_renewal - b.days_until_renewal || (a.id < b.id ? -1 : 1))
      .map((a) => a.id);
    expect(expected.length).toBeGreaterThan(0);

    const { code, stdout } = await vitals(['agenda', '--repo', repoRoot, '--as-of', AS_OF_SHIPPED]);
    expect(code).toBe(scored.code);
    expect(ids(stdout, 'Red/Yellow renewals')).toEqual(expected);

    const markdown = await vitals(['agenda', '--repo', repoRoot, '--as-of', AS_OF_SHIPPED, '--format', 'markdown']);
    const lines = markdown.stdout.split('\n');
    const from = lines.indexOf('## Red/Yellow renewals (renewing within 180 days)') + 1;
    const to = lines.findIndex((l, i) => i > from && l.startsWith('## '));
    const table = lines.slice(from, to).filter((l) => l.startsWith('| '));
    expect(table.slice(2).map((l) => l.split(' | ')[0]!.slice(2))).toEqual(expected);
  });

  it("each TA's agenda holds only their accounts", async () => {
    const scored = await vitals(['score', '--repo', repoRoot, '--as-of', AS_OF_SHIPPED, '--owner', 'hana', '--format', 'json']);
    const hanas = new Set((JSON.parse(scored.stdout) as { accounts: { id: string }[] }).accounts.map((a) => a.id));
    const { stdout } = await vitals(['agenda', '--repo', repoRoot, '--as-of', AS_OF_SHIPPED, '--owner', 'hana']);
    const listed = ['Not contacted', 'Check-ins due', 'Manual traits', 'Red/Yellow', 'Customer business reviews', 'Tasks due'].flatMap((t) => ids(stdout, t));
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed) expect(hanas).toContain(id);
  });
});
