import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID } from '../generated/facts.js';
import type { Problem } from './book.js';

export interface CachedResult {
  problems: Problem[];
  checked: number;
}

/**
 * The result of `vitals validate` remembered per repository, keyed by what could change it: every
 * file's size, mtime, ctime and inode (as git's index does; nanosecond times), the as-of date, the
 * files asked for, and this build of vitals. A second run over unchanged files only stats them.
 */
export class ValidationCache {
  private readonly file: string;

  private constructor(dir: string, root: string) {
    this.file = join(dir, `validate-${createHash('sha1').update(root).digest('hex').slice(0, 16)}.json`);
  }

  /** The cache for this repository, or undefined where there is no cache directory (no HOME). */
  static open(root: string, env: NodeJS.ProcessEnv): ValidationCache | undefined {
    const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
    return base ? new ValidationCache(join(base, 'vitals'), root) : undefined;
  }

  key(root: string, asOf: string, selected: readonly string[] | undefined): string {
    const parts = [`${BUILD_ID}\0${asOf}\0${selected?.join('\0') ?? '*'}\0`];
    for (const dir of ['accounts', 'playbooks']) {
      let names: string[];
      try {
        names = readdirSync(join(root, dir)).sort();
      } catch {
        names = [];
      }
      for (const name of names) {
        const s = statSync(join(root, dir, name), { throwIfNoEntry: false });
        parts.push(s ? `${dir}/${name}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}\n` : `${dir}/${name}\0gone\n`);
      }
    }
    return createHash('sha1').update(parts.join('')).digest('hex');
  }

  get(key: string): CachedResult | undefined {
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as { key: string; result: CachedResult };
      return stored.key === key ? stored.result : undefined;
    } catch {
      return undefined;
    }
  }

  /** Best effort: a cache that cannot be written only makes the next run slower. */
  set(key: string, result: CachedResult): void {
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ key, result }));
      renameSync(temp, this.file);
    } catch {
      // ignored on purpose, see above
    }
  }
}
