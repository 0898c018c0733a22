#!/usr/bin/env node
// `npm run bench`: wall times of whole commands on a synthetic 10,000-account book, next to what a
// user would otherwise run. Every number is a median of several runs; compare the ratios printed in
// the same run, not absolute times across machines.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBook } from './generate-book.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const vitalsBin = join(root, 'dist', 'bin', 'vitals.cjs');
const ajvBin = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');

const work = mkdtempSync(join(tmpdir(), 'vitals-bench-'));
const master = join(work, 'book');
mkdirSync(master);
generateBook(master, { accounts: ACCOUNTS, seed: 42, playbooks: join(root, 'playbooks') });

/**
 * Runs a command, failing loudly if it does not do what it is being timed for. With `stdoutFile`
 * its output goes to that file, as `> file` would send it, rather than through a pipe into this
 * process, which would time this process decoding 13 MB as well.
 */
function time(cmd, args, { env = {}, expect = 0, stdoutFile } = {}) {
  const out = stdoutFile === undefined ? 'pipe' : openSync(stdoutFile, 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', out, 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (out !== 'pipe') closeSync(out);
  if (![expect].flat().includes(result.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}:\n${(result.stderr || result.stdout).slice(0, 2000)}`);
  }
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A fresh copy of the book (new paths, new mtimes) and an empty HOME. */
function freshCopy(i) {
  const dir = join(work, `copy-${i}`);
  cpSync(master, dir, { recursive: true });
  const home = join(work, `home-${i}`);
  mkdirSync(home);
  // Let the copy reach the disk first: writeback competing with the run would time the disk.
  spawnSync('sync');
  return { dir, home };
}

// The machine is noisy (a run can take 1.3x another a minute later), so the commands are run in
// rounds, each round all of them back to back, and every ratio is taken within a round: the ratios
// printed are the median of the rounds' ratios, with their range.
// `validate --cache` keeps its result in the repository's .git/: the warm copy is a repository.
const warm = freshCopy('warm');
spawnSync('git', ['init', '-q'], { cwd: warm.dir });
const vitals = (args) => [vitalsBin, ...args, '--as-of', '2026-11-22'];
const homeEnv = (home) => ({ env: { HOME: home } });
time(process.execPath, vitals(['validate', '--cache', '--repo', warm.dir]), homeEnv(warm.home));

const names = ['node startup (node -e 0)', 'ajv-cli validate (ajv-formats)', 'vitals validate, cold (new copy)', 'vitals validate --cache, warm (same copy)', 'vitals score --format json > file'];
const rounds = [];
for (let i = 0; i < RUNS; i++) {
  const copy = freshCopy(i);
  const round = {};
  round[names[0]] = time(process.execPath, ['-e', '0']);
  round[names[1]] = time(process.execPath, [
    ajvBin, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors',
    '-s', join(root, 'schemas', 'account.schema.json'), '-r', join(root, 'schemas', 'common.schema.json'),
    '-d', join(master, 'accounts', '*.yaml'),
    // js-yaml reads a plain date as a Date: the plain-dated quarter of the files fails (exit 1).
  ], { expect: [0, 1] });
  round[names[2]] = time(process.execPath, vitals(['validate', '--repo', copy.dir]), homeEnv(copy.home));
  round[names[3]] = time(process.execPath, vitals(['validate', '--cache', '--repo', warm.dir]), homeEnv(warm.home));
  const scores = join(work, 'score.json');
  round[names[4]] = time(process.execPath, vitals(['score', '--format', 'json', '--repo', warm.dir]), { ...homeEnv(warm.home), stdoutFile: scores });
  const scored = JSON.parse(readFileSync(scores, 'utf8')).accounts.length;
  if (scored !== ACCOUNTS) throw new Error(`vitals score wrote ${scored} accounts, not ${ACCOUNTS}`);
  rmSync(copy.dir, { recursive: true, force: true });
  rounds.push(round);
}

console.log(`${'command'.padEnd(46)} median   (each round)`);
for (const name of names) {
  const times = rounds.map((r) => r[name]);
  console.log(`${name.padEnd(46)} ${median(times).toFixed(3)} s  (${times.map((t) => t.toFixed(2)).join(' ')})`);
}
function ratio(label, top, bottom, target) {
  const ratios = rounds.map((r) => r[top] / r[bottom]);
  const m = median(ratios);
  console.log(`  ${label.padEnd(30)} ${m.toFixed(2)}  (range ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}; target <= ${target}) ${m <= target ? 'ok' : 'OVER'}`);
}
console.log('\nratios, the median of the rounds:');
ratio('cold validate / ajv-cli', names[2], names[1], 0.5);
ratio('validate --cache warm / ajv-cli', names[3], names[1], 0.2);
ratio('score json / cold validate', names[4], names[2], 1.5);
if (process.env.NODE_EXTRA_CA_CERTS) {
  console.log(`\nNODE_EXTRA_CA_CERTS is set: Node 20 loads those certificates as it starts, before any script, and\nevery node process above pays for it (\`node -e 0\` alone: ${median(rounds.map((r) => r[names[0]])).toFixed(3)} s).`);
}
rmSync(work, { recursive: true, force: true });

// What scoring itself costs, apart from loading and writing (issue 3 expects ~1 µs an account).
console.log('');
spawnSync(process.execPath, [join(root, 'bench', 'engine.mjs')], { stdio: 'inherit', env: { ...process.env, BENCH_ACCOUNTS: String(ACCOUNTS) } });

// The edit benchmark (issue 4) builds its own git repository: `vitals set` against `git commit`.
console.log('');
spawnSync(process.execPath, [join(root, 'bench', 'set.mjs')], { stdio: 'inherit', env: { ...process.env, BENCH_ACCOUNTS: String(ACCOUNTS) } });

// Issue 10: a book where every account has a warning validates about as fast as one without.
console.log('');
spawnSync(process.execPath, [join(root, 'bench', 'warnings.mjs')], { stdio: 'inherit', env: process.env });
