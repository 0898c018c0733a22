import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, validAccount } from '../helpers/book.js';
import { editInProgress, editUnderWay, withEditLock } from '../../src/edit/index.js';
import { git, gitBook } from './git-book.js';

const bin = join(repoRoot, 'dist', 'bin', 'vitals.cjs');

interface Edit {
  args: string[];
  /** A line only this edit adds to the file. */
  marker: string;
}

/** The built CLI as a separate process, resolving when it exits: ten of these run at once. */
function start(dir: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, '--repo', dir, '--as-of', '2026-11-22', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

/** The lines each commit since `base` added, newest first. */
function addedLines(dir: string, base: string): string[][] {
  const commits = git(dir, ['rev-list', `${base}..HEAD`]).split('\n').filter(Boolean);
  return commits.map((c) => git(dir, ['show', '--format=', '-U0', c]).split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')));
}

/**
 * Runs the edits at once and holds them to SPEC §5: each that exited 0 is one commit holding its
 * own change and nobody else's, each refused one is in no commit and not in the file, and the work
 * tree is left clean.
 */
async function runAtOnce(dir: string, edits: Edit[]): Promise<number> {
  const base = git(dir, ['rev-parse', 'HEAD']).trim();
  const results = await Promise.all(edits.map((e) => start(dir, e.args)));
  const commits = addedLines(dir, base);
  const done = edits.filter((_, i) => results[i]!.code === 0);
  for (const [i, edit] of edits.entries()) {
    const holding = commits.filter((lines) => lines.some((l) => l.includes(edit.marker)));
    if (results[i]!.code === 0) {
      expect(holding, `${edit.args.join(' ')} exited 0: one commit holds it`).toHaveLength(1);
      const others = edits.filter((o) => o !== edit).map((o) => o.marker);
      expect(holding[0]!.filter((l) => others.some((m) => l.includes(m))), 'and no other edit\'s change').toEqual([]);
    } else {
      expect(results[i]!.stderr).toMatch(/^vitals: .+\n/);
      expect(holding, `${edit.args.join(' ')} was refused: no commit holds it`).toEqual([]);
    }
  }
  expect(commits).toHaveLength(done.length);
  expect(git(dir, ['status', '--porcelain'])).toBe('');
  return done.length;
}

describe('concurrent edits serialise (SPEC §5): each commits exactly its own change, or is refused with nothing written', () => {
  it('ten notes, tasks and sets at once on one account', { timeout: 180_000 }, async () => {
    const dir = gitBook();
    const edits: Edit[] = [
      ...[0, 1, 2, 3].map((i) => ({ args: ['note', 'acme', `parallel note ${i}`], marker: `parallel note ${i}` })),
      ...[4, 5, 6].map((i) => ({ args: ['task', 'acme', `parallel task ${i}`], marker: `parallel task ${i}` })),
      ...[7, 8, 9].map((i) => ({ args: ['set', 'acme', `versions_behind=${20 + i}`], marker: `versions_behind: ${20 + i}` })),
    ];
    const done = await runAtOnce(dir, edits);
    expect(done).toBeGreaterThan(0);
    const file = git(dir, ['show', 'HEAD:accounts/acme.yaml']);
    for (const marker of ['parallel note 0', 'parallel note 1', 'parallel note 2', 'parallel note 3', 'parallel task 4', 'parallel task 5', 'parallel task 6']) {
      const committed = git(dir, ['log', '--format=%s']).includes(marker);
      expect(file.includes(marker), `${marker} is in HEAD exactly when its commit is`).toBe(committed);
    }
  });

  it('ten notes at once on ten accounts', { timeout: 180_000 }, async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `acct-${i}`);
    const dir = gitBook(Object.fromEntries(ids.map((id) => [`accounts/${id}.yaml`, validAccount.replace('Acme Corp', `Account ${id}`)])));
    const done = await runAtOnce(dir, ids.map((id) => ({ args: ['note', id, `note for ${id}`], marker: `note for ${id}` })));
    expect(done).toBeGreaterThan(0);
    for (const id of ids) {
      const touched = git(dir, ['log', '--format=', '--name-only', '--grep', `note for ${id}`]).trim();
      if (touched) expect(touched).toBe(`accounts/${id}.yaml`);
    }
  });
});

describe('an edit waiting for the lock', () => {
  it('is under way: a front end that quits meanwhile says the edit will still be finished', async () => {
    const dir = gitBook();
    const lock = join(dir, '.git', 'vitals-edit.lock');
    writeFileSync(lock, `${process.pid} ${hostname()} held-by-the-test\n`);
    expect(editUnderWay()).toBe(false);
    const edit = withEditLock(dir, process.env, () => 'done');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(editUnderWay()).toBe(true);
    expect(editInProgress()).toBe(false);
    rmSync(lock);
    expect(await edit).toBe('done');
    expect(editUnderWay()).toBe(false);
  });
});
