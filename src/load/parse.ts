import jsyaml from 'js-yaml';
import { Document, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { SourceProblem } from './read-source.js';

/**
 * Two parsers, one meaning. The common valid file takes the fast path (js-yaml, ~10× faster than
 * `yaml`); everything else — and every file with a problem — goes through `yaml`, which keeps
 * positions for messages and the source tokens edits need. They must agree, so the fast path
 * resolves plain scalars with exactly the YAML 1.2 core schema `yaml` uses (no timestamps, no
 * `1_000`, no `0b1`, no merge keys), and anything that could differ (anchors, aliases, tags,
 * directives, tabs, special keys) is left to `yaml`.
 */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])[&*!%]|[\t\r]|__proto__|constructor|prototype|^---|^\.\.\./m;

const scalar = (tag: string, test: RegExp, construct: (s: string) => unknown) =>
  new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (s: string | null) => s !== null && test.test(s),
    construct: (s: string | null) => construct(s ?? ''),
  });

const CORE_1_2 = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|null|Null|NULL|)$/, () => null),
    scalar('bool', /^(?:true|True|TRUE|false|False|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (s) =>
      s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : Number(s),
    ),
    scalar(
      'float',
      /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      (s) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : Number(s)),
    ),
  ],
});

/** The fast path: the parsed value, or undefined when the file must go to the full parser. */
export function parseFast(text: string): { value: unknown } | undefined {
  if (NEEDS_FULL_PARSER.test(text)) return undefined;
  try {
    return { value: jsyaml.load(text, { schema: CORE_1_2 }) };
  } catch {
    return undefined;
  }
}

export interface FullParse {
  doc: Document;
  lineCounter: LineCounter;
  /** Present when the document parsed without errors. */
  value?: unknown;
  problems: SourceProblem[];
}

/** The full path: `yaml` with positions; alias expansion is bounded so alias bombs fail fast. */
export function parseFull(text: string): FullParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
    merge: false,
    keepSourceTokens: true,
  });
  const problems = doc.errors.map((e) => yamlProblem(e, lineCounter));
  if (problems.length > 0) return { doc, lineCounter, problems };
  try {
    return { doc, lineCounter, value: doc.toJS({ maxAliasCount: 1000 }), problems };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const problem = /alias/i.test(message)
      ? 'aliases expand too far (an alias bomb?): write the values out'
      : `cannot read the document: ${message}`;
    return { doc, lineCounter, problems: [{ line: 1, col: 1, message: problem }] };
  }
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
