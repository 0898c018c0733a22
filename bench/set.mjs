#!/usr/bin/env node
// `vitals set` on a 10,000-account repository against `git commit` of the same one-line change
// alone (SPEC §5, issue 4: the edit may cost at most ~200 ms more than the commit it makes).
// Standalone: `node bench/set.mjs` after a build; prints medians and the difference, then audits
// one run for what it read and loaded (one account file, the playbooks, no Ink).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateBook } from './generate-book.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const TARGET_MS = 250;
const vitalsBin = join(root, 'dist', 'bin', 'vitals.cjs');

const work = mkdtempSync(join(tmpdir(), 'vitals-bench-set-'));
const book = join(work, 'book');
mkdirSync(book);
generateBook(book, { accounts: ACCOUNTS, seed: SEED, playbooks: join(root, 'playbooks') });
const git = (args, options = {}) => {
  const result = spawnSync('git', args, { cwd: book, encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};
git(['init', '-q', '-b', 'main']);
for (const [key, value] of [['user.name', 'Bench'], ['user.email', 'priya.raman@lodestar.example'], ['commit.gpgSign', 'false'], ['gc.auto', '0']]) {
  git(['config', key, value]);
}
git(['add', '.']);
git(['commit', '-q', '-m', 'book']);

const account = (i) => `account-${String(i).padStart(5, '0')}`;
const file = (i) => join(book, 'accounts', `${account(i)}.yaml`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(cmd, args, env = process.env) {
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { cwd: book, encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/** A value different from the account's current versions_behind, so every run is a real change. */
function nextVersionsBehind(i) {
  const current = Number(/versions_behind: (\d+)/.exec(readFileSync(file(i), 'utf8'))[1]);
  return (current + 1) % 8;
}

// Alternate the two, each on its own account, so neither gets a warmer cache.
let next = 1;
function measure(env) {
  const setTimes = [];
  const commitTimes = [];
  for (let run = 0; run < RUNS; run++) {
    const a = next++;
    setTimes.push(timed(process.execPath, [vitalsBin, 'set', '--repo', book, '--as-of', '2026-11-22', account(a), `versions_behind=${nextVersionsBehind(a)}`], env));
    const b = next++;
    const text = readFileSync(file(b), 'utf8');
    writeFileSync(file(b), text.replace(/versions_behind: \d+/, `versions_behind: ${nextVersionsBehind(b)}`));
    commitTimes.push(timed('git', ['commit', '-q', '-m', `${account(b)}: versions_behind`, '--', `accounts/${account(b)}.yaml`], env));
  }
  const nodeTimes = Array.from({ length: RUNS }, () => timed(process.execPath, ['-e', '0'], env));
  const set = median(setTimes);
  const commit = median(commitTimes);
  const show = (xs) => xs.map((t) => t.toFixed(0)).join(' ');
  console.log(`node startup alone (node -e 0)             ${median(nodeTimes).toFixed(0).padStart(5)} ms  (runs: ${show(nodeTimes)})`);
  console.log(`git commit of the one-line change alone   ${commit.toFixed(0).padStart(5)} ms  (runs: ${show(commitTimes)})`);
  console.log(`vitals set (parse, score, write, commit)  ${set.toFixed(0).padStart(5)} ms  (runs: ${show(setTimes)})`);
  console.log(`difference                                ${(set - commit).toFixed(0).padStart(5)} ms  (target: <= ${TARGET_MS} ms) ${set - commit <= TARGET_MS ? 'ok' : 'OVER'}`);
}

console.log(`vitals set bench: ${ACCOUNTS} accounts (seed ${SEED}), median of ${RUNS} runs, node ${process.version}\n`);
measure(process.env);
if (process.env.NODE_EXTRA_CA_CERTS) {
  // Node 20 loads these certificates before any script runs; git does not. vitals makes no TLS
  // connection, but cannot skip what Node does before it starts.
  console.log('\nthe same without NODE_EXTRA_CA_CERTS (set here; Node 20 loads it as it starts):');
  const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
  measure(env);
}

// One more run, watched: which files under accounts/ it opens, and whether Ink or React load.
const log = join(work, 'audit.log');
const hooks = join(work, 'hooks.mjs');
writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (/node_modules\\/(ink|react)\\//.test(url)) appendFileSync(${JSON.stringify(log)}, 'module ' + url + '\\n');\n  return next(url, context);\n}\n`);
const preload = join(work, 'preload.mjs');
writeFileSync(preload, `import fs from 'node:fs';\nimport { register, syncBuiltinESMExports } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\nconst { openSync, readFileSync } = fs;\nconst note = (p) => { if (String(p).includes('/accounts/')) fs.appendFileSync(${JSON.stringify(log)}, 'read ' + p + '\\n'); };\nfs.openSync = (p, ...rest) => (note(p), openSync(p, ...rest));\nfs.readFileSync = (p, ...rest) => (note(p), readFileSync(p, ...rest));\nsyncBuiltinESMExports();\n`);
appendFileSync(log, '');
const audited = next;
timed(process.execPath, ['--import', pathToFileURL(preload).href, vitalsBin, 'set', '--repo', book, '--as-of', '2026-11-22', account(audited), `versions_behind=${nextVersionsBehind(audited)}`], process.env);
const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
const reads = new Set(lines.filter((l) => l.startsWith('read ')).map((l) => l.slice(5).split('/accounts/')[1]));
const modules = lines.filter((l) => l.startsWith('module '));
console.log(`\naudit: account files opened: ${reads.size} (${[...reads].join(', ')}); Ink/React modules loaded: ${modules.length}`);
rmSync(work, { recursive: true, force: true });
