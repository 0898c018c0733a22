import { existsSync, fstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { BookSource, Source } from '../book/source.js';
import { readSource } from './read-source.js';

export type { BookSource } from '../book/source.js';

export function diskSource(root: string): BookSource {
  return {
    list: (dir) => listData(root, dir),
    exists: (file) => existsSync(join(root, file)),
    read: (file) => readData(root, file),
  };
}

/** The data files of one folder, as the loader sees them (missing folder: none). */
export function listData(root: string, dir: string): string[] {
  try {
    return readdirSync(join(root, dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'));
  } catch {
    return [];
  }
}

function readData(root: string, file: string, onOpen?: (fd: number) => void): Source {
  try {
    // `file` is the loader's own `dir/name` (no `..`, no leading slash): path.join's normalising
    // cost a 10,000-file book ~15 ms.
    return readSource(`${root}/${file}`, onOpen);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { problem: { line: 1, col: 1, message: `cannot read the file (${code})` } };
  }
}

/** What identifies one version of a file without reading it, as git's index does (nanosecond times). */
export function stampOf(stats: Stats): string {
  return `${stats.size}\0${stats.mtimeMs}\0${stats.ctimeMs}\0${stats.ino}`;
}

export interface StampedSource extends BookSource {
  /** Every file listed, with the stamp of what was read (taken before reading), or none if unread. */
  listed(): Array<{ file: string; stamp: string | undefined }>;
}

/**
 * The disk, remembering what it listed and the stamp of each file as it was read: a first run can
 * key its result by the files it read without stat-ing the book a second time beforehand.
 */
export function stampedDiskSource(root: string): StampedSource {
  const listed = new Map<string, string | undefined>();
  return {
    list: (dir) => {
      const names = listData(root, dir);
      // A file may be read before its folder is listed (the playbooks are): its stamp stays.
      for (const name of names) if (!listed.has(`${dir}/${name}`)) listed.set(`${dir}/${name}`, undefined);
      return names;
    },
    exists: (file) => existsSync(join(root, file)),
    // The first read's stamp: were a file read twice and changed between, the next run misses.
    read: (file) =>
      readData(root, file, (fd) => {
        if (listed.get(file) === undefined) listed.set(file, stampOf(fstatSync(fd)));
      }),
    listed: () => [...listed].map(([file, stamp]) => ({ file, stamp })),
  };
}
