import { existsSync, fstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { BookSource } from '../book/source.js';
import { surveyAccounts } from './account-survey.js';
import { readRepositoryFile, repositoryGuard } from './repo-file.js';

export type { BookSource } from '../book/source.js';

export function diskSource(root: string): BookSource {
  const guard = repositoryGuard(root);
  return {
    list: (dir) => listData(root, dir),
    survey: () => surveyAccounts(root, guard),
    exists: (file) => existsSync(join(root, file)),
    read: (file) => readRepositoryFile(root, guard, file),
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
  const guard = repositoryGuard(root);
  // A file may be read before its folder is listed (the playbooks are): its stamp stays.
  const note = (file: string) => {
    if (!listed.has(file)) listed.set(file, undefined);
  };
  return {
    list: (dir) => {
      const names = listData(root, dir);
      for (const name of names) note(`${dir}/${name}`);
      return names;
    },
    survey: () => {
      const survey = surveyAccounts(root, guard);
      // Every file, not only `.yaml`: a `.yml` or `.YAML` one changes the warnings too.
      for (const entry of survey.entries) if (!entry.endsWith('/')) note(`accounts/${entry}`);
      return survey;
    },
    exists: (file) => existsSync(join(root, file)),
    // The first read's stamp: were a file read twice and changed between, the next run misses.
    read: (file) =>
      readRepositoryFile(root, guard, file, (fd) => {
        if (listed.get(file) === undefined) listed.set(file, stampOf(fstatSync(fd)));
      }),
    listed: () => [...listed].map(([file, stamp]) => ({ file, stamp })),
  };
}

/** The files under `accounts/` on disk, one folder deep, as the loader lists them (any name). */
export function accountEntriesOnDisk(root: string): string[] {
  return surveyAccounts(root, repositoryGuard(root))
    .entries.filter((entry) => !entry.endsWith('/'))
    .map((entry) => `accounts/${entry}`);
}
