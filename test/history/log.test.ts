import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openCatFile } from '../../src/git/cat-file.js';
import { HistoryMemo } from '../../src/history/history-memo.js';
import { openHistory } from '../../src/history/open-history.js';
import { readHistory } from '../../src/history/read-history.js';
import type { LogEntry } from '../../src/history/review-history.js';
import { run } from '../../src/cli/run.js';
import { tempBook, validAccount, vitals } from '../helpers/book.js';
import { gitIn } from '../helpers/git.js';
import { edited, expectChained, historyRepo } from './history-repo.js';

const poorPulse = edited(validAccount, { 'ce_pulse:': '  ce_pulse: poor' });
// mau_over_seats 300/500 = 0.6 is concerning: utilization 75, overall 86.25, green below a cut-off of 90.
const beta = edited(validAccount, { 'name:': 'name: Beta Ltd', 'mau_last_month:': '  mau_last_month: 300' });
const redUntil = (until: string) => `${validAccount}override: { color: red, reason: "exec escalation", until: ${until} }\n`;

/** The log as `vitals log --format json` prints it, the chain rule checked. */
async function logOf(dir: string, asOf: string, ...args: string[]): Promise<LogEntry[]> {
  const out = await vitals(['log', '--repo', dir, '--as-of', asOf, '--format', 'json', ...args]);
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  const { entries } = JSON.parse(out.stdout) as { entries: LogEntry[] };
  expectChained(entries, !args.includes('--since'));
  return entries;
}

const short = (e: LogEntry) => [e.date, e.account, `${e.from}→${e.to}`, e.cause, e.score_before, e.score_after];

/** The log of the repository's HEAD, read through one cat-file that is closed after. */
async function readLog(repo: ReturnType<typeof historyRepo>, options: { parsedAhead?: number } = {}) {
  const head = repo.git(['rev-parse', 'HEAD']).trim();
  const blobs = openCatFile(repo.dir, process.env);
  try {
    return await readHistory({ root: repo.dir, env: process.env, head, memo: new HistoryMemo(repo.dir, blobs), ...options });
  } finally {
    blobs.close();
  }
}

describe('reading history', () => {
  test('gives the same log whether versions are parsed while git walks or only fetched then', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', poorPulse).commit('acme: ce_pulse healthy → poor', '2026-11-04');
    repo.write('accounts/beta.yaml', edited(beta, { 'mau_last_month:': '  mau_last_month: 50' })).commit('beta: mau', '2026-11-11');
    repo.write('accounts/acme.yaml', validAccount).commit('acme: ce_pulse poor → healthy', '2026-11-18');
    const read = async (parsedAhead?: number) => (await readLog(repo, parsedAhead === undefined ? {} : { parsedAhead })).entries;
    const parsed = await read();
    expect(parsed.map((e) => `${e.account} ${e.cause}`)).toEqual(['acme added', 'beta added', 'acme data', 'acme data']);
    expect(await read(1)).toEqual(parsed);
    expect(await read(0)).toEqual(parsed);
  });
});

describe('vitals log', () => {
  test('a trait edit is a data entry with its raw changes, at the commit and by its author', async () => {
    const repo = historyRepo();
    const first = repo.commit('book', '2026-11-02');
    const edit = repo.write('accounts/acme.yaml', poorPulse).commit('acme: ce_pulse healthy → poor', '2026-11-04', '+00:00', 'Priya Raman');
    const entries = await logOf(repo.dir, '2026-11-05');
    expect(entries).toEqual([
      { date: '2026-11-02', commit: first, author: 'Test User', account: 'acme', owner: 'priya', from: 'none', to: 'green', score_before: null, score_after: 100, cause: 'added', changes: [] },
      { date: '2026-11-04', commit: edit, author: 'Priya Raman', account: 'acme', owner: 'priya', from: 'green', to: 'yellow', score_before: 100, score_after: 95, cause: 'data', changes: [{ trait: 'ce_pulse', from: 'healthy', to: 'poor' }] },
    ]);
  });

  test("the user's git configuration changes nothing: the first commit's files and the authors' names are read as committed", async () => {
    const repo = historyRepo();
    const first = repo.commit('book', '2026-11-02', '+00:00', 'Zoë Müller');
    const edit = repo.write('accounts/acme.yaml', poorPulse).commit('acme: ce_pulse healthy → poor', '2026-11-04', '+00:00', 'Priya Raman');
    const config = join(mkdtempSync(join(tmpdir(), 'vitals-gitconfig-')), 'config');
    writeFileSync(config, '[log]\n\tshowRoot = false\n[i18n]\n\tlogOutputEncoding = ISO-8859-1\n[color]\n\tui = always\n');
    try {
      const out = await vitals(['log', '--repo', repo.dir, '--as-of', '2026-11-05', '--format', 'json'], { GIT_CONFIG_GLOBAL: config });
      expect(out).toMatchObject({ code: 0, stderr: '' });
      expect((JSON.parse(out.stdout) as { entries: LogEntry[] }).entries.map((e) => [e.commit, e.author, e.cause])).toEqual([
        [first, 'Zoë Müller', 'added'],
        [edit, 'Priya Raman', 'data'],
      ]);
    } finally {
      rmSync(dirname(config), { recursive: true, force: true });
    }
  });

  test('a model change moves every account it moves, as cause model; an edit in the same commit is both, data or model by what each does', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta, 'accounts/gamma.yaml': validAccount });
    repo.commit('book', '2026-11-02');
    const health = repo.read('playbooks/health-score.yaml');
    repo.write('playbooks/health-score.yaml', health.replace('colors: { green: 66.7', 'colors: { green: 90'));
    // acme: 100 → 88.75, green under the old model, yellow under the new: both.
    repo.write('accounts/acme.yaml', edited(validAccount, { 'versions_behind:': '  versions_behind: 5', 'precise_intel:': '  precise_intel: false', 'defect_tickets_90d:': '  defect_tickets_90d: 5' }));
    // beta: a comment is no data; gamma: a poor pulse caps it at yellow under either model.
    repo.write('accounts/beta.yaml', `${beta}# checked\n`).write('accounts/gamma.yaml', poorPulse);
    const change = repo.commit('model: green from 90', '2026-11-03');
    const entries = await logOf(repo.dir, '2026-11-03');
    expect(entries.map(short)).toEqual([
      ['2026-11-02', 'acme', 'none→green', 'added', null, 100],
      ['2026-11-02', 'beta', 'none→green', 'added', null, 86.25],
      ['2026-11-02', 'gamma', 'none→green', 'added', null, 100],
      ['2026-11-03', 'acme', 'green→yellow', 'both', 100, 88.75],
      ['2026-11-03', 'beta', 'green→yellow', 'model', 86.25, 86.25],
      ['2026-11-03', 'gamma', 'green→yellow', 'data', 100, 95],
    ]);
    expect(entries[3]!.changes.map((c) => c.trait)).toEqual(['versions_behind', 'precise_intel', 'defect_tickets_90d']);
    expect(entries[4]).toMatchObject({ commit: change, changes: [] });
    expect(entries[5]!.changes).toEqual([{ trait: 'ce_pulse', from: 'healthy', to: 'poor' }]);
  });

  test('time alone changes a colour: a time entry at the Sunday after, with the commit in force and no author', async () => {
    const repo = historyRepo({ 'accounts/acme.yaml': redUntil('2026-11-20') });
    const first = repo.commit('book', '2026-11-02');
    const entries = await logOf(repo.dir, '2026-11-30');
    expect(entries).toEqual([
      { date: '2026-11-02', commit: first, author: 'Test User', account: 'acme', owner: 'priya', from: 'none', to: 'red', score_before: null, score_after: 100, cause: 'added', changes: [] },
      { date: '2026-11-22', commit: first, author: null, account: 'acme', owner: 'priya', from: 'red', to: 'green', score_before: 100, score_after: 100, cause: 'time', changes: [] },
    ]);
    // Up to the as-of date only: the Sunday of the 22nd is after the 21st, so the drift since the
    // override ended (the 20th) is found on the 21st itself, the colour the review shows that day.
    expect((await logOf(repo.dir, '2026-11-21')).map(short)).toEqual([
      ['2026-11-02', 'acme', 'none→red', 'added', null, 100],
      ['2026-11-21', 'acme', 'red→green', 'time', 100, 100],
    ]);
    expect((await logOf(repo.dir, '2026-11-19')).map(short)).toEqual([['2026-11-02', 'acme', 'none→red', 'added', null, 100]]);
  });

  test("drift found at a commit's date is a time entry on that date, ahead of the commit's own", async () => {
    const repo = historyRepo({ 'accounts/acme.yaml': redUntil('2026-11-20') });
    const first = repo.commit('book', '2026-11-02');
    const edit = repo.write('accounts/acme.yaml', edited(redUntil('2026-11-20'), { 'ce_pulse:': '  ce_pulse: poor' })).commit('acme poor', '2026-11-21');
    const entries = await logOf(repo.dir, '2026-11-21');
    expect(entries.map((e) => [...short(e), e.commit])).toEqual([
      ['2026-11-02', 'acme', 'none→red', 'added', null, 100, first],
      ['2026-11-21', 'acme', 'red→green', 'time', 100, 100, first],
      ['2026-11-21', 'acme', 'green→yellow', 'data', 100, 95, edit],
    ]);
  });

  test('a commit dated before the one ahead of it (a skewed clock) is scored at its own date', async () => {
    const repo = historyRepo({ 'accounts/acme.yaml': redUntil('2026-11-20') });
    const first = repo.commit('book', '2026-11-25');
    const second = repo.write('accounts/acme.yaml', edited(redUntil('2026-11-20'), { 'ce_pulse:': '  ce_pulse: poor' })).commit('acme poor', '2026-11-10');
    expect((await logOf(repo.dir, '2026-11-25')).map((e) => [e.date, e.account, `${e.from}→${e.to}`, e.cause, e.commit])).toEqual([
      ['2026-11-25', 'acme', 'none→green', 'added', first],
      // On the 10th the override was still in force.
      ['2026-11-10', 'acme', 'green→red', 'time', first],
      // And on the as-of date it had ended: the poor pulse shows.
      ['2026-11-25', 'acme', 'red→yellow', 'time', second],
    ]);
  });

  test('an account added and one removed: from and to none', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    const added = repo.write('accounts/beta.yaml', beta).commit('beta', '2026-11-03');
    const removed = repo.remove('accounts/beta.yaml').commit('beta churned', '2026-11-04');
    const entries = await logOf(repo.dir, '2026-11-04', '--account', 'beta');
    expect(entries).toEqual([
      { date: '2026-11-03', commit: added, author: 'Test User', account: 'beta', owner: 'priya', from: 'none', to: 'green', score_before: null, score_after: 86.25, cause: 'added', changes: [] },
      { date: '2026-11-04', commit: removed, author: 'Test User', account: 'beta', owner: 'priya', from: 'green', to: 'none', score_before: 86.25, score_after: null, cause: 'removed', changes: [] },
    ]);
  });

  test('an unknown colour shows no score in the table and the markdown (it rests on too little data), and the JSON keeps it', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/thin.yaml', edited(validAccount, { 'name:': 'name: Thin Data' }).replace(/traits:\n(  .*\n)+/, 'traits:\n  ce_pulse: healthy\n')).commit('thin', '2026-11-03');
    const [entry] = await logOf(repo.dir, '2026-11-04', '--account', 'thin');
    expect(entry).toMatchObject({ from: 'none', to: 'unknown', cause: 'added', score_after: expect.any(Number) });
    const table = await vitals(['log', '--repo', repo.dir, '--as-of', '2026-11-04', '--account', 'thin']);
    expect(table.stdout).toMatch(/ none → unknown +- → - +added /);
    const markdown = await vitals(['log', '--repo', repo.dir, '--as-of', '2026-11-04', '--account', 'thin', '--format', 'markdown']);
    expect(markdown.stdout).toContain('| none → unknown | - → - | added |');
  });

  test('a file moved to a sub-folder keeps its history: no removal, no addition; an edit there is data', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/emea/acme.yaml', validAccount).remove('accounts/acme.yaml').commit('acme to emea/', '2026-11-03');
    const edit = repo.write('accounts/emea/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    const entries = await logOf(repo.dir, '2026-11-04');
    expect(entries.map((e) => [...short(e), e.commit])).toEqual([
      ['2026-11-02', 'acme', 'none→green', 'added', null, 100, entries[0]!.commit],
      ['2026-11-04', 'acme', 'green→yellow', 'data', 100, 95, edit],
    ]);
  });

  test('a merge commit is one step of the first-parent line, by its own date and author', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    repo.commit('book', '2026-11-02');
    repo.git(['checkout', '-q', '-b', 'side']);
    repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-03');
    repo.remove('accounts/beta.yaml').commit('beta gone', '2026-11-04');
    repo.git(['checkout', '-q', 'main']);
    const at = '2026-11-06T12:00:00+00:00';
    repo.git(['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at, GIT_AUTHOR_NAME: 'Merger' });
    const merge = repo.git(['rev-parse', 'HEAD']).trim();
    const entries = await logOf(repo.dir, '2026-11-06');
    expect(entries.slice(2).map((e) => [...short(e), e.commit, e.author])).toEqual([
      ['2026-11-06', 'acme', 'green→yellow', 'data', 100, 95, merge, 'Merger'],
      ['2026-11-06', 'beta', 'green→none', 'removed', 86.25, null, merge, 'Merger'],
    ]);
  });

  test('a log saved on a branch that is later merged is read again along the first-parent line: warm equals cold', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    repo.commit('book', '2026-11-02');
    repo.git(['checkout', '-q', '-b', 'side']);
    repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-03');
    // Saved while on the branch: its head will be an ancestor of the merge, but not on main's line.
    await logOf(repo.dir, '2026-11-06');
    repo.git(['checkout', '-q', 'main']);
    const at = '2026-11-05T12:00:00+00:00';
    repo.git(['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
    const merge = repo.git(['rev-parse', 'HEAD']).trim();
    const warm = await logOf(repo.dir, '2026-11-06');
    expect(warm.find((e) => e.account === 'acme' && e.cause === 'data')?.commit).toBe(merge);
    rmSync(join(repo.dir, '.git', 'vitals'), { recursive: true });
    expect(await logOf(repo.dir, '2026-11-06')).toEqual(warm);
  });

  test('a book in a folder of a larger repository: log and diff against the work tree read its paths', async () => {
    const top = mkdtempSync(join(tmpdir(), 'vitals-mono-'));
    const book = join(top, 'book');
    renameSync(tempBook({ 'accounts/beta.yaml': beta }), book);
    gitIn(top, ['init', '-q', '-b', 'main']);
    const commit = (message: string, date: string) => {
      gitIn(top, ['add', '-A']);
      gitIn(top, ['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` });
    };
    commit('book', '2026-11-02');
    writeFileSync(join(book, 'accounts', 'acme.yaml'), poorPulse);
    commit('acme poor', '2026-11-04');
    expect((await logOf(book, '2026-11-06')).map((e) => [e.date, e.account, e.cause])).toEqual([
      ['2026-11-02', 'acme', 'added'],
      ['2026-11-02', 'beta', 'added'],
      ['2026-11-04', 'acme', 'data'],
    ]);
    const diff = async (...revs: string[]) => JSON.parse((await vitals(['diff', ...revs, '--repo', book, '--as-of', '2026-11-06', '--format', 'json'])).stdout).accounts;
    expect((await diff('HEAD~1')).map((a: { id: string }) => a.id)).toEqual(['acme']);
    expect(await diff('HEAD~1')).toEqual(await diff('HEAD~1', 'HEAD'));
    rmSync(top, { recursive: true });
  });

  test('a second file with an id already taken is a problem at its commit: the account stays the first, and removing the copy removes nothing', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    const copy = repo.write('accounts/emea/acme.yaml', poorPulse).commit('copy', '2026-11-03');
    // An edit of the account while the copy is there: the copy was reported where it came.
    repo.write('accounts/acme.yaml', `${validAccount}# edited\n`).commit('acme edited', '2026-11-04');
    repo.remove('accounts/emea/acme.yaml').commit('copy gone', '2026-11-05');
    const log = await readLog(repo);
    expect(log.entries.map((e) => `${e.account} ${e.cause}`)).toEqual(['acme added']);
    expect(log.problems.map((p) => [p.file, p.commit, p.message])).toEqual([
      ['accounts/emea/acme.yaml', copy, 'account id "acme" is also accounts/acme.yaml: ids are unique across the book, so this file is not read'],
    ]);
  });

  test('an account file turned into a symbolic link is read as absent, as --rev reads that commit, and the link is a problem at its commit', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/.kept.yaml', validAccount).remove('accounts/acme.yaml');
    symlinkSync('.kept.yaml', join(repo.dir, 'accounts', 'acme.yaml'));
    const link = repo.commit('acme is a link', '2026-11-03');
    const log = await readLog(repo);
    expect(log.entries.map((e) => `${e.date} ${e.account} ${e.cause}`)).toEqual(['2026-11-02 acme added', '2026-11-03 acme removed']);
    expect(log.problems.map((p) => [p.file, p.commit, p.message])).toEqual([['accounts/acme.yaml', link, 'a symbolic link: links are not followed in a commit, so it is not read']]);
    const atLink = await vitals(['score', '--rev', link, '--repo', repo.dir, '--as-of', '2026-11-06', '--format', 'json']);
    expect(JSON.parse(atLink.stdout).accounts).toEqual([]);
  });

  test('an account file whose name is no id is a problem at its commit, as the loader has it', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    const odd = repo.write('accounts/-p.yaml', validAccount).commit('odd name', '2026-11-03');
    const log = await readLog(repo);
    expect(log.entries.map((e) => `${e.account} ${e.cause}`)).toEqual(['acme added']);
    expect(log.problems.map((p) => [p.file, p.commit, p.message])).toEqual([
      ['accounts/-p.yaml', odd, 'account file name "-p" is not a valid id: lowercase letters, digits and dashes, starting with a letter or digit'],
    ]);
  });

  test('a file moved with its content unchanged is saved under its new path', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    expect(repo.read('accounts/acme.yaml')).toBe(validAccount);
    repo.remove('accounts/acme.yaml').write('accounts/emea/acme.yaml', validAccount).commit('move', '2026-11-03');
    // Read oldest first (nothing parsed ahead): the version in force was read under its old path.
    const log = await readLog(repo, { parsedAhead: 0 });
    expect(log.state().accounts.map(([id, file]) => [id, file.path])).toEqual([['acme', 'accounts/emea/acme.yaml']]);
  });

  test("a commit's date is the calendar date in its own offset", async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', poorPulse);
    repo.git(['add', '-A']);
    const late = '2026-11-08T23:30:00-05:00';
    repo.git(['commit', '-q', '-m', 'late'], { GIT_AUTHOR_DATE: late, GIT_COMMITTER_DATE: late });
    expect((await logOf(repo.dir, '2026-11-10')).map((e) => e.date)).toEqual(['2026-11-02', '2026-11-08']);
  });

  test('a model invalid in an old commit is a problem at that commit; the last valid model stays in force', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': beta });
    repo.commit('book', '2026-11-02');
    const health = repo.read('playbooks/health-score.yaml');
    const broken = repo.write('playbooks/health-score.yaml', health.replace('weight: 55', 'weight: 60')).commit('weights to 105', '2026-11-03');
    const fixed = repo.write('playbooks/health-score.yaml', health.replace('colors: { green: 66.7', 'colors: { green: 90')).commit('green from 90', '2026-11-04');
    const out = await vitals(['log', '--repo', repo.dir, '--as-of', '2026-11-04', '--format', 'json']);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(new RegExp(`^vitals: at ${broken.slice(0, 7)} \\(2026-11-03\\): playbooks/health-score.yaml:\\d+:\\d+: .*100`));
    const { entries } = JSON.parse(out.stdout) as { entries: LogEntry[] };
    expectChained(entries);
    expect(entries.slice(2).map((e) => [...short(e), e.commit])).toEqual([['2026-11-04', 'beta', 'green→yellow', 'model', 86.25, 86.25, fixed]]);
  });

  test('an account file broken in an old commit is a problem there, not a removal', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', 'name: [unclosed\n').commit('oops', '2026-11-03');
    const edit = repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    const history = openHistory({ root: repo.dir, asOf: '2026-11-04', env: process.env });
    const entries = await history.log({});
    expectChained(entries);
    expect(entries.map((e) => [...short(e), e.commit]).slice(1)).toEqual([['2026-11-04', 'acme', 'green→yellow', 'data', 100, 95, edit]]);
    expect((await history.problems()).map((p) => [p.date, p.file])).toEqual([['2026-11-03', 'accounts/acme.yaml']]);
  });

  test('--since, --until and --owner select entries; table and markdown print them', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': edited(beta, { 'owner:': 'owner: marco' }) });
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    expect((await logOf(repo.dir, '2026-11-05', '--owner', 'marco')).map((e) => e.account)).toEqual(['beta']);
    expect((await logOf(repo.dir, '2026-11-05', '--since', '2026-11-03')).map((e) => e.date)).toEqual(['2026-11-04']);
    expect((await logOf(repo.dir, '2026-11-05', '--until', '2026-11-03')).map((e) => e.date)).toEqual(['2026-11-02', '2026-11-02']);
    const table = await vitals(['log', '--repo', repo.dir, '--as-of', '2026-11-05', '--since', '2026-11-03']);
    expect(table.stdout).toMatch(/^DATE +ACCOUNT +COLOUR +SCORE +CAUSE +COMMIT +AUTHOR +CHANGES\n2026-11-04 +acme +green → yellow +100\.0 → 95\.0 +data +[0-9a-f]{7} +Test User +ce_pulse "healthy" → "poor"\n$/);
    const markdown = await vitals(['log', '--repo', repo.dir, '--as-of', '2026-11-05', '--since', '2026-11-03', '--format', 'markdown']);
    expect(markdown.stdout).toContain('| 2026-11-04 | acme | green → yellow | 100.0 → 95.0 | data |');
    // A range that cannot hold anything is a mistake to say, not an empty log.
    const backwards = await vitals(['log', '--repo', repo.dir, '--as-of', '2026-11-05', '--since', '2026-11-04', '--until', '2026-11-03']);
    expect(backwards).toMatchObject({ code: 2, stdout: '', stderr: 'vitals: --since 2026-11-04 is after --until 2026-11-03: the range is empty\n' });
  });

  test('--account or --owner that the history never held is a typo said as one, not "no colour changed"', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    const log = (...args: string[]) => vitals(['log', '--repo', repo.dir, '--as-of', '2026-11-05', ...args]);
    expect(await log('--account', 'acm')).toMatchObject({ code: 2, stdout: '', stderr: 'vitals: --account "acm" is no account in the history of HEAD (did you mean "acme"?)\n' });
    expect(await log('--owner', 'nobody')).toMatchObject({ code: 2, stdout: '', stderr: 'vitals: --owner "nobody" is not a member in playbooks/team.yaml\n' });
    // Known, with nothing in the range: an account, a TA of the team who owns none.
    expect(await log('--account', 'acme', '--since', '2026-11-04')).toMatchObject({ code: 0, stdout: 'No colour changed in this range.\n' });
    expect(await log('--owner', 'theo')).toMatchObject({ code: 0, stdout: 'No colour changed in this range.\n' });
  });

  test('--account of an account a shallow clone holds from its first commit on, never changing colour, is an empty log', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/beta.yaml', beta).commit('beta', '2026-11-03');
    const clone = `${repo.dir}-shallow`;
    repo.git(['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    const out = await vitals(['log', '--repo', clone, '--as-of', '2026-11-05', '--account', 'acme']);
    rmSync(clone, { recursive: true, force: true });
    expect(out).toMatchObject({ code: 0, stdout: 'No colour changed in this range.\n' });
  });

  test('progress on stderr when it is a terminal (and none otherwise: every log above checks an empty stderr)', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    let stderr = '';
    const code = await run(['log', '--repo', repo.dir, '--as-of', '2026-11-05', '--format', 'json'], {
      stdout: { write: () => true, isTTY: false },
      stderr: Object.assign({ write: (t: string) => (stderr += t) }, { isTTY: true }),
      env: {},
      cwd: repo.dir,
    });
    expect(code).toBe(0);
    expect(stderr).toBe('\rreading history: 2 commits\r\x1b[K');
  });

  test('outside git, log says so and exits 2', async () => {
    const repo = historyRepo();
    const out = await vitals(['log', '--repo', repo.dir]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^vitals: /);
  });
});
