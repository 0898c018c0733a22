import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSource, type Source } from './read-source.js';

/**
 * Where the book's files come from: the work tree, or a commit (see src/history). The loader only
 * lists and reads through this, so the same rules check a revision and the disk.
 */
export interface BookSource {
  /** The `.yaml`/`.yml` file names directly in `accounts` or `playbooks`. */
  list(dir: 'accounts' | 'playbooks'): string[];
  exists(file: string): boolean;
  read(file: string): Source;
}

export function diskSource(root: string): BookSource {
  return {
    list: (dir) => {
      try {
        return readdirSync(join(root, dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'));
      } catch {
        return [];
      }
    },
    exists: (file) => existsSync(join(root, file)),
    read: (file) => {
      try {
        return readSource(join(root, file));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        return { problem: { line: 1, col: 1, message: `cannot read the file (${code})` } };
      }
    },
  };
}
