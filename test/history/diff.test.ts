import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import type { AccountImpact, DiffReport } from '../../src/history/book-diff.js';
import { COMMENT_LIMIT, DIFF_MARKER, diffMarkdown } from '../../src/cli/report/diff-markdown.js';
import { diffHeadline } from '../../src/cli/report/diff-summary.js';
import { validAccount, vitals } from '../helpers/book.js';
import { edited, historyRepo } from './history-repo.js';

const beta = edited(validAccount, { 'name:': 'name: Beta Ltd', 'mau_last_month:': '  mau_last_month: 300' });
const hostileName = 'name: "<img src=x onerror=alert(1)> [click](https://evil.example) www.evil.example pat@evil.example @everyone #12 GH-7 ![i](https://x.example/i.png) **bold** | cell"';

/** A book with four accounts at a base commit, then a weight change, an edit, an addition and a removal in the work tree. */
function weightChange() {
  const repo = historyRepo({ 'accounts/beta.yaml': beta, 'accounts/gamma.yaml': validAccount, 'accounts/epsilon.yaml': validAccount });
  const base = repo.commit('book', '2026-11-02');
  const health = repo.read('playbooks/health-score.yaml');
  repo.write('playbooks/health-score.yaml', health.replace('colors: { green: 66.7', 'colors: { green: 90').replace('weight: 25', 'weight: 5').replace('weight: 55', 'weight: 75'));
  repo.write('accounts/gamma.yaml', edited(validAccount, { 'ce_pulse:': '  ce_pulse: poor' }));
  repo.write('accounts/delta.yaml', edited(validAccount, { 'name:': hostileName })).remove('accounts/epsilon.yaml');
  return { repo, base };
}

describe('vitals diff', () => {
  test('model changes by path, every account that moved with its cause, largest move first, both sides at the as-of date', async () => {
    const { repo, base } = weightChange();
    const out = await vitals(['diff', 'main', '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as DiffReport;
    expect(report).toMatchObject({ base, head: null, as_of: '2026-11-20' });
    expect(report.model_changes).toEqual([
      { path: 'colors.green', from: 66.7, to: 90 },
      { path: 'categories.relationships.weight', from: 25, to: 5 },
      { path: 'categories.utilization.weight', from: 55, to: 75 },
    ]);
    expect(report.accounts.map((a) => [a.id, a.before, a.after, a.cause])).toEqual([
      ['delta', { score: null, color: 'none' }, { score: 100, color: 'green' }, 'added'],
      ['epsilon', { score: 100, color: 'green' }, { score: null, color: 'none' }, 'removed'],
      ['beta', { score: 86.25, color: 'green' }, { score: 81.25, color: 'yellow' }, 'model'],
      // A poor pulse caps gamma at yellow under either model: the data moved it.
      ['gamma', { score: 100, color: 'green' }, { score: 95, color: 'yellow' }, 'data'],
    ]);
    expect(report.matrix).toEqual({ green: { green: 1, yellow: 2, none: 1 }, none: { green: 1 } });
  });

  test('between two commits, a data edit alone is cause data; an account that moved less than a point is left out', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    const base = repo.commit('book', '2026-11-02');
    // dau 150 → 140 keeps usage healthy: the score does not move.
    repo.write('accounts/beta.yaml', edited(beta, { 'dau_4wk_avg:': '  dau_4wk_avg: 140' }));
    const head = repo.write('accounts/acme.yaml', edited(validAccount, { 'ce_pulse:': '  ce_pulse: concerning' })).commit('edits', '2026-11-03');
    const out = await vitals(['diff', base, head, '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'json']);
    const report = JSON.parse(out.stdout) as DiffReport;
    expect(report).toMatchObject({ base, head, model_changes: [] });
    expect(report.accounts).toEqual([{ id: 'acme', name: 'Acme Corp', before: { score: 100, color: 'green' }, after: { score: 97.5, color: 'green' }, cause: 'data' }]);
  });

  test('an account whose colour becomes unknown shows no score there and no move, in the table and the markdown', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    repo.commit('book', '2026-11-02');
    repo.write('accounts/beta.yaml', beta.replace(/traits:\n(  .*\n)+/, 'traits:\n  ce_pulse: healthy\n'));
    const table = await vitals(['diff', 'main', '--repo', repo.dir, '--as-of', '2026-11-20']);
    expect(table.stdout).toMatch(/beta +Beta Ltd +green → unknown +86\.2 → - +data/);
    const markdown = await vitals(['diff', 'main', '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'markdown']);
    expect(markdown.stdout).toContain('| green → unknown | 86.2 → - |  | data |');
  });

  test('an account whose file no longer loads is left out and named, never reported as removed', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    repo.commit('book', '2026-11-02');
    repo.write('accounts/beta.yaml', beta.replace(/^segment: .*$/m, 'segment: bogus'));
    const json = await vitals(['diff', 'main', '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as DiffReport;
    expect(report.accounts.map((a) => a.id)).toEqual([]);
    expect(report.unread).toEqual({ base: [], head: ['accounts/beta.yaml'] });
    expect(json.stderr).toMatch(/^vitals: accounts\/beta\.yaml:\d+:\d+: "bogus" is not one of/);
    const markdown = await vitals(['diff', 'main', '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'markdown']);
    expect(markdown.stdout).toContain('1 account file does not load at the head, so it is left out: accounts/beta\\.yaml (run `vitals validate`).');
    expect(markdown.stdout).not.toContain('removed');
  });

  test('an account that loads but names what is not in the book (an owner no member) is still compared, and the error makes the exit code 1', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    repo.commit('book', '2026-11-02');
    repo.write('accounts/beta.yaml', beta.replace(/^owner: .*$/m, 'owner: nobody').replace('mau_last_month: 300', 'mau_last_month: 200'));
    const out = await vitals(['diff', 'main', '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'json']);
    expect(out.code).toBe(1);
    expect((JSON.parse(out.stdout) as DiffReport).accounts.map((a) => [a.id, a.cause])).toEqual([['beta', 'data']]);
    expect(out.stderr).toMatch(/^vitals: accounts\/beta\.yaml:\d+:\d+: owner "nobody" is not a member in playbooks\/team\.yaml\nvitals: 1 error in the head's book: run vitals validate\n$/);
  });

  test('a file whose name is no id, or a link that leaves the repository, is reported on either side, never skipped in silence', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/-p.yaml', validAccount).write('accounts/--output=x.yaml', validAccount);
    const head = repo.commit('odd names', '2026-11-03');
    const committed = await vitals(['diff', 'main~1', 'main', '--repo', repo.dir, '--as-of', '2026-11-20']);
    expect(committed.code).toBe(1);
    expect(committed.stderr).toContain('vitals: accounts/-p.yaml: account file name "-p" is not a valid id');
    expect(committed.stderr).toContain('vitals: accounts/--output=x.yaml: account file name "--output=x" is not a valid id');
    expect(existsSync(join(repo.dir, 'x'))).toBe(false);
    symlinkSync('/etc/passwd', join(repo.dir, 'accounts', 'passwd.yaml'));
    const workTree = await vitals(['diff', head, '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'json']);
    expect(workTree.code).toBe(1);
    expect((JSON.parse(workTree.stdout) as DiffReport).unread.head).toEqual(['accounts/passwd.yaml']);
    expect(workTree.stderr).toContain('accounts/passwd.yaml:1:1: a link that leaves the repository: not read');
    expect(workTree.stdout + workTree.stderr).not.toContain('root:');
  });

  test('against a base from before the book, every account is added', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    repo.git(['commit', '-q', '--allow-empty', '-m', 'before the book']);
    const base = repo.git(['rev-parse', 'HEAD']).trim();
    repo.commit('the book', '2026-11-02');
    const out = await vitals(['diff', base, 'HEAD', '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as DiffReport;
    expect(report.accounts.map((a) => [a.id, a.cause])).toEqual([['acme', 'added'], ['beta', 'added']]);
    expect(report.model_changes).toEqual([]);
  });

  test('a revision that does not exist, or looks like an option, is refused before git sees it', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    const missing = await vitals(['diff', 'no-such-branch', '--repo', repo.dir]);
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'vitals: unknown revision "no-such-branch": not a commit in this repository\n' });
    const option = await vitals(['diff', '--repo', repo.dir, '--', '--output=x']);
    expect(option).toMatchObject({ code: 2, stdout: '', stderr: 'vitals: "--output=x" is not a revision\n' });
    const head = await vitals(['diff', 'main', '--output=x', '--repo', repo.dir]);
    expect(head.code).toBe(2);
    expect(existsSync(join(repo.dir, 'x'))).toBe(false);
  });

  test('a range as git reads it: A...B from where B left A, as a pull request shows its change; A..B is A against B', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    repo.commit('book', '2026-11-02');
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.write('accounts/acme.yaml', edited(validAccount, { 'ce_pulse:': '  ce_pulse: concerning' })).commit('feature: acme', '2026-11-03');
    repo.git(['checkout', '-q', 'main']);
    repo.write('accounts/beta.yaml', edited(beta, { 'ce_pulse:': '  ce_pulse: poor' })).commit('main moves on: beta', '2026-11-04');
    const ids = async (...args: string[]) => {
      const out = await vitals(['diff', ...args, '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'json']);
      expect(out.stderr).toBe('');
      return (JSON.parse(out.stdout) as DiffReport).accounts.map((a) => a.id);
    };
    expect(await ids('main...feature')).toEqual(['acme']);
    // Against main's tip, main's own change shows too, undone.
    expect(await ids('main..feature')).toEqual(['beta', 'acme']);
    expect(await ids('main', 'feature')).toEqual(['beta', 'acme']);
    // A revision that holds `..` and names a commit is that commit.
    expect(await ids(':/feature..')).toEqual(['beta', 'acme']);
    const both = await vitals(['diff', 'main...feature', 'main', '--repo', repo.dir]);
    expect(both).toMatchObject({ code: 2, stderr: 'vitals: give a range (main...feature) or two revisions, not both\n' });
  });

  test('an unknown revision in a shallow clone says the clone is shallow', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', edited(validAccount, { 'ce_pulse:': '  ce_pulse: concerning' })).commit('acme', '2026-11-03');
    repo.git(['branch', 'feature', 'HEAD~1']);
    const clone = `${repo.dir}-shallow`;
    repo.git(['clone', '-q', '--depth', '1', '--no-single-branch', `file://${repo.dir}`, clone]);
    const out = await vitals(['diff', 'HEAD~1', '--repo', clone]);
    const range = await vitals(['diff', 'origin/main...origin/feature', '--repo', clone]);
    rmSync(clone, { recursive: true, force: true });
    expect(range).toMatchObject({ code: 2, stderr: 'vitals: "origin/main" and "origin/feature" have no commit in common (this clone is shallow, so older commits may not be in it: git fetch --unshallow reads them)\n' });
    expect(out).toMatchObject({ code: 2, stderr: 'vitals: unknown revision "HEAD~1": not a commit in this repository (this clone is shallow, so older commits may not be in it: git fetch --unshallow reads them)\n' });
  });

  test('a revision named by its message (`:/text`) is the commit it finds', async () => {
    const { repo } = weightChange();
    const byName = await vitals(['diff', 'main', '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'json']);
    const bySearch = await vitals(['diff', ':/book', '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'json']);
    expect(bySearch.code).toBe(byName.code);
    expect(bySearch.stdout).toBe(byName.stdout);
    const none = await vitals(['diff', ':/no commit says this', '--repo', repo.dir]);
    expect(none).toMatchObject({ code: 2, stderr: 'vitals: unknown revision ":/no commit says this": not a commit in this repository\n' });
  });

  test('the table: headline, model changes, matrix and the accounts', async () => {
    const { repo } = weightChange();
    const out = await vitals(['diff', 'main', '--repo', repo.dir, '--as-of', '2026-11-20']);
    expect(out.stdout.split('\n').slice(0, 7)).toEqual([
      '2 accounts change colour: 2 green → yellow; 1 added: 1 green; 1 removed: 1 green',
      expect.stringMatching(/^[0-9a-f]{7} → work tree, both scored as of 2026-11-20$/),
      '',
      'Model changes',
      '  colors.green: 66.7 → 90',
      '  categories.relationships.weight: 25 → 5',
      '  categories.utilization.weight: 55 → 75',
    ]);
    expect(out.stdout).toContain('beta     Beta Ltd');
  });

  test('the pull-request comment renders data as text: no link, image or HTML from a file', async () => {
    const { repo } = weightChange();
    const out = await vitals(['diff', 'main', '--repo', repo.dir, '--as-of', '2026-11-20', '--format', 'markdown']);
    expect(out.stdout.startsWith(`${DIFF_MARKER}\n### 2 accounts change colour: 2 green → yellow; 1 added: 1 green; 1 removed: 1 green\n`)).toBe(true);
    const html = await marked.parse(out.stdout, { gfm: true });
    expect(html).not.toMatch(/<a |<img|<script/);
    // An invisible space after @ and #: GitHub would make a mention or an issue link of them.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; [click](https://evil.example) www.evil.example pat@\u200bevil.example @\u200beveryone #\u200b12 GH\u200b-7 ![i](https://x.example/i.png) **bold** | cell (delta)');
    // Our own markup only: the matrix's row labels (green, yellow, none) and the collapsed table.
    expect(html.match(/<strong>/g)).toHaveLength(3);
    expect(html).toContain('<li>colors.green: 66.7 → 90</li>');
    expect(html).toMatch(/<details>\n<summary>4 accounts whose colour or score moved<\/summary>/);
    expect(html).toContain('<td>Beta Ltd (beta)</td>\n<td>green → yellow</td>\n<td>86.2 → 81.2</td>\n<td>-5.0</td>\n<td>model</td>');
  });

  test('the headline says what changed colour and what only moved, one clause from the other', () => {
    const moved = (id: string, from: 'green' | 'yellow', to: 'green' | 'yellow'): AccountImpact => ({ id, name: id, before: { score: 80, color: from }, after: { score: 70, color: to }, cause: 'model' });
    const report = (accounts: AccountImpact[], matrix: DiffReport['matrix']): DiffReport => ({ base: 'HEAD', head: null, as_of: '2026-11-30', model_changes: [], accounts, matrix });
    expect(diffHeadline(report([moved('a', 'green', 'green')], { green: { green: 1 } }))).toBe('No account changes colour; 1 score moves by a point or more');
    expect(diffHeadline(report([moved('a', 'green', 'yellow'), moved('b', 'green', 'green')], { green: { yellow: 1, green: 1 } }))).toBe(
      '1 account changes colour: 1 green → yellow; 1 more score moves by a point or more',
    );
    expect(diffHeadline(report([], { green: { green: 3 } }))).toBe('No account changes colour or moves by a point');
    // Accounts that come or go are said as such, not as a colour from or to none.
    const added = (id: string): AccountImpact => ({ id, name: id, before: { score: null, color: 'none' }, after: { score: 90, color: 'green' }, cause: 'added' });
    expect(diffHeadline(report([added('a'), added('b')], { none: { green: 2 }, green: { green: 5 } }))).toBe('2 added: 2 green');
  });

  test('the comment stays under GitHub’s limit and says how many rows it left out', () => {
    const account = (i: number): AccountImpact => ({ id: `a${i}`, name: 'N'.repeat(200), before: { score: 90, color: 'green' }, after: { score: 50, color: 'yellow' }, cause: 'model' });
    const report: DiffReport = { base: 'a'.repeat(40), head: null, as_of: '2026-11-20', model_changes: [], accounts: Array.from({ length: 1000 }, (_, i) => account(i)), matrix: { green: { yellow: 1000 } }, unread: { base: [], head: [] } };
    const text = diffMarkdown(report);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shown = text.split('\n').filter((l) => l.startsWith('| NNN')).length;
    expect(shown).toBeGreaterThan(200);
    expect(text).toContain(`${1000 - shown} more accounts left out to keep this comment under GitHub's limit`);
  });
});
