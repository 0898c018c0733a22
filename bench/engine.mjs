#!/usr/bin/env node
// The engine alone, in this process: every account of a generated book scored round after round
// (scoreSummary, what `vitals score` calls), after the book is loaded. The first round includes V8
// compiling and warming up the engine, as in a one-shot command; later rounds are the engine warm.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBook } from './generate-book.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10000);
const { bookChecks, compileModel, scoreSummary } = await import(join(root, 'dist', 'engine', 'index.js'));
const { loadBook } = await import(join(root, 'dist', 'load', 'load-book.js'));

const work = mkdtempSync(join(tmpdir(), 'vitals-engine-'));
mkdirSync(join(work, 'book'));
generateBook(join(work, 'book'), { accounts: ACCOUNTS, seed: 42, playbooks: join(root, 'playbooks') });
const book = loadBook({ root: join(work, 'book'), asOf: '2026-11-22', checks: bookChecks, warnings: false });
rmSync(work, { recursive: true, force: true });
const model = compileModel(book.playbooks);

const perAccount = [];
for (let round = 0; round < 15; round++) {
  const started = process.hrtime.bigint();
  let sum = 0;
  for (const entry of book.accounts) sum += scoreSummary(model, entry, '2026-11-22').days_until_renewal;
  if (Number.isNaN(sum)) throw new Error('no days_until_renewal');
  perAccount.push(Number(process.hrtime.bigint() - started) / 1e3 / book.accounts.length);
}
const warm = perAccount.slice(1).sort((a, b) => a - b);
console.log(`engine alone, ${book.accounts.length} accounts (scoreSummary), node ${process.version}`);
console.log(`first round (compiling, warming up)   ${perAccount[0].toFixed(1)} µs an account`);
console.log(`warm (median of 14 rounds)            ${warm[warm.length >> 1].toFixed(1)} µs an account`);
