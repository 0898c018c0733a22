import type { Document, LineCounter, Node, YAMLError } from 'yaml';
import { yamlModule } from './yaml-module.js';
import type { SourceProblem } from './read-source.js';
import { parseSimple } from './simple-yaml.js';

/**
 * Two parsers, one meaning. The common valid file takes the fast path: our parser for the plain
 * subset of YAML account files are written in, ~50× faster than `yaml`. Everything else — and every
 * file with a problem — goes through `yaml`, which keeps positions for messages and the source
 * tokens edits need. The fast path declines whatever it does not fully understand: anchors, aliases,
 * tags, directives, document markers, block scalars and merge keys all start where it expects a
 * key or a scalar, and it bails on them there. What it would read differently without seeing it
 * there is refused before it even tries: a tab (`a: b\t# c` is a comment to yaml), a carriage
 * return, and `__proto__` anywhere. On what it accepts it must equal `yaml`
 * (test/load/parse-agreement.test.ts, with every indicator among its mutations).
 */
export function needsFullParser(text: string): boolean {
  return text.includes('\t') || text.includes('\r') || text.includes('__proto__');
}

/** The fast path: the parsed value, or undefined when the file must go to the full parser. */
export function parseFast(text: string): { value: unknown } | undefined {
  return needsFullParser(text) ? undefined : parseSimple(text);
}

export interface FullParse {
  doc: Document;
  lineCounter: LineCounter;
  /** Present when the document parsed without errors. */
  value?: unknown;
  problems: SourceProblem[];
}

/**
 * YAML 1.2 ends a line at CR LF, LF or a lone CR (old Mac files); `yaml` knows only the first two.
 * A lone CR becomes LF, one character for one, so every offset stays where it was.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

// `!!timestamp 2026-01-15` is a date written with YAML 1.1's tag: read as the text it holds, as a
// date written plainly is, so the schema's date rule applies to it.
const TIMESTAMP = { tag: 'tag:yaml.org,2002:timestamp', default: false, resolve: (text: string) => text, identify: () => false };

/** The full path: `yaml` with positions; alias expansion is bounded so alias bombs fail fast. */
export function parseFull(text: string): FullParse {
  const { LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    // Checked below in one pass: yaml compares each key with every key before it, which took
    // minutes for a mapping of 60,000 keys (still under the size limit).
    uniqueKeys: false,
    version: '1.2',
    schema: 'core',
    merge: false,
    customTags: [TIMESTAMP],
    keepSourceTokens: true,
    // A key that is itself a mapping or list reads as its text, which the schema then reports as an
    // unknown key: yaml's own warning about it would go to the user's stderr, outside any report.
    logLevel: 'error',
  });
  const found = structure(doc);
  const problems = [
    ...doc.errors.map((e) => yamlProblem(e, lineCounter)),
    ...found.duplicates.map((offset) => ({ ...lineCounter.linePos(offset), message: `YAML syntax: ${FRIENDLY.DUPLICATE_KEY}` })),
  ].sort((a, b) => a.line - b.line || a.col - b.col);
  if (problems.length > 0) return { doc, lineCounter, problems };
  if (found.refused) return { doc, lineCounter, problems: [{ ...lineCounter.linePos(found.refused.offset), message: found.refused.message }] };
  try {
    return { doc, lineCounter, value: doc.toJS({ maxAliasCount: 1000 }), problems };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const alias = /alias/i.test(message);
    const problem = alias ? 'aliases expand too far (an alias bomb?): write the values out' : `cannot read the document: ${message}`;
    // Said at the first alias, where the expansion starts.
    const at = alias && found.firstAlias !== undefined ? lineCounter.linePos(found.firstAlias) : { line: 1, col: 1 };
    return { doc, lineCounter, problems: [{ ...at, message: problem }] };
  }
}

/** More aliases than any account or playbook needs: yaml looks each one up among all before it. */
const MAX_ALIASES = 1000;

/**
 * One pass over the document, in its order: the keys that repeat one before them in the same
 * mapping, and what refuses the document however it parses: more than MAX_ALIASES aliases, or an
 * alias inside the very node its anchor names (`&c { all: [*c] }`), an endless value that would
 * overflow the stack of whatever walks it (the schema check, the engine, an edit).
 */
function structure(doc: Document): { duplicates: number[]; firstAlias?: number; refused?: { offset: number; message: string } } {
  const { isAlias, isMap, isScalar, visit } = yamlModule();
  const duplicates: number[] = [];
  const anchors = new Map<string, Node>();
  let aliases = 0;
  let firstAlias: number | undefined;
  let refused: { offset: number; message: string } | undefined;
  visit(doc, {
    Node(_key, node, path) {
      if (refused) return visit.BREAK;
      if (!isAlias(node)) {
        if (node.anchor) anchors.set(node.anchor, node);
        if (!isMap(node)) return undefined;
        const keys = new Set<unknown>();
        for (const { key } of node.items) {
          if (!isScalar(key)) continue;
          if (keys.has(key.value)) duplicates.push(key.range?.[0] ?? 0);
          keys.add(key.value);
        }
        return undefined;
      }
      const offset = node.range?.[0] ?? 0;
      firstAlias ??= offset;
      if (!anchors.has(node.source)) refused = { offset, message: `the alias *${node.source} names no anchor (&${node.source}) before it` };
      else if (++aliases > MAX_ALIASES) refused = { offset, message: `more than ${MAX_ALIASES.toLocaleString('en-US')} aliases: write the values out` };
      else if (path.includes(anchors.get(node.source) as never)) refused = { offset, message: `the alias *${node.source} is inside the value it names, which never ends: write the value out` };
      return undefined;
    },
  });
  return { duplicates, ...(firstAlias !== undefined && { firstAlias }), ...(refused && { refused }) };
}

const FRIENDLY: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate key: each key may appear once in a mapping',
  MULTIPLE_DOCS: 'the file holds several YAML documents: an account or playbook is exactly one',
  TAB_AS_INDENT: 'tabs are not allowed as indentation: indent with spaces',
};

function yamlProblem(error: YAMLError, lineCounter: LineCounter): SourceProblem {
  const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
  const message = FRIENDLY[error.code] ?? firstSentence(error.message);
  return { line: pos.line, col: pos.col, message: `YAML syntax: ${message}` };
}

function firstSentence(message: string): string {
  const cut = message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
  return cut.charAt(0).toLowerCase() + cut.slice(1);
}
