#!/usr/bin/env node
// Issue 10: `vitals validate` on a book where every account carries a warning (an active champion
// nobody on the contact list passes the champion test for, common in real books) against the same
// book without, in every --format. Time and peak memory of the whole process, in rounds; the
// ratios are taken within a round and their median printed. Target: <= 1.2x the time, <= 1.5x the
// peak memory. The time compared is CPU time (user + system): on a machine shared with other work,
// wall time swings by 2x between two runs of the same command, CPU time much less; wall is shown.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBook } from './generate-book.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ACCOUNTS = Number(process.env.BENCH_WARNINGS_ACCOUNTS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const vitalsBin = join(root, 'dist', 'bin', 'vitals.cjs');

const work = mkdtempSync(join(tmpdir(), 'vitals-bench-warnings-'));

/** The generated book with every account's champion active; with `warnings`, none passes the test. */
function book(name, warnings) {
  const dir = join(work, name);
  mkdirSync(dir);
  generateBook(dir, { accounts: ACCOUNTS, seed: 7, playbooks: join(root, 'playbooks') });
  for (const file of readdirSync(join(dir, 'accounts'))) {
    const path = join(dir, 'accounts', file);
    let text = readFileSync(path, 'utf8').replace('active_champion: false', 'active_champion: true');
    if (warnings) text = text.replace('power: true', 'power: false');
    writeFileSync(path, text);
  }
  return dir;
}

/** Seconds and peak resident memory (MB) of one `vitals validate`, checking what it reported. */
function measure(dir, format, warnings) {
  const args = ['-f', '%e %U %S %M', process.execPath, vitalsBin, 'validate', '--repo', dir, '--format', format, '--as-of', '2026-11-22'];
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`validate --format ${format} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  const found = format === 'json' ? JSON.parse(run.stdout).warnings : Number(/(\d+) warnings?$|all valid/m.exec(run.stdout)?.[1] ?? 0);
  if (found !== (warnings ? ACCOUNTS : 0)) throw new Error(`validate --format ${format} reported ${found} warnings`);
  const [wall, user, system, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, seconds: user + system, mb: kb / 1024 };
}

const plain = book('plain', false);
const warned = book('warned', true);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`validate on ${ACCOUNTS} accounts, every one with a warning vs none (median of ${RUNS} rounds)`);
console.log(`${'format'.padEnd(8)} ${'none: cpu, wall, peak'.padStart(26)} ${'warnings: cpu, wall, peak'.padStart(28)}   cpu ratio (<= 1.2)   memory ratio (<= 1.5)`);
for (const format of ['human', 'json', 'github']) {
  const rounds = [];
  for (let i = 0; i < RUNS; i++) rounds.push({ none: measure(plain, format, false), warn: measure(warned, format, true) });
  const t = median(rounds.map((r) => r.warn.seconds / r.none.seconds));
  const m = median(rounds.map((r) => r.warn.mb / r.none.mb));
  const at = (k, field) => median(rounds.map((r) => r[k][field]));
  const shown = (k) => `${at(k, 'seconds').toFixed(2)} s, ${at(k, 'wall').toFixed(2)} s, ${at(k, 'mb').toFixed(0)} MB`;
  console.log(
    `${format.padEnd(8)} ${shown('none').padStart(26)} ${shown('warn').padStart(28)}   ${t.toFixed(2)} ${t <= 1.2 ? 'ok  ' : 'OVER'}            ${m.toFixed(2)} ${m <= 1.5 ? 'ok' : 'OVER'}`,
  );
}
rmSync(work, { recursive: true, force: true });
