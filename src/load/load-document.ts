import { prescan } from './prescan.js';
import { parseFast, parseFull, withLineFeeds } from './parse.js';
import { firstInexactInteger, firstNonFinite } from './finite-numbers.js';
import { locate } from './locate.js';
import type { Source } from './read-source.js';
import type { BookSource } from './source.js';
import type { FileKind } from '../book/files.js';
import { checkSchema } from './schema-check.js';
import { prototypeKeys } from './prototype-keys.js';
import type { Problem } from '../book/book.js';

export interface LoadedDocument {
  /** Present when the file parsed and matched its schema. */
  value?: unknown;
  problems: Problem[];
}

/**
 * Reads, parses and schema-checks one file. The valid common case costs one fast parse and one
 * validation; only a file with a problem is parsed again with positions to say where.
 */
export function loadDocument(source: BookSource, file: string, kind: FileKind): LoadedDocument {
  return fromSource(source.read(file), file, kind);
}

export function fromSource(source: Source, file: string, kind: FileKind): LoadedDocument {
  if ('problem' in source) return { problems: [problem(file, source.problem.line, source.problem.col, source.problem.message)] };
  return loadText(source.text, file, kind);
}

export function loadText(raw: string, file: string, kind: FileKind): LoadedDocument {
  const text = withLineFeeds(raw);
  // The fast path bounds its own depth and declines conflict markers; only the full parser needs
  // the text checked first.
  const fast = parseFast(text);
  // The fast path declines numbers it would not keep as written and keys named like what every
  // object has: only the schema is left to check.
  if (fast && checkSchema(kind, fast.value).length === 0) {
    return { value: fast.value, problems: [] };
  }
  const refused = prescan(text);
  if (refused) return { problems: [problem(file, refused.line, refused.col, refused.message)] };
  const full = parseFull(text);
  if (full.problems.length > 0) {
    // After a broken structure the parser reads the rest of the file out of step: one tab-indented
    // line gave 21 errors, the 20 after it its echoes. A duplicate key leaves it in step.
    const broken = full.problems.findIndex((p) => !p.message.includes('duplicate key'));
    const kept = broken < 0 ? full.problems : full.problems.slice(0, broken + 1);
    return { problems: kept.map((p) => problem(file, p.line, p.col, p.message)) };
  }
  const infinite = firstNonFinite(text, full.value);
  const inexact = infinite === undefined ? firstInexactInteger(text, full.value) : undefined;
  const unfit = infinite ?? inexact;
  if (unfit !== undefined) {
    const at = locate(full.doc, full.lineCounter, unfit);
    const written = /^[^\s,\]}#]+/.exec(text.split('\n')[at.line - 1]?.slice(at.col - 1) ?? '')?.[0] ?? 'the number';
    const message = infinite !== undefined
      ? `${written} is not a finite number: write a number that fits (at most about 1.8e308)`
      : `${written} is past 2^53 and would be read as another number: write at most ${Number.MAX_SAFE_INTEGER}`;
    return { problems: [{ ...problem(file, at.line, at.col, message), path: unfit }] };
  }
  const issues = checkSchema(kind, full.value);
  // Where the schema said nothing of such a key (under an `x_` key), it is said here.
  for (const built of prototypeKeys(text, full.value)) if (!issues.some((i) => i.pointer === built.pointer && i.key === built.key)) issues.push(built);
  if (issues.length === 0) return { value: full.value, problems: [] };
  return {
    problems: issues.map((issue) => {
      const at = locate(full.doc, full.lineCounter, issue.pointer, issue.key);
      const path = issue.key === undefined ? issue.pointer : `${issue.pointer}/${issue.key}`;
      return { ...problem(file, at.line, at.col, issue.message), path };
    }),
  };
}

function problem(file: string, line: number, col: number, message: string): Problem {
  return { file, line, col, path: '', severity: 'error', message };
}
