import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openHistory } from '../../src/history/open-history.js';
import { validAccount, vitals } from '../helpers/book.js';
import { gitIn } from '../helpers/git.js';
import { edited, expectChained, historyRepo } from './history-repo.js';

const poorPulse = edited(validAccount, { 'ce_pulse:': '  ce_pulse: poor' });
const redUntil = `${validAccount}override: { color: red, reason: "exec escalation", until: 2026-11-20 }\n`;
const cacheFile = (dir: string) => join(dir, '.git', 'vitals', 'history-state.json');

async function logOf(dir: string, asOf = '2026-11-30', cache = true) {
  const entries = await openHistory({ root: dir, asOf, cache, env: process.env }).log({});
  expectChained(entries);
  return entries;
}

describe('the history kept in .git/vitals/', () => {
  test('a second run answers the same from the cache, for another date too', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': redUntil });
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    const cold = await logOf(repo.dir);
    expect(existsSync(cacheFile(repo.dir))).toBe(true);
    expect(await logOf(repo.dir)).toEqual(cold);
    expect(await logOf(repo.dir, '2026-11-21')).toEqual(await logOf(repo.dir, '2026-11-21', false));
    expect(cold.map((e) => [e.date, e.account, e.cause])).toEqual([
      ['2026-11-02', 'acme', 'added'],
      ['2026-11-02', 'beta', 'added'],
      ['2026-11-04', 'acme', 'data'],
      ['2026-11-22', 'beta', 'time'],
    ]);
  });

  test('two books in one repository keep a log each', async () => {
    const top = mkdtempSync(join(tmpdir(), 'vitals-two-books-'));
    const a = historyRepo({ 'accounts/alpha.yaml': validAccount });
    const b = historyRepo({ 'accounts/beta.yaml': poorPulse });
    gitIn(top, ['init', '-q', '-b', 'main']);
    cpSync(a.dir, join(top, 'team-a'), { recursive: true, filter: (path) => !path.includes('.git') });
    cpSync(b.dir, join(top, 'team-b'), { recursive: true, filter: (path) => !path.includes('.git') });
    gitIn(top, ['add', '-A']);
    gitIn(top, ['commit', '-q', '-m', 'two books'], { GIT_COMMITTER_DATE: '2026-11-02T12:00:00+00:00', GIT_AUTHOR_DATE: '2026-11-02T12:00:00+00:00' });
    const accounts = async (book: string) => (await logOf(join(top, book))).map((e) => e.account);
    expect(await accounts('team-a')).toEqual(['acme', 'alpha']);
    expect(await accounts('team-b')).toEqual(['acme', 'beta']);
    // And again, from the cache of each.
    expect(await accounts('team-a')).toEqual(['acme', 'alpha']);
    expect(await accounts('team-b')).toEqual(['acme', 'beta']);
    rmSync(top, { recursive: true, force: true });
  });

  test('a .mailmap written since, or a commit replaced (git replace), is read again, not answered from the cache', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    const edit = repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    expect((await logOf(repo.dir)).map((e) => e.author)).toEqual(['Test User', 'Test User']);
    repo.write('.mailmap', 'Renamed User <test@vitals.example>\n');
    expect((await logOf(repo.dir)).map((e) => e.author)).toEqual(['Renamed User', 'Renamed User']);
    // The edit replaced by one that leaves acme as it was: no entry of it is left.
    const tree = repo.git(['rev-parse', `${edit}~1^{tree}`]).trim();
    const instead = repo.git(['commit-tree', tree, '-p', `${edit}~1`, '-m', 'nothing'], { GIT_COMMITTER_DATE: '2026-11-04T12:00:00+00:00', GIT_AUTHOR_DATE: '2026-11-04T12:00:00+00:00' }).trim();
    repo.git(['replace', edit, instead]);
    expect((await logOf(repo.dir)).map((e) => [e.account, e.cause])).toEqual([['acme', 'added']]);
  });

  test('new commits are read on top of the cache, with the same entries as a run without it', async () => {
    const repo = historyRepo({ 'accounts/beta.yaml': redUntil });
    repo.commit('book', '2026-11-02');
    await logOf(repo.dir);
    repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-24');
    const health = repo.read('playbooks/health-score.yaml');
    repo.write('playbooks/health-score.yaml', health.replace('colors: { green: 66.7', 'colors: { green: 99.5')).commit('model', '2026-11-25');
    const warm = await logOf(repo.dir);
    expect(warm).toEqual(await logOf(repo.dir, '2026-11-30', false));
    expect(warm.slice(3).map((e) => [e.date, e.account, e.from, e.to, e.cause])).toEqual([
      ['2026-11-24', 'acme', 'green', 'yellow', 'data'],
      // Beta's last contact is 15 days old by then: 95.8, short of the new green.
      ['2026-11-25', 'beta', 'green', 'yellow', 'model'],
    ]);
    // The weekly series needs the account versions of old commits: read through git again. On the
    // 22nd the last contact (the 10th) is 12 days old; by the 29th 19, concerning: relationships 83.3.
    const weekly = await openHistory({ root: repo.dir, asOf: '2026-11-30', env: process.env }).weeklyScores(2);
    expect([...weekly.keys()]).toEqual(['acme', 'beta']);
    expect(weekly.get('acme')!.map((n) => n?.toFixed(2))).toEqual(['100.00', '90.83', '90.83']);
    expect(weekly.get('beta')!.map((n) => n?.toFixed(2))).toEqual(['100.00', '95.83', '95.83']);
    // Again on top of a cache that was itself extended: the entries saved first, those added then, and these.
    repo.write('accounts/gamma.yaml', validAccount).commit('gamma', '2026-11-26');
    const again = await logOf(repo.dir);
    expect(again).toEqual(await logOf(repo.dir, '2026-11-30', false));
    expect(again.slice(0, warm.length)).toEqual(warm);
    expect(again.slice(warm.length).map((e) => [e.date, e.account, e.cause])).toEqual([['2026-11-26', 'gamma', 'added']]);
  });

  test('a rewritten history, a corrupt or a deleted cache: read again from git', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    expect((await logOf(repo.dir)).map((e) => e.cause)).toEqual(['added', 'data']);
    repo.git(['reset', '-q', '--hard', 'HEAD~1']);
    repo.write('accounts/beta.yaml', validAccount).commit('beta instead', '2026-11-05');
    expect((await logOf(repo.dir)).map((e) => [e.account, e.cause])).toEqual([['acme', 'added'], ['beta', 'added']]);
    writeFileSync(cacheFile(repo.dir), '{"key": "x", "value": ');
    expect((await logOf(repo.dir)).map((e) => e.account)).toEqual(['acme', 'beta']);
    rmSync(join(repo.dir, '.git', 'vitals'), { recursive: true });
    expect((await logOf(repo.dir)).map((e) => e.account)).toEqual(['acme', 'beta']);
  });

  test('a shallow clone deepened since (git fetch --unshallow), at the same HEAD, is read again', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    repo.write('accounts/beta.yaml', validAccount).commit('beta', '2026-11-05');
    const clone = join(mkdtempSync(join(tmpdir(), 'vitals-shallow-')), 'book');
    gitIn(repo.dir, ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone]);
    // Where the clone's history stops, the book is the start: acme was not added there; beta was added after.
    expect((await logOf(clone)).map((e) => [e.account, e.cause])).toEqual([['beta', 'added']]);
    const { stderr } = await vitals(['log', '--repo', clone, '--as-of', '2026-11-30']);
    expect(stderr).toBe('vitals: this clone is shallow, so the log starts where its history does, with the book as it was then: git fetch --unshallow reads the rest\n');
    gitIn(clone, ['fetch', '-q', '--unshallow']);
    expect(await logOf(clone)).toEqual(await logOf(repo.dir, '2026-11-30', false));
    rmSync(join(clone, '..'), { recursive: true });
  });

  test('a saved log cut short by a byte, or padded, is read again from git, not printed', async () => {
    const repo = historyRepo();
    repo.commit('book', '2026-11-02');
    repo.write('accounts/acme.yaml', poorPulse).commit('acme poor', '2026-11-04');
    const cold = await logOf(repo.dir);
    const entries = join(repo.dir, '.git', 'vitals', 'history-log.ndjson');
    const whole = readFileSync(entries);
    truncateSync(entries, whole.length - 1);
    expect(await logOf(repo.dir)).toEqual(cold);
    writeFileSync(entries, whole);
    appendFileSync(entries, '\0\0\0');
    expect(await logOf(repo.dir)).toEqual(cold);
    // A byte changed in place, in an entry or in the header: the same length, another log.
    for (const [from, to] of [['"to":"yellow"', '"to":"yellov"'], ['"index":[[', '"index":[{']] as const) {
      writeFileSync(entries, Buffer.from(whole.toString('utf8').replace(from, to)));
      expect(readFileSync(entries).length).toBe(whole.length);
      expect(await logOf(repo.dir)).toEqual(cold);
    }
    // A folder where a file of it goes: read from git, and no temp file left behind.
    rmSync(entries);
    mkdirSync(entries);
    expect(await logOf(repo.dir)).toEqual(cold);
    expect(readdirSync(join(repo.dir, '.git', 'vitals')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    rmSync(entries, { recursive: true });
    await logOf(repo.dir);
    // The tails likewise.
    const tails = join(repo.dir, '.git', 'vitals', 'history-tails.json');
    writeFileSync(tails, readFileSync(tails, 'utf8').replace('"index":', '"indey":'));
    expect(await logOf(repo.dir)).toEqual(cold);
  });
});
