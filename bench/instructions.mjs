#!/usr/bin/env node
// `npm run bench:instructions`: the instructions a cold `vitals validate` and a `vitals score
// --format json` execute on the 10,000-account book, counted by valgrind (callgrind). Wall times on
// a shared machine swing by a third from one run to the next; these counts repeat within ~0.5%, so
// they show whether a change to a hot path helped. Needs valgrind; takes a few minutes.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBook } from './generate-book.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10000);

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench:instructions needs valgrind (apt-get install valgrind)');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'vitals-instructions-'));
const book = join(work, 'book');
mkdirSync(book);
generateBook(book, { accounts: ACCOUNTS, seed: 42, playbooks: join(root, 'playbooks') });

/** Runs one command under callgrind with an empty HOME (no cache) and resolves its instruction count. */
function count(name, args) {
  const home = join(work, `home-${name}`);
  mkdirSync(home);
  const out = openSync(join(work, `${name}.out`), 'w');
  const child = spawn(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, join(root, 'dist', 'bin', 'vitals.cjs'), ...args, '--repo', book, '--as-of', '2026-11-22'],
    { env: { ...process.env, HOME: home, XDG_CACHE_HOME: '' }, stdio: ['ignore', out, 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      closeSync(out);
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (code !== 0 || !refs) reject(new Error(`${name} exited ${code}:\n${stderr.slice(-2000)}`));
      else resolve(Number(refs[1].replaceAll(',', '')));
    });
  });
}

// The two run side by side (one core each): the counts do not depend on timing.
const [validate, score] = await Promise.all([count('validate', ['validate']), count('score', ['score', '--format', 'json'])]);
const scored = JSON.parse(readFileSync(join(work, 'score.out'), 'utf8')).accounts.length;
if (scored !== ACCOUNTS) throw new Error(`vitals score wrote ${scored} accounts, not ${ACCOUNTS}`);
rmSync(work, { recursive: true, force: true });

const m = (n) => `${(n / 1e6).toFixed(0)}M`.padStart(7);
console.log(`instructions (callgrind), ${ACCOUNTS} accounts, node ${process.version}`);
console.log(`vitals validate, cold               ${m(validate)}`);
console.log(`vitals score --format json > file   ${m(score)}`);
console.log(`score / validate                    ${(score / validate).toFixed(2)}   (wall-time target: <= 1.2)`);
