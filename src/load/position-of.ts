import { join } from 'node:path';
import { locate, type Position } from './locate.js';
import { parseFull } from './parse.js';
import { readSource } from './read-source.js';

/**
 * Positions for problems found after parsing (cross-file rules), resolved lazily: only a file with
 * such a problem is parsed again with positions, once.
 */
export function positionFinder(root: string): (file: string, pointer: string) => Position {
  const parsed = new Map<string, ReturnType<typeof parseFull> | undefined>();
  return (file, pointer) => {
    if (!parsed.has(file)) {
      const source = readSource(join(root, file));
      parsed.set(file, 'text' in source ? parseFull(source.text) : undefined);
    }
    const full = parsed.get(file);
    return full ? locate(full.doc, full.lineCounter, pointer) : { line: 1, col: 1 };
  };
}
