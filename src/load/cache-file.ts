import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where vitals keeps its caches: $XDG_CACHE_HOME/vitals, else ~/.cache/vitals; none without either. */
export function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  return base && join(base, 'vitals');
}

/**
 * One JSON file holding one value under a key: `get` answers only for the same key. Best effort
 * both ways: a cache that cannot be read or written only makes the next run slower.
 */
export class KeyedJsonFile<T> {
  constructor(readonly file: string) {}

  get(key: string): T | undefined {
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as { key: string; value: T };
      return stored.key === key ? stored.value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Written whole or not at all (temp file, rename). `lossless`: not at all when JSON would turn a number into null. */
  set(key: string, value: T, options: { lossless?: boolean } = {}): void {
    let kept = true;
    const replacer = options.lossless
      ? (_: string, v: unknown) => {
          if (typeof v === 'number' && !Number.isFinite(v)) kept = false;
          return v;
        }
      : undefined;
    const text = JSON.stringify({ key, value }, replacer);
    if (!kept) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, text);
      renameSync(temp, this.file);
    } catch {
      // See above: best effort.
    }
  }
}
