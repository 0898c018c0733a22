#!/usr/bin/env node
// `npm run bench:tui`: the review TUI in a real pseudo-terminal (util-linux `script`), 80×24.
//   - time to first frame at 1,000 accounts (spawn until `1 of N` is on the screen) next to
//     `vitals score --format json > file` on the same book in the same run: the target is ≤ 2×;
//   - a `j` keystroke at 5,000 accounts: key written until the frame with the moved selection is
//     out (target ≤ 30 ms). Keys go 50 ms apart, a held key's repeat rate: sent the instant the
//     last frame lands, each would wait out Ink's frame interval (maxFps) rather than the work.
// Medians of several runs; compare the ratio, not absolute times across machines.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBook } from './generate-book.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'bin', 'vitals.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const KEYS = Number(process.env.BENCH_KEYS ?? 30);
const AS_OF = '2026-11-22';
const work = mkdtempSync(join(tmpdir(), 'vitals-bench-tui-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (ns) => Number(ns) / 1e6;

function book(accounts) {
  const dir = join(work, `book-${accounts}`);
  generateBook(dir, { accounts, seed: 42, playbooks: join(root, 'playbooks') });
  return dir;
}

function scoreTime(dir) {
  const out = openSync(join(work, 'score.json'), 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, 'score', '--format', 'json', '--repo', dir, '--as-of', AS_OF], { stdio: ['ignore', out, 'pipe'] });
  const elapsed = ms(process.hrtime.bigint() - started);
  closeSync(out);
  if (result.status !== 0 && result.status !== 1) throw new Error(`score exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

/** The TUI in a pty of its own; `screen` is everything it wrote, `waitFor` resolves when a pattern shows after `from`. */
function startTui(dir) {
  const command = `stty cols 80 rows 24; exec env -u CI ${process.execPath} ${bin} --repo ${dir} --as-of ${AS_OF}`;
  const started = process.hrtime.bigint();
  const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, TERM: 'xterm-256color' } });
  let screen = '';
  const waiters = [];
  child.stdout.on('data', (chunk) => {
    screen += chunk.toString('utf8');
    for (const w of [...waiters]) {
      if (w.pattern.test(screen.slice(w.from))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(process.hrtime.bigint());
      }
    }
  });
  return {
    started,
    child,
    get length() {
      return screen.length;
    },
    waitFor(pattern, from = 0) {
      return new Promise((resolve) => {
        if (pattern.test(screen.slice(from))) resolve(process.hrtime.bigint());
        else waiters.push({ pattern, from, resolve });
      });
    },
    async quit() {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.stdin.write('q');
      await exited;
    },
  };
}

async function firstFrame(dir) {
  const tui = startTui(dir);
  const shown = await tui.waitFor(/1 of \d+/);
  await tui.quit();
  return ms(shown - tui.started);
}

async function keystrokes(dir) {
  const tui = startTui(dir);
  await tui.waitFor(/1 of \d+/);
  const times = [];
  for (let i = 2; i <= KEYS + 1; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const from = tui.length;
    const sent = process.hrtime.bigint();
    tui.child.stdin.write('j');
    times.push(ms((await tui.waitFor(new RegExp(`\\b${i} of \\d+`), from)) - sent));
  }
  await tui.quit();
  return times;
}

try {
  const thousand = book(1000);
  const score = [];
  const frame = [];
  for (let i = 0; i < RUNS; i++) {
    score.push(scoreTime(thousand));
    frame.push(await firstFrame(thousand));
  }
  const s = median(score);
  const f = median(frame);
  console.log(`1,000 accounts: vitals score --format json ${s.toFixed(0)} ms; TUI first frame ${f.toFixed(0)} ms; ratio ${(f / s).toFixed(2)} (target ≤ 2)`);
  const keys = await keystrokes(book(5000));
  console.log(`5,000 accounts: j keystroke to frame, median ${median(keys).toFixed(1)} ms, max ${Math.max(...keys).toFixed(1)} ms over ${keys.length} keys (target ≤ 30)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
