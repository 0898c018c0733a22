#!/usr/bin/env node
// `npm run bench`: wall times of whole commands on a synthetic 10,000-account book, next to what a
// user would otherwise run. Every number is a median of several runs; compare the ratios printed in
// the same run, not absolute times across machines.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBook } from './generate-book.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const vitalsBin = join(root, 'dist', 'bin', 'vitals.cjs');
const ajvBin = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');

const work = mkdtempSync(join(tmpdir(), 'vitals-bench-'));
const master = join(work, 'book');
mkdirSync(master);
generateBook(master, { accounts: ACCOUNTS, seed: 42, playbooks: join(root, 'playbooks') });

/** Runs a command, failing loudly if it does not do what it is being timed for. */
function time(cmd, args, { env = {}, expect = 0 } = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== expect) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}:\n${(result.stderr || result.stdout).slice(0, 2000)}`);
  }
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A fresh copy of the book (new paths, new mtimes) and an empty HOME: no cache can help. */
function freshCopy(i) {
  const dir = join(work, `copy-${i}`);
  cpSync(master, dir, { recursive: true });
  const home = join(work, `home-${i}`);
  mkdirSync(home);
  // Let the copy reach the disk first: writeback competing with the run would time the disk.
  spawnSync('sync');
  return { dir, home };
}

const results = {};
function measure(name, fn) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(fn(i));
  results[name] = median(times);
  console.log(`${name.padEnd(44)} ${results[name].toFixed(3)} s  (runs: ${times.map((t) => t.toFixed(2)).join(' ')})`);
}

console.log(`vitals bench: ${ACCOUNTS} accounts, median of ${RUNS} runs, node ${process.version}\n`);
measure('node startup (node -e 0)', () => time(process.execPath, ['-e', '0']));
measure('ajv-cli validate (ajv-formats)', () =>
  time(process.execPath, [
    ajvBin, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors',
    '-s', join(root, 'schemas', 'account.schema.json'), '-r', join(root, 'schemas', 'common.schema.json'),
    '-d', join(master, 'accounts', '*.yaml'),
  ]),
);
let c = 0;
measure('vitals validate, cold (new copy, empty HOME)', () => {
  const { dir, home } = freshCopy(c++);
  const t = time(process.execPath, [vitalsBin, 'validate', '--repo', dir, '--as-of', '2026-11-22'], { env: { HOME: home, XDG_CACHE_HOME: '' } });
  rmSync(dir, { recursive: true, force: true });
  return t;
});
const warm = freshCopy('warm');
time(process.execPath, [vitalsBin, 'validate', '--repo', warm.dir, '--as-of', '2026-11-22'], { env: { HOME: warm.home, XDG_CACHE_HOME: '' } });
measure('vitals validate, warm (same copy, second run)', () =>
  time(process.execPath, [vitalsBin, 'validate', '--repo', warm.dir, '--as-of', '2026-11-22'], { env: { HOME: warm.home, XDG_CACHE_HOME: '' } }),
);
measure('vitals score --format json (no cache)', () =>
  time(process.execPath, [vitalsBin, 'score', '--format', 'json', '--repo', warm.dir, '--as-of', '2026-11-22'], { env: { HOME: warm.home, XDG_CACHE_HOME: '' } }),
);

const ajv = results['ajv-cli validate (ajv-formats)'];
console.log('\nratios to ajv-cli (targets: cold <= 0.5, warm <= 0.2):');
console.log(`  cold  ${(results['vitals validate, cold (new copy, empty HOME)'] / ajv).toFixed(2)}`);
console.log(`  warm  ${(results['vitals validate, warm (same copy, second run)'] / ajv).toFixed(2)}`);
console.log('score to cold validate (target: <= 1.2):');
console.log(`  ${(results['vitals score --format json (no cache)'] / results['vitals validate, cold (new copy, empty HOME)']).toFixed(2)}`);
rmSync(work, { recursive: true, force: true });

// The edit benchmark (issue 4) builds its own git repository: `vitals set` against `git commit`.
console.log('');
spawnSync(process.execPath, [join(root, 'bench', 'set.mjs')], { stdio: 'inherit', env: { ...process.env, BENCH_ACCOUNTS: String(ACCOUNTS) } });
