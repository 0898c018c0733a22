import { closeSync, constants, fchmodSync, fstatSync, fsync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

export interface AtomicWriteOptions {
  /** false: the caller syncs the directory once after many writes into it (an import). */
  syncDirectory?: boolean;
  /** For tests only: runs between the synced temp file and the rename. */
  beforeRename?: () => void;
}

/**
 * Replaces a file so that a reader (or a crash) sees either the old bytes or the new, never a part:
 * the new bytes go to a temp file in the same directory (same filesystem, so the rename is
 * atomic), are fsynced, get the old file's mode, and are renamed over it; the directory is then
 * synced so the rename itself survives a power cut. The rename is the only step anyone can see: a
 * process killed before it leaves the old file whole (and at most a `.NAME.*.tmp` file beside it,
 * which no vitals command reads); killed after it, the new file is whole. Neither the temp file
 * (created exclusively) nor the rename follows a link: a link at the path is replaced, never
 * written through, so the caller passes the real path of the file (see account-file.ts).
 *
 * Our own ~30 lines rather than write-file-atomic: its current major needs Node 22, and this is
 * all of it we use (no chown, no queueing of concurrent writes to one path within a process).
 */
let tempCount = 0;

export function writeFileAtomic(target: string, data: Uint8Array, options: AtomicWriteOptions = {}): void {
  const { temp, fd } = writeTemp(target, data);
  let open = true;
  try {
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    options.beforeRename?.();
    renameSync(temp, target);
  } catch (error) {
    if (open) closeSync(fd);
    unlinkQuietly(temp);
    throw error;
  }
  if (options.syncDirectory !== false) syncDirectory(dirname(target));
}

/** The new bytes in a temp file beside the target, with the target's mode; open, not yet synced. */
function writeTemp(target: string, data: Uint8Array): { temp: string; fd: number } {
  const mode = modeOf(target);
  // pid, time and a counter make the name unique on this machine; `wx` refuses anything already there.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${Date.now().toString(36)}-${(tempCount++).toString(36)}.tmp`);
  const fd = openSync(temp, 'wx', mode ?? 0o666);
  try {
    for (let written = 0; written < data.length; ) written += writeSync(fd, data, written);
    if (mode !== undefined) fchmodSync(fd, mode);
  } catch (error) {
    closeSync(fd);
    unlinkQuietly(temp);
    throw error;
  }
  return { temp, fd };
}

const fsyncAsync = promisify(fsync);

/** Temp files written and synced at once; fewer open files than a process may hold. */
const BATCH = 32;

/**
 * Many files replaced as `writeFileAtomic` replaces one, for an import: every temp file is written
 * and synced before any is renamed, a batch of syncs at a time in parallel (one after another, at
 * ~0.5 ms each, were most of a 10,000-file import; a disk commits parallel syncs together), then
 * each is renamed over its file, `renamed(i)` told after each, and the directories synced. A
 * failure before the renames removes the temp files and leaves every file as it was; a rename that
 * fails removes the temp files not yet renamed, and the caller puts back those that were.
 */
export async function writeFilesAtomic(files: ReadonlyArray<{ target: string; data: Uint8Array }>, renamed: (index: number) => void): Promise<void> {
  const temps: string[] = [];
  try {
    for (let start = 0; start < files.length; start += BATCH) {
      const open: number[] = [];
      try {
        for (const { target, data } of files.slice(start, start + BATCH)) {
          const { temp, fd } = writeTemp(target, data);
          temps.push(temp);
          open.push(fd);
        }
        // Every sync settles before its descriptor is closed (a closed number can be reused).
        const synced = await Promise.allSettled(open.map((fd) => fsyncAsync(fd)));
        const failed = synced.findIndex((result) => result.status === 'rejected');
        if (failed >= 0) throw at((synced[failed] as PromiseRejectedResult).reason, start + failed);
      } finally {
        for (const fd of open) closeSync(fd);
      }
    }
  } catch (error) {
    for (const temp of temps) unlinkQuietly(temp);
    throw at(error, temps.length);
  }
  let next = 0;
  try {
    for (; next < files.length; next++) {
      renameSync(temps[next]!, files[next]!.target);
      renamed(next);
    }
  } catch (error) {
    for (const temp of temps.slice(next)) unlinkQuietly(temp);
    throw at(error, next);
  }
  for (const dir of new Set(files.map((f) => dirname(f.target)))) syncDirectory(dir);
}

/** The mode of the regular file being replaced; a link's (or anything else's) is not copied. */
function modeOf(path: string): number | undefined {
  try {
    const stats = lstatSync(path);
    return stats.isFile() ? stats.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // nothing to clean
  }
}

/** Makes the renames into a directory durable. */
export function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some filesystems cannot sync a directory; the rename is already done.
  }
}

const NO_FOLLOW = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * The bytes of the regular file at a path, or undefined when there is none (missing, a link, a FIFO
 * or device put there meanwhile): what an edit compares before it writes or puts back, without
 * following a link out or hanging on a FIFO.
 */
export function regularFileBytes(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, NO_FOLLOW);
  } catch {
    return undefined;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The error, marked with the index of the file it is about (the first mark stays). */
function at(error: unknown, index: number): unknown {
  if (error instanceof Error && (error as { fileIndex?: number }).fileIndex === undefined) Object.assign(error, { fileIndex: index });
  return error;
}
