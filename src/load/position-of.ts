import { locate, type Position } from './locate.js';
import { parseFull, withLineFeeds } from './parse.js';
import type { BookSource } from './source.js';

/**
 * Positions for problems found after parsing (cross-file rules), resolved lazily: only a file with
 * such a problem is parsed again with positions, once.
 */
export function positionFinder(source: BookSource): (file: string, pointer: string) => Position {
  const parsed = new Map<string, ReturnType<typeof parseFull> | undefined>();
  return (file, pointer) => {
    if (!parsed.has(file)) {
      const read = source.read(file);
      parsed.set(file, 'text' in read ? parseFull(withLineFeeds(read.text)) : undefined);
    }
    const full = parsed.get(file);
    return full ? locate(full.doc, full.lineCounter, pointer) : { line: 1, col: 1 };
  };
}
