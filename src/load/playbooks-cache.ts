import { statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID } from '../generated/facts.js';
import type { Playbooks } from '../book/book.js';
import { cacheDir, KeyedJsonFile } from './cache-file.js';
import { listData, stampOf } from './source.js';

/**
 * Playbooks that loaded without an error, remembered per repository under the stamps of their
 * files (size, times, inode: what git's index compares) and this build of vitals. An edit needs
 * them for one account, and a TA's monthly trait update is dozens of edits in a row: each then
 * reads one small JSON file instead of parsing and checking eight YAML files (~15 ms).
 */
export class PlaybooksCache {
  private constructor(
    private readonly stored: KeyedJsonFile<Playbooks>,
    private readonly root: string,
  ) {}

  /** The cache for this repository, or undefined where there is no cache directory (no HOME). */
  static open(root: string, env: NodeJS.ProcessEnv): PlaybooksCache | undefined {
    const dir = cacheDir(env);
    return dir ? new PlaybooksCache(new KeyedJsonFile(join(dir, `playbooks-${fnv1a(root)}.json`)), root) : undefined;
  }

  /** What identifies the playbooks now; the root is part of it, as two roots may share a file name. */
  key(): string {
    const parts = [BUILD_ID, this.root];
    for (const name of listData(this.root, 'playbooks').sort()) {
      const stats = statSync(join(this.root, 'playbooks', name), { throwIfNoEntry: false });
      parts.push(`${name}\0${stats ? stampOf(stats) : 'gone'}`);
    }
    return parts.join('\n');
  }

  get(key: string): Playbooks | undefined {
    return this.stored.get(key);
  }

  /** Only what JSON keeps exactly: playbooks holding a `.inf` or `.nan` are not cached. */
  set(key: string, playbooks: Playbooks): void {
    this.stored.set(key, playbooks, { lossless: true });
  }
}

/** A short, stable name for a path (not a security boundary: the key inside is compared whole). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
