/**
 * A parser for the plain subset of YAML that account files are written in: block mappings with
 * simple keys, block sequences, one-line flow collections of scalars, quoted and plain one-line
 * scalars, comments. It is several times faster than a general parser because it does only that.
 * On anything else it returns undefined and a general parser takes over, so it never has to be
 * right about the rest of YAML; on what it accepts it must equal `yaml` with the core schema, which
 * test/load/parse-agreement.test.ts checks on every file we have.
 */
export function parseSimple(text: string): { value: unknown } | undefined {
  const p = new SimpleParser(text);
  try {
    const value = p.document();
    return value === BAIL ? undefined : { value };
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

const BAIL = Symbol('bail');
type Result = unknown | typeof BAIL;

/** The index of the `:` after a simple key starting at `at`, or -1. */
function keyEnd(line: string, at: number): number {
  let k = at;
  const first = line.charCodeAt(k) | 0x20;
  if (!((first >= 0x61 && first <= 0x7a) || line.charCodeAt(k) === 0x5f)) return -1;
  for (k++; k < line.length; k++) {
    const c = line.charCodeAt(k);
    const lower = c | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d) continue;
    return c === 0x3a ? k : -1;
  }
  return -1;
}

class SimpleParser {
  private readonly lines: string[];
  private i = 0;

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  document(): Result {
    this.skipBlank();
    if (this.i >= this.lines.length) return BAIL; // empty: the general parser says so with a position
    if (indentOf(this.lines[this.i]!) !== 0) return BAIL;
    const value = this.mapping(0);
    this.skipBlank();
    return this.i < this.lines.length ? BAIL : value;
  }

  /** Moves past empty and comment-only lines. */
  private skipBlank(): void {
    while (this.i < this.lines.length && isBlank(this.lines[this.i]!)) this.i++;
  }

  /** The indentation of the next content line, or -1 at the end. */
  private nextIndent(): number {
    this.skipBlank();
    return this.i < this.lines.length ? indentOf(this.lines[this.i]!) : -1;
  }

  /** A block mapping whose keys sit at `indent`; `first` is the rest of a `- key: v` line. */
  private mapping(indent: number, first?: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let line = first;
    let at = 0;
    for (;;) {
      if (line === undefined) {
        if (this.nextIndent() !== indent) break;
        line = this.lines[this.i]!;
        at = indent;
        if (line.charCodeAt(at) === 0x2d && (line.length === at + 1 || line.charCodeAt(at + 1) === 0x20)) break;
      }
      const end = keyEnd(line, at);
      if (end < 0 || (end + 1 < line.length && line.charCodeAt(end + 1) !== 0x20)) throw BAIL;
      const key = simpleKey(line.slice(at, end));
      // A second `key` is a duplicate; inherited names (`toString`) also land here, and bail too.
      if (map[key] !== undefined) throw BAIL;
      this.i++;
      map[key] = this.value(line.slice(end + 1).trimStart(), indent);
      line = undefined;
    }
    const after = this.nextIndent();
    if (after > indent) throw BAIL;
    return map;
  }

  /** The value after `key:` on a line whose entry sits at `indent` (the line is consumed). */
  private value(inline: string, indent: number): unknown {
    const text = stripComment(inline);
    if (text === '') {
      const next = this.nextIndent();
      if (next > indent) {
        const line = this.lines[this.i]!.slice(next);
        return line.startsWith('- ') || line === '-' ? this.sequence(next) : this.mapping(next);
      }
      if (next === indent && this.lines[this.i]!.slice(next).startsWith('- ')) return this.sequence(next);
      return null;
    }
    const value = inlineValue(text);
    if (this.nextIndent() > indent) throw BAIL; // a continued plain scalar or a stray nested block
    return value;
  }

  /** A block sequence whose dashes sit at `indent`. */
  private sequence(indent: number): unknown[] {
    const list: unknown[] = [];
    while (this.nextIndent() === indent) {
      const line = this.lines[this.i]!;
      if (!line.startsWith('- ', indent)) break;
      const rest = line.slice(indent + 2);
      const inner = indent + 2 + indentOf(rest);
      const item = rest.slice(inner - indent - 2);
      const colon = keyEnd(item, 0);
      if (colon > 0 && (colon + 1 === item.length || item.charCodeAt(colon + 1) === 0x20)) {
        list.push(this.mapping(inner, item));
      } else {
        const text = stripComment(item);
        if (text === '') throw BAIL;
        this.i++;
        list.push(inlineValue(text));
        if (this.nextIndent() > indent) throw BAIL;
      }
    }
    return list;
  }
}

/** A key that is a plain string: `true:` or `null:` keys mean something else in YAML. */
function simpleKey(key: string): string {
  if (resolveCore(key) !== key) throw BAIL;
  return key;
}

function isBlank(line: string): boolean {
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 0x23) return true; // '#'
    if (c !== 0x20) return false;
  }
  return true;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 0x20) n++;
  return n;
}

/** Removes a trailing ` # comment` outside quotes, and trailing spaces. */
function stripComment(text: string): string {
  if (text.indexOf('#') < 0) return text.trimEnd();
  let quote = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      if (k === 0 || /[\s[{,:]/.test(text[k - 1]!)) quote = c;
    } else if (c === 0x23 && (k === 0 || text.charCodeAt(k - 1) === 0x20)) {
      return text.slice(0, k).trimEnd();
    }
  }
  return text.trimEnd();
}

/** A one-line value: a flow collection, a quoted scalar, or a plain scalar. */
function inlineValue(text: string): unknown {
  const c = text[0]!;
  if (c === '{' || c === '[') {
    const flow = new FlowReader(text);
    const value = flow.collection();
    if (flow.at !== text.length) throw BAIL;
    return value;
  }
  if (c === '"' || c === "'") {
    const [value, end] = quoted(text, 0);
    if (end !== text.length) throw BAIL;
    return value;
  }
  return plainScalar(text, false);
}

/** A quoted scalar starting at `start`: its value and the index after the closing quote. */
function quoted(text: string, start: number): [string, number] {
  const q = text[start]!;
  let out = '';
  let k = start + 1;
  for (;;) {
    const end = text.indexOf(q, k);
    if (end < 0) throw BAIL;
    const chunk = text.slice(k, end);
    if (q === '"' && chunk.includes('\\')) throw BAIL; // escapes: left to the general parser
    out += chunk;
    if (q === "'" && text[end + 1] === "'") {
      out += "'";
      k = end + 2;
      continue;
    }
    return [out, end + 1];
  }
}

// Plain scalars that YAML would read as something else, or that need the general parser.
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

function plainScalar(text: string, inFlow: boolean): unknown {
  if (INDICATOR.test(text) && !/^-[0-9.]/.test(text)) throw BAIL;
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) throw BAIL;
  if (inFlow && /[,[\]{}]/.test(text)) throw BAIL;
  return resolveCore(text);
}

const DECIMAL = /^[0-9]+(?:\.[0-9]*)?$/;

/** YAML 1.2 core schema resolution of a plain scalar, as `yaml` does it. */
export function resolveCore(s: string): unknown {
  const c = s.charCodeAt(0) | 0x20; // lower-cased for letters
  // Only scalars starting with a digit, sign, dot, n, t, f or ~ can be anything but a string.
  if (c >= 0x30 && c <= 0x39) {
    if (DECIMAL.test(s)) return Number(s);
  } else if (!(c === 0x2b || c === 0x2d || c === 0x2e || c === 0x7e || c === 0x6e || c === 0x74 || c === 0x66)) return s;
  if (/^(?:~|null|Null|NULL)$/.test(s)) return null;
  if (/^(?:true|True|TRUE)$/.test(s)) return true;
  if (/^(?:false|False|FALSE)$/.test(s)) return false;
  if (/^[-+]?[0-9]+$/.test(s)) return Number(s);
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s)) return s[0] === '-' ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}

/** One-line flow collections whose items are scalars: `{ a: 1, b: "x" }`, `[a, b]`. */
class FlowReader {
  at = 0;
  constructor(private readonly text: string) {}

  collection(): unknown {
    const open = this.text[this.at]!;
    this.at++;
    const close = open === '{' ? '}' : ']';
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    this.space();
    if (this.text[this.at] === close) {
      this.at++;
      return open === '{' ? map : list;
    }
    for (;;) {
      this.space();
      if (open === '{') {
        const end = keyEnd(this.text, this.at);
        if (end < 0 || this.text.charCodeAt(end + 1) !== 0x20) throw BAIL;
        const key = simpleKey(this.text.slice(this.at, end));
        if (map[key] !== undefined) throw BAIL;
        this.at = end + 1;
        this.space();
        map[key] = this.scalar();
      } else list.push(this.scalar());
      this.space();
      const c = this.text[this.at];
      this.at++;
      if (c === close) return open === '{' ? map : list;
      if (c !== ',') throw BAIL;
      this.space();
      if (this.text[this.at] === close) throw BAIL; // trailing comma: leave the edge case to yaml
    }
  }

  private space(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private scalar(): unknown {
    const c = this.text[this.at];
    if (c === '"' || c === "'") {
      const [value, end] = quoted(this.text, this.at);
      this.at = end;
      return value;
    }
    if (c === '{' || c === '[') throw BAIL;
    let end = this.at;
    while (end < this.text.length && !',]}'.includes(this.text[end]!)) end++;
    const raw = this.text.slice(this.at, end).trimEnd();
    if (raw === '' || raw.includes(':') || raw.includes('#')) throw BAIL;
    this.at = end;
    return plainScalar(raw, true);
  }
}
