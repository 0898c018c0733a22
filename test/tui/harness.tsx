import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import React from 'react';
import type { ReviewHistory } from '../../src/history/review-history.js';
import { bookChecks } from '../../src/engine/index.js';
import { loadBook } from '../../src/load/load-book.js';
import { App } from '../../src/tui/app.js';
import { createReviewSession } from '../../src/tui/session/review-session.js';
import { gitBook } from '../edit/git-book.js';
import { repoRoot } from '../helpers/book.js';

export const AS_OF = '2026-11-22';

/** The shipped demo accounts, as files for a temporary book. */
export function demoAccounts(filter: (name: string) => boolean = () => true): Record<string, string> {
  const dir = join(repoRoot, 'accounts');
  return Object.fromEntries(readdirSync(dir).filter(filter).map((name) => [`accounts/${name}`, readFileSync(join(dir, name), 'utf8')]));
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The App at a fixed size over a temporary git book (committed, fixed identity: priya), with keys
 * pressed one per write and the effects let run before the frame is read.
 */
export function mountApp(options: { files?: Record<string, string>; dir?: string; history?: ReviewHistory; width?: number; height?: number; owner?: string; color?: boolean; me?: string | null; noCommit?: boolean } = {}) {
  const dir = options.dir ?? gitBook(options.files ?? demoAccounts());
  const book = loadBook({ root: dir, asOf: AS_OF, checks: bookChecks, warnings: false });
  const session = createReviewSession({ root: dir, asOf: AS_OF, book, env: process.env, noCommit: options.noCommit === true });
  const exits: number[] = [];
  const at = (width: number, height: number) => (
    <App
      session={session}
      history={options.history}
      me={options.me === undefined ? 'priya' : (options.me ?? undefined)}
      owner={options.owner}
      width={width}
      height={height}
      theme={{ color: options.color ?? false }}
      onExit={(code) => exits.push(code)}
    />
  );
  const app = render(at(options.width ?? 80, options.height ?? 24));
  const frame = () => app.lastFrame() ?? '';
  return {
    dir,
    session,
    exits,
    frame,
    app,
    /** Presses each key in turn (one write each) and lets effects and Ink's input parser settle. */
    async press(...keys: string[]) {
      for (const key of keys) {
        app.stdin.write(key);
        await settle();
        await settle();
      }
    },
    /** Waits until the frame holds `text` (effects such as history promises resolve between renders). */
    async until(text: string | RegExp) {
      // Ten seconds, not a number of polls: a commit (git status, then git commit) took more than
      // the one second 200 polls of 5 ms gave it on a loaded 2-core machine, and the test failed.
      for (const deadline = Date.now() + 10_000; ; ) {
        if (typeof text === 'string' ? frame().includes(text) : text.test(frame())) return;
        if (Date.now() > deadline) throw new Error(`the screen never showed ${String(text)}:\n${frame()}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    /** The terminal resized: the app drawn again at the new size. */
    async resize(width: number, height: number) {
      app.rerender(at(width, height));
      await settle();
    },
    /** The selected row (marked ▶). */
    selectedRow: () => frame().split('\n').find((l) => l.startsWith('▶')) ?? '',
  };
}

export const KEY = { down: '\x1b[B', up: '\x1b[A', pageDown: '\x1b[6~', pageUp: '\x1b[5~', enter: '\r', escape: '\x1b', tab: '\t', backspace: '\x7f', ctrlC: '\x03' };
