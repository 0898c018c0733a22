#!/usr/bin/env node
// `npm run bench:history`: what reading history costs (issue 12), next to what git itself costs on
// the same history. `vitals log` cold (no .git/vitals/) against `git log -p` of the same range (it
// too reads every blob), warm against bare `git log --raw`; `vitals diff` of a weight change at
// 10,000 accounts against a cold `vitals validate`; and what the layout of accounts/ does to git
// at 10,000 accounts. Ratios are taken within each round (the machine is shared and noisy).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBook } from './generate-book.mjs';
import { generateHistory } from './generate-history.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const vitalsBin = join(root, 'dist', 'bin', 'vitals.cjs');
const work = mkdtempSync(join(tmpdir(), 'vitals-bench-history-'));
const AS_OF = '2025-11-30';

// With GNU time, each command's CPU seconds (user + system, its children included) are taken too:
// on a machine shared with other work they swing less than wall times.
const gnuTime = spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0;
const cpu = {};

function time(cmd, args, { cwd, stdoutFile, expect = 0, env = process.env, name } = {}) {
  const out = openSync(stdoutFile ?? '/dev/null', 'w');
  const cpuFile = join(work, 'cpu');
  const [run, runArgs] = gnuTime && name ? ['/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(run, runArgs, { cwd, env, encoding: 'utf8', stdio: ['ignore', out, 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  if (result.status !== expect) throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  if (gnuTime && name) (cpu[name] ??= []).push(readFileSync(cpuFile, 'utf8').trim().split(' ').reduce((a, b) => a + Number(b), 0));
  return seconds;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const git = (cwd, args) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;

function report(title, rounds, ratios) {
  console.log(`\n${title}\n${'command'.padEnd(52)} median   (each round)`);
  for (const name of Object.keys(rounds[0])) {
    const times = rounds.map((r) => r[name]);
    const cpuTimes = cpu[name] ? `, cpu ${median(cpu[name]).toFixed(3)} s` : '';
    console.log(`${name.padEnd(52)} ${median(times).toFixed(3)} s${cpuTimes}  (${times.map((t) => t.toFixed(2)).join(' ')})`);
  }
  for (const [label, top, bottom, target] of ratios) {
    const rs = rounds.map((r) => r[top] / r[bottom]);
    const m = median(rs);
    const cpuRatio = cpu[top] ? `; cpu ${(median(cpu[top].map((t, i) => t / cpu[bottom][i]))).toFixed(2)}` : '';
    const verdict = target === undefined ? '' : `; target <= ${target}) ${m <= target ? 'ok' : 'OVER'}`;
    console.log(`  ${label.padEnd(34)} ${m.toFixed(2)}  (range ${Math.min(...rs).toFixed(2)}-${Math.max(...rs).toFixed(2)}${cpuRatio}${verdict || ')'}`);
  }
}

// 1. vitals log on a history that is not the demo's: 1,000 accounts, 1,000 commits of 1-20
// accounts, a weight change every 100 commits.
const history = join(work, 'history');
mkdirSync(history);
generateHistory(history, { accounts: 1000, commits: 1000, seed: 7, playbooks: join(root, 'playbooks') });
const blobs = new Set(git(history, ['log', '--raw', '--no-abbrev', '--format=', '--', 'accounts']).split('\n').map((l) => l.split(' ')[3]).filter((s) => s && !/^0+$/.test(s)));
console.log(`history: ${git(history, ['rev-list', '--count', 'HEAD']).trim()} commits, ${blobs.size} distinct account blobs`);
const logNames = ['git log -p (first-parent, accounts/ playbooks/)', 'git log --raw (the same)', 'vitals log --format json, cold', 'vitals log --format json, warm'];
const range = ['--first-parent', 'HEAD', '--', 'accounts', 'playbooks'];
const logRounds = [];
for (let i = 0; i < RUNS; i++) {
  const round = {};
  round[logNames[0]] = time('git', ['log', '-p', ...range], { cwd: history, name: logNames[0] });
  round[logNames[1]] = time('git', ['log', '--raw', ...range], { cwd: history, name: logNames[1] });
  rmSync(join(history, '.git', 'vitals'), { recursive: true, force: true });
  const out = join(work, 'log.json');
  round[logNames[2]] = time(process.execPath, [vitalsBin, 'log', '--format', 'json', '--as-of', AS_OF], { cwd: history, stdoutFile: out, name: logNames[2] });
  const cold = readFileSync(out, 'utf8');
  round[logNames[3]] = time(process.execPath, [vitalsBin, 'log', '--format', 'json', '--as-of', AS_OF], { cwd: history, stdoutFile: out, name: logNames[3] });
  if (readFileSync(out, 'utf8') !== cold) throw new Error('vitals log warm printed another log than cold');
  logRounds.push(round);
}
const entries = JSON.parse(readFileSync(join(work, 'log.json'), 'utf8')).entries;
console.log(`vitals log: ${entries.length} entries`);
report('vitals log', logRounds, [
  ['cold log / git log -p', logNames[2], logNames[0], 2],
  ['warm log / git log --raw', logNames[3], logNames[1], 1],
]);

// 1b. What a TA runs most: vitals log after a pull or an edit brought a commit on top of the saved
// log. Each round commits one account's change (an hour after the last commit), then times the log.
const last = Date.parse(git(history, ['log', '-1', '--format=%cI']).trim());
const newNames = ['git log --raw (one commit more each round)', 'vitals log --format json, one new commit'];
const newRounds = [];
for (let i = 0; i < RUNS; i++) {
  const file = join(history, 'accounts', `account-${String(i * 97 + 1).padStart(5, '0')}.yaml`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\bseats: (\d+)/, (_, n) => `seats: ${Number(n) + 1}`));
  const when = new Date(last + (i + 1) * 3_600_000).toISOString();
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@vitals.example', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@vitals.example', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
  const committed = spawnSync('git', ['commit', '-q', '-am', `seats ${i}`], { cwd: history, env, encoding: 'utf8' });
  if (committed.status !== 0) throw new Error(`git commit: ${committed.stderr}${committed.stdout}`);
  const round = {};
  round[newNames[0]] = time('git', ['log', '--raw', ...range], { cwd: history, name: newNames[0] });
  round[newNames[1]] = time(process.execPath, [vitalsBin, 'log', '--format', 'json', '--as-of', AS_OF], { cwd: history, name: newNames[1] });
  newRounds.push(round);
}
report('vitals log after one new commit on top of the saved log (no target)', newRounds, [['log / git log --raw', newNames[1], newNames[0]]]);

// 2. vitals diff of a weight change at 10,000 accounts, against a cold validate of the same book.
const book = join(work, 'book');
mkdirSync(book);
generateBook(book, { accounts: 10000, seed: 42, playbooks: join(root, 'playbooks') });
// Packed, as a cloned repository is: 10,000 loose objects would time the file system.
for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['-c', 'user.name=Bench', '-c', 'user.email=bench@vitals.example', 'commit', '-q', '-m', 'book'], ['gc', '-q']]) git(book, args);
const health = join(book, 'playbooks', 'health-score.yaml');
writeFileSync(health, readFileSync(health, 'utf8').replace(/weight: 25\b/, 'weight: 15').replace(/weight: 55\b/, 'weight: 65'));
const diffNames = ['vitals validate, cold (10,000 accounts)', 'vitals diff HEAD --format json (weight change)'];
const diffRounds = [];
for (let i = 0; i < RUNS; i++) {
  const round = {};
  // An empty HOME each time: validate keeps results in ~/.cache/vitals, and cold means without them.
  const home = mkdtempSync(join(work, 'home-'));
  const env = { ...process.env, HOME: home, XDG_CACHE_HOME: '' };
  round[diffNames[0]] = time(process.execPath, [vitalsBin, 'validate', '--as-of', AS_OF], { cwd: book, env, name: diffNames[0] });
  round[diffNames[1]] = time(process.execPath, [vitalsBin, 'diff', 'HEAD', '--format', 'json', '--as-of', AS_OF], { cwd: book, env, stdoutFile: join(work, 'diff.json'), name: diffNames[1] });
  diffRounds.push(round);
}
const diff = JSON.parse(readFileSync(join(work, 'diff.json'), 'utf8'));
console.log(`\nvitals diff: ${diff.model_changes.length} model changes, ${diff.accounts.length} accounts moved`);
report('vitals diff', diffRounds, [['diff / cold validate', diffNames[1], diffNames[0], 2]]);

// 3. The layout of accounts/ at 10,000 accounts: one folder, or 100 sub-folders of 100. Every
// commit rewrites the tree of the folder it touches: 10,000 entries, or 100 and the 100 above.
console.log('\naccounts/ layout at 10,000 accounts, 300 commits of 1-20 accounts:');
for (const groups of [0, 100]) {
  const dir = join(work, `layout-${groups}`);
  mkdirSync(dir);
  generateHistory(dir, { accounts: 10000, commits: 300, seed: 11, playbooks: join(root, 'playbooks'), groups });
  git(dir, ['gc', '-q', '--aggressive']);
  const size = Number(git(dir, ['count-objects', '-v']).match(/size-pack: (\d+)/)[1]);
  const raw = median(Array.from({ length: RUNS }, () => time('git', ['log', '--raw', ...range], { cwd: dir })));
  rmSync(join(dir, '.git', 'vitals'), { recursive: true, force: true });
  // As of the last commit: the Sundays after it would time the scoring of 10,000 accounts, not git.
  const last = git(dir, ['log', '-1', '--format=%cs']).trim();
  const cold = time(process.execPath, [vitalsBin, 'log', '--format', 'json', '--as-of', last], { cwd: dir });
  console.log(`  ${groups === 0 ? 'accounts/<id>.yaml        ' : 'accounts/<group>/<id>.yaml'}  pack ${(size / 1024).toFixed(1)} MiB, git log --raw ${raw.toFixed(3)} s, vitals log cold ${cold.toFixed(2)} s`);
}
rmSync(work, { recursive: true, force: true });
