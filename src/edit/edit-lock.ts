import { AsyncLocalStorage } from 'node:async_hooks';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { findGitDir } from '../git/find-git-dir.js';
import type { GitEnv } from '../git/run-git.js';
import { DiskError, diskReason, EditError } from './edit-error.js';

/** How long an edit waits for the one before it: longer than any edit takes, short of a hang. */
const WAIT_MS = 60_000;
/** A lock file with no owner written in it this long is left over from a crash, not being written. */
const UNWRITTEN_STALE_MS = 10_000;

/** The lock the current chain of calls holds, so that `applyEdit` inside a command's locked edit does not wait for itself. */
const holding = new AsyncLocalStorage<string>();

/**
 * Runs `work` holding the repository's edit lock, a file under its git directory taken the way
 * git takes `index.lock` (created only if absent). A command takes it before it reads the account
 * and holds it through the commit, so concurrent edits of one repository run one after another,
 * each on the file as the one before left it: every edit commits exactly its own change, or is
 * refused with nothing written. An edit that finds the lock taken waits for it; a lock left by a
 * vitals that died (its process is gone) is taken over. Outside git there is no lock: nothing is
 * committed, and each write still refuses to replace bytes it did not read.
 */
export async function withEditLock<T>(root: string, env: GitEnv, work: () => T | Promise<T>): Promise<T> {
  const gitDir = findGitDir(root, env);
  if (gitDir === undefined) return work();
  const lock = join(gitDir, 'vitals-edit.lock');
  if (holding.getStore() === lock) return work();
  waiting++;
  try {
    await acquire(lock, relative(root, lock) || lock);
  } finally {
    waiting--;
  }
  const signals = holdSignals();
  editing++;
  try {
    return await holding.run(lock, work);
  } finally {
    editing--;
    removeQuietly(lock);
    signals.release();
  }
}

let editing = 0;
let waiting = 0;

/** Whether an edit holds the lock now: a front end's own signal handler waits for it (see `holdSignals`). */
export function editInProgress(): boolean {
  return editing > 0;
}

/** Whether an edit holds the lock or waits for it: it will be written and committed before the process ends. */
export function editUnderWay(): boolean {
  return editing > 0 || waiting > 0;
}

const HELD: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * While an edit holds the lock, Ctrl-C or a SIGTERM waits for it: the commit finishes, or fails
 * (git got the Ctrl-C too) and the files are put back. Then the process ends as the signal would
 * have ended it, once the caller has said what happened. Killed mid-commit instead, vitals left
 * the edit in the file, uncommitted, and the next edit refused over it.
 */
function holdSignals(): { release(): void } {
  let caught: NodeJS.Signals | undefined;
  const hold = (signal: NodeJS.Signals) => {
    caught ??= signal;
  };
  for (const signal of HELD) process.on(signal, hold);
  return {
    release() {
      for (const signal of HELD) process.off(signal, hold);
      if (caught) {
        const signal = caught;
        setImmediate(() => process.kill(process.pid, signal));
      }
    },
  };
}

async function acquire(lock: string, shown: string): Promise<void> {
  const started = Date.now();
  const owner = `${process.pid} ${hostname()} ${started}-${Math.random().toString(36).slice(2)}\n`;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    if (create(lock, owner, shown)) return;
    if (takeOverStale(lock)) continue;
    if (Date.now() - started > WAIT_MS) {
      throw new EditError(`another vitals edit has held ${shown} for over ${WAIT_MS / 1000} s, so nothing was written: try again, or delete that file if no vitals command is running`);
    }
    // A little randomness, so that waiting edits do not all retry in step.
    await new Promise((done) => setTimeout(done, pause + Math.random() * pause));
  }
}

/** Creates the lock with our name in it; false when it exists. */
function create(lock: string, owner: string, shown: string): boolean {
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new DiskError(`cannot take the edit lock ${shown}: ${diskReason(error)}, so nothing was written`);
  }
  try {
    writeSync(fd, owner);
  } catch (error) {
    closeSync(fd);
    removeQuietly(lock);
    throw new DiskError(`cannot take the edit lock ${shown}: ${diskReason(error)}, so nothing was written`);
  }
  closeSync(fd);
  return true;
}

/**
 * Removes a lock whose owner is gone (a vitals killed mid-edit), under a second lock, so that two
 * waiting edits cannot both judge it stale and one remove the lock the other has just taken: the
 * lock is read again under the takeover lock, and only the bytes judged stale are removed.
 */
function takeOverStale(lock: string): boolean {
  const seen = ownerOf(lock);
  if (seen === undefined || !isStale(lock, seen)) return false;
  const takeover = `${lock}.takeover`;
  let fd: number;
  try {
    fd = openSync(takeover, 'wx');
  } catch {
    return false;
  }
  closeSync(fd);
  try {
    if (ownerOf(lock) !== seen) return false;
    removeQuietly(lock);
    return true;
  } finally {
    removeQuietly(takeover);
  }
}

function ownerOf(lock: string): string | undefined {
  try {
    return readFileSync(lock, 'utf8');
  } catch {
    return undefined;
  }
}

function isStale(lock: string, owner: string): boolean {
  const [pid, host] = owner.split(' ');
  if (pid === undefined || host === undefined || !/^\d+$/.test(pid)) {
    // Created but not yet written, or written by a crash: stale only once it is old.
    try {
      return Date.now() - statSync(lock).mtimeMs > UNWRITTEN_STALE_MS;
    } catch {
      return false;
    }
  }
  if (host !== hostname()) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
