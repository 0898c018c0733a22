import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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

  /** Written whole or not at all (temp file, rename). */
  set(key: string, value: T): void {
    const text = JSON.stringify({ key, value });
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
