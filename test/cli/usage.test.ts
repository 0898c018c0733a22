import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempBook, validAccount, vitals } from '../helpers/book.js';
import { gitBook } from '../edit/git-book.js';

const AS_OF = ['--as-of', '2026-11-22'];
const book = () => tempBook({ 'accounts/emberly.yaml': validAccount.replace('name: Acme Corp', 'name: Emberly') });

describe('the default command takes review\'s options (issue 11, item 1)', () => {
  it('vitals --owner priya is the review of priya\'s book', async () => {
    const { code, stdout, stderr } = await vitals(['--owner', 'priya', '--repo', book(), ...AS_OF]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain("priya's book: 2 accounts");
  });

  it('vitals --format json names the unknown option, not a command "json"', async () => {
    const { code, stderr } = await vitals(['--format', 'json', '--repo', book(), ...AS_OF]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^vitals: unknown option "--format"/);
  });
});

describe('did you mean (issue 11, item 13)', () => {
  it('guesses a command', async () => {
    const { code, stderr } = await vitals(['scroe']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "scroe" (did you mean "score"?)');
  });

  it('guesses an owner in a file, a swap of two letters being one typo', async () => {
    const repo = tempBook({ 'accounts/zed.yaml': validAccount.replace('owner: priya', 'owner: pryia') });
    const { code, stdout } = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toContain('owner "pryia" is not a member in playbooks/team.yaml (did you mean "priya"?)');
  });

  it('guesses an account id from its beginning, in score, explain and an edit alike', async () => {
    const repo = book();
    for (const args of [['score', 'ember'], ['explain', 'ember'], ['set', 'ember', 'ce_pulse=poor']]) {
      const { stderr } = await vitals([...args, '--repo', repo, ...AS_OF]);
      expect(stderr, args.join(' ')).toContain('no account "ember" in the book (did you mean "emberly"?)');
    }
  });

  it('says the same for a missing file in every command', async () => {
    const repo = book();
    for (const command of ['validate', 'import']) {
      const { code, stderr } = await vitals([command, 'nosuch.yaml', '--repo', repo, ...AS_OF], {}, repo);
      expect(code).toBe(2);
      expect(stderr).toBe('vitals: nosuch.yaml: no such file or directory\n');
    }
  });
});

describe('--as-of out of range', () => {
  it('is a usage error in every command, not an internal error or a year -1', async () => {
    const repo = book();
    for (const [date, command] of [['9999-12-31', 'agenda'], ['0000-01-01', 'agenda'], ['9999-12-31', 'score']]) {
      const { code, stdout, stderr } = await vitals([command!, '--repo', repo, '--as-of', date!]);
      expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `vitals: --as-of "${date}" is out of range: use a date from 1900-01-01 to 9998-12-31\n` });
    }
    expect((await vitals(['agenda', '--repo', repo, '--as-of', '9998-12-31'])).code).toBe(0);
  });

  it('shows a control character typed in an option as text, not as a terminal escape', async () => {
    const { code, stderr } = await vitals(['score', '--repo', book(), '--as-of', '2026-\u001b[31m']);
    expect(code).toBe(2);
    expect(stderr).toBe('vitals: --as-of "2026-\\x1b[31m" is not a date: use YYYY-MM-DD\n');
  });
});

describe('vitals score with an unknown id (issue 11, item 9)', () => {
  it('scores the ids that exist, names the unknown one, exits 1', async () => {
    const { code, stdout, stderr } = await vitals(['score', 'emberly', 'nosuch', '--repo', book(), '--format', 'json', ...AS_OF]);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { accounts: Array<{ id: string }> }).accounts.map((a) => a.id)).toEqual(['emberly']);
    expect(stderr).toBe('vitals: no account "nosuch" in the book\n');
  });

  it('says a file with errors is why an id is not scored', async () => {
    const repo = tempBook({ 'accounts/broken.yaml': validAccount.replace('seats: 500', 'seats: many') });
    const { code, stderr } = await vitals(['score', 'broken', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stderr).toContain('account "broken" has errors in its file, so it is not scored');
  });

  it('explain of an account whose file has errors says what is wrong there, with its line and column', async () => {
    const repo = tempBook({ 'accounts/broken.yaml': validAccount.replace('seats: 500', 'seats: many') });
    const { code, stdout, stderr } = await vitals(['explain', 'broken', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^vitals: account "broken" has errors in its file, so it is not scored: run vitals validate\nvitals: accounts\/broken\.yaml:\d+:\d+: expected an integer, got "many"\n/);
  });
});

describe('vitals task usage (issue 11, item 6)', () => {
  it('--due without a title is a usage error, not the list', async () => {
    const dir = gitBook();
    const { code, stdout, stderr } = await vitals(['task', 'acme', '--due', '2026-12-01', '--repo', dir, ...AS_OF]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--due needs the new task\'s title');
  });

  it.each([['-1'], ['0']])('--done %s says it needs a task number from 1', async (n) => {
    const dir = gitBook();
    const { code, stderr } = await vitals(['task', 'acme', '--done', n, '--repo', dir, ...AS_OF]);
    expect(code).toBe(2);
    expect(stderr).toContain('needs a task number from 1');
  });
});

describe('vitals demo usage', () => {
  it.each([['--accounts', '-1'], ['--weeks', '-3']])('%s %s says what it takes', async (flag, n) => {
    const dir = mkdtempSync(join(tmpdir(), 'vitals-demo-usage-'));
    const { code, stderr } = await vitals(['demo', join(dir, 'book'), flag, n]);
    expect(code).toBe(2);
    expect(stderr).toBe(`vitals: option ${flag} needs a whole number from 1: run vitals demo --help\n`);
  });
});
