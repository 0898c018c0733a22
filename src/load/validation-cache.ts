import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID } from '../generated/facts.js';
import type { Problem } from '../book/book.js';
import { KeyedJsonFile } from './cache-file.js';
import { accountEntriesOnDisk, listData, stampOf } from './source.js';

export interface CachedResult {
  problems: Problem[];
  checked: number;
}

/**
 * The result of `vitals validate --cache` remembered in the repository's own git directory
 * (`.git/vitals/validate.json`, safe to delete), keyed by what could change it: every file's size,
 * mtime, ctime and inode (as git's index does; nanosecond times), the as-of date, the files asked
 * for, and this build of vitals. A second run over unchanged files only stats them: a pre-commit
 * hook's case, as eslint's and prettier's caches are.
 */
export class ValidationCache {
  private readonly stored: KeyedJsonFile<CachedResult>;

  constructor(gitDir: string) {
    this.stored = new KeyedJsonFile(join(gitDir, 'vitals', 'validate.json'));
  }

  /** The key of the book on disk now: every data file stat-ed by path. */
  key(root: string, asOf: string, selected: readonly string[] | undefined): string {
    const files: Array<{ file: string; stamp: string | undefined }> = [];
    for (const name of listData(root, 'playbooks')) files.push({ file: `playbooks/${name}`, stamp: undefined });
    for (const file of accountEntriesOnDisk(root)) files.push({ file, stamp: undefined });
    return this.keyOf(root, asOf, selected, files);
  }

  /**
   * The key of these files, with the stamps taken as they were read where there are any. A file
   * changed after its stamp was taken has another stamp next time, so it misses: never the reverse.
   */
  keyOf(root: string, asOf: string, selected: readonly string[] | undefined, files: Array<{ file: string; stamp: string | undefined }>): string {
    const parts = [`${BUILD_ID}\0${asOf}\0${selected?.join('\0') ?? '*'}\0`];
    for (const { file, stamp } of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
      const now = stamp ?? statSync(`${root}/${file}`, { throwIfNoEntry: false });
      parts.push(`${file}\0${now === undefined ? 'gone' : typeof now === 'string' ? now : stampOf(now)}\n`);
    }
    return createHash('sha1').update(parts.join('')).digest('hex');
  }

  /** Whether anything is stored for this repository: if not, a run need not key the book first. */
  exists(): boolean {
    return existsSync(this.stored.file);
  }

  get(key: string): CachedResult | undefined {
    return this.stored.get(key);
  }

  set(key: string, result: CachedResult): void {
    this.stored.set(key, result);
  }
}
