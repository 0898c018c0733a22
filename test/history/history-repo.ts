import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { LogEntry } from '../../src/history/review-history.js';
import { tempBook } from '../helpers/book.js';
import { gitIn } from '../helpers/git.js';

/**
 * A book in a temporary repository whose history the test writes: each `commit` writes and deletes
 * files, then commits at a date (noon in the given offset) with a fixed identity.
 */
export function historyRepo(files: Record<string, string> = {}) {
  const dir = tempBook(files);
  gitIn(dir, ['init', '-q', '-b', 'main']);
  const repo = {
    dir,
    write(path: string, text: string) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
      return repo;
    },
    read: (path: string) => readFileSync(join(dir, path), 'utf8'),
    remove(path: string) {
      rmSync(join(dir, path));
      return repo;
    },
    commit(message: string, date: string, offset = '+00:00', author = 'Test User'): string {
      gitIn(dir, ['add', '-A']);
      const at = `${date}T12:00:00${offset}`;
      gitIn(dir, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at, GIT_AUTHOR_NAME: author });
      return gitIn(dir, ['rev-parse', 'HEAD']).trim();
    },
    git: (args: string[], env: Record<string, string> = {}) => gitIn(dir, args, env),
  };
  return repo;
}

/**
 * SPEC §4's chain rule: each account's entries follow on, every `from` the previous `to`. A log
 * from the start of history starts each account from `none`; one cut by `--since` from anywhere.
 */
export function expectChained(entries: LogEntry[], fromStart = true): void {
  const last = new Map<string, string>();
  for (const entry of entries) {
    const expected = last.get(entry.account) ?? (fromStart ? 'none' : entry.from);
    expect(entry.from, `${entry.account} at ${entry.date} (${entry.cause})`).toBe(expected);
    last.set(entry.account, entry.to);
  }
}

/** An account's YAML with lines replaced: `{ 'ce_pulse:': '  ce_pulse: poor' }` swaps the first line holding the key. */
export function edited(text: string, replacements: Record<string, string>): string {
  const lines = text.split('\n');
  for (const [key, line] of Object.entries(replacements)) {
    const at = lines.findIndex((l) => l.trimStart().startsWith(key));
    if (at < 0) throw new Error(`no line with ${key}`);
    lines[at] = line;
  }
  return lines.join('\n');
}
