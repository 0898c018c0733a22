import { locate, type Position } from './locate.js';
import { needsFullParser, parseFull, withLineFeeds } from './parse.js';
import { plainPosition } from './simple-yaml.js';
import type { BookSource } from './source.js';

type Located = (pointer: string) => Position;

/**
 * Positions for problems found after parsing (cross-file rules), resolved lazily: only a file with
 * such a problem is read again. A file in the plain subset is located by the fast parser, which
 * reads it up to the node asked for; any other goes through `yaml`. Only the last file is kept, as the
 * rules report one file's problems together: a book where every account has a warning then costs
 * about what one without does, in time and in memory.
 */
export function positionFinder(source: BookSource): (file: string, pointer: string) => Position {
  let last: { file: string; at: Located } | undefined;
  return (file, pointer) => {
    if (last?.file !== file) last = { file, at: locator(source, file) };
    return last.at(pointer);
  };
}

function locator(source: BookSource, file: string): Located {
  const read = source.read(file);
  if (!('text' in read)) return () => ({ line: 1, col: 1 });
  const text = withLineFeeds(read.text);
  const plain = !needsFullParser(text);
  let full: ReturnType<typeof parseFull> | undefined;
  return (pointer) => {
    const offset = plain ? plainPosition(text, pointer) : undefined;
    if (offset !== undefined) return positionAt(text, offset);
    full ??= parseFull(text);
    return locate(full.doc, full.lineCounter, pointer);
  };
}

/** 1-based line and column of an offset, as yaml's LineCounter gives them. */
function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
