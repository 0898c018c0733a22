/**
 * A parser for the plain subset of YAML that account files are written in: block mappings with
 * simple keys, block sequences, one-line flow collections, quoted and plain one-line
 * scalars, comments. It does only that, over indexes into the one string (no line array, no
 * substrings but keys and values), which makes it ~20× faster than a general parser. On anything
 * else it returns undefined and `yaml` takes over, so it never has to be right about the rest of
 * YAML; on what it accepts it must equal `yaml` with the core schema, which
 * test/load/parse-agreement.test.ts checks on every file we have and on thousands of mutations.
 */
export function parseSimple(text: string): { value: unknown } | undefined {
  try {
    return { value: new SimpleParser(text, undefined).document() };
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

/**
 * Where the node at a JSON pointer starts in a file of the plain subset, as `yaml` places it (a
 * scalar or flow collection at its first character, a block mapping at its first key, a block
 * sequence at its first dash): positions for the problems found after loading, at a fraction of a
 * parse with `yaml`. Undefined for a file outside the subset, or a node it does not place.
 */
export function plainPosition(text: string, pointer: string): number | undefined {
  const parser = new SimpleParser(text, pointer);
  try {
    parser.document();
  } catch (error) {
    if (error !== BAIL && error !== FOUND) throw error;
  }
  return parser.found;
}

/** Thrown when the node asked for is found: the rest of the file need not be read. */
const FOUND = Symbol('found');

/** The path of a node off the way to the one asked for: its children need no paths either. */
const ASIDE = '\0';

/** Thrown on anything outside the subset: the caller falls back to the general parser. */
const BAIL = Symbol('bail');

/** Recursion follows indentation; deeper than this is left to the depth check and `yaml`. */
const MAX_INDENT = 200;
/** Flow collections nest at most this deep on the fast path; deeper ones are left to `yaml`. */
const MAX_FLOW_DEPTH = 20;

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;

class SimpleParser {
  /** Start of the current line, its end (index of its newline or text.length), its indentation. */
  private start = 0;
  private end = 0;
  private indent = 0;

  /** Where the node asked for (`wanted`) starts, once found. */
  found: number | undefined;

  /** With `wanted`, a JSON pointer, the parser looks for that node (paths cost nothing otherwise). */
  constructor(
    private readonly t: string,
    private readonly wanted?: string,
  ) {
    this.setLine(0);
  }

  /** Notes where the node at `path` starts: the end of the search when it is the one wanted. */
  private at(path: string, offset: number): void {
    if (path === this.wanted) {
      this.found = offset;
      throw FOUND;
    }
  }

  /** The path of a child (a key or an index), or ASIDE when it cannot lead to the node wanted. */
  private child(path: string, segment: string | number): string {
    if (this.wanted === undefined || path === ASIDE) return ASIDE;
    const inner = `${path}/${typeof segment === 'number' ? segment : escapePointer(segment)}`;
    return this.wanted === inner || this.wanted.startsWith(`${inner}/`) ? inner : ASIDE;
  }

  document(): unknown {
    if (this.atEnd() || this.indent !== 0) throw BAIL; // empty or odd: yaml says what is wrong
    if (this.wanted !== undefined) this.at('', this.start);
    const value = this.mapping(0, -1, '');
    if (!this.atEnd()) throw BAIL;
    return value;
  }

  /** Moves to the line starting at `from`, skipping blank and comment-only lines. */
  private setLine(from: number): void {
    const t = this.t;
    for (let at = from; at < t.length; ) {
      let end = t.indexOf('\n', at);
      if (end < 0) end = t.length;
      let k = at;
      while (t.charCodeAt(k) === SPACE) k++;
      if (k < end && t.charCodeAt(k) !== HASH) {
        this.start = at;
        this.end = end;
        this.indent = k - at;
        return;
      }
      at = end + 1;
    }
    this.start = this.end = t.length;
    this.indent = -1;
  }

  private atEnd(): boolean {
    return this.indent < 0;
  }

  private nextLine(): void {
    this.setLine(this.end + 1);
  }

  /** Whether the current line at column `col` is a `- ` (or lone `-`) sequence entry. */
  private dashAt(col: number): boolean {
    const at = this.start + col;
    return this.t.charCodeAt(at) === DASH && (at + 1 === this.end || this.t.charCodeAt(at + 1) === SPACE);
  }

  /**
   * A block mapping whose keys sit at column `indent`. With `from` >= 0, its first key starts there
   * on the current line (the `- key: value` form).
   */
  private mapping(indent: number, from: number, path: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let keys = 0;
    let at = from;
    for (;;) {
      if (at < 0) {
        if (this.indent !== indent || this.dashAt(indent)) break;
        at = this.start + indent;
      }
      const colon = keyEnd(this.t, at, this.end);
      if (colon < 0) throw BAIL;
      const key = simpleKey(this.t.slice(at, colon));
      map[key] = this.value(colon + 1, indent, this.child(path, key));
      keys++;
      at = -1;
    }
    // A repeated key overwrote the first: leave duplicates to yaml, which reports them.
    if (Object.keys(map).length !== keys) throw BAIL;
    if (this.indent > indent) throw BAIL;
    return map;
  }

  /** The value after a key's colon at `from`, for an entry at column `indent`; moves past it. */
  private value(from: number, indent: number, path: string): unknown {
    const t = this.t;
    const end = contentEnd(t, from, this.end);
    let at = from;
    while (at < end && t.charCodeAt(at) === SPACE) at++;
    this.nextLine();
    if (at === end) {
      if (this.indent > MAX_INDENT) throw BAIL; // deep nesting: the depth check before yaml reports it
      const nested = this.indent > indent || (this.indent === indent && this.dashAt(indent));
      // An empty value (null) is left unrecorded: its place is yaml's to say.
      if (nested && path !== ASIDE) this.at(path, this.start + this.indent);
      if (this.indent > indent) return this.dashAt(this.indent) ? this.sequence(this.indent, path) : this.mapping(this.indent, -1, path);
      if (this.indent === indent && this.dashAt(indent)) return this.sequence(indent, path);
      return null;
    }
    if (this.indent > indent) throw BAIL; // a continued plain scalar or a stray nested block
    if (path !== ASIDE) this.at(path, at);
    return inlineValue(t, at, end, this.wanted === undefined ? undefined : (p, offset) => this.at(p, offset), path);
  }

  /** A block sequence whose dashes sit at column `indent`. */
  private sequence(indent: number, path: string): unknown[] {
    const t = this.t;
    const list: unknown[] = [];
    while (this.indent === indent && this.dashAt(indent)) {
      let at = this.start + indent + 1;
      while (at < this.end && t.charCodeAt(at) === SPACE) at++;
      const item = this.child(path, list.length);
      if (item !== ASIDE) this.at(item, at);
      const colon = keyEnd(t, at, this.end);
      if (colon > 0 && (colon + 1 === this.end || t.charCodeAt(colon + 1) === SPACE)) {
        list.push(this.mapping(at - this.start, at, item));
        continue;
      }
      const end = contentEnd(t, at, this.end);
      if (at === end) throw BAIL; // `-` with the item on the next lines
      list.push(inlineValue(t, at, end, this.wanted === undefined ? undefined : (p, offset) => this.at(p, offset), item));
      this.nextLine();
      if (this.indent > indent) throw BAIL;
    }
    return list;
  }
}

/** The index of the `:` after a simple key starting at `at`, or -1. */
function keyEnd(t: string, at: number, end: number): number {
  const first = t.charCodeAt(at) | 0x20;
  if (!((first >= 0x61 && first <= 0x7a) || t.charCodeAt(at) === 0x5f)) return -1;
  for (let k = at + 1; k < end; k++) {
    const c = t.charCodeAt(k);
    const lower = c | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH) continue;
    return c === COLON && (k + 1 === end || t.charCodeAt(k + 1) === SPACE) ? k : -1;
  }
  return -1;
}

// Keys seen before, so that storing a property reuses one string: a fresh slice as a property key
// costs V8 a string-table lookup per store, the parser's largest single cost. Account files share a
// few dozen key names; the cap bounds what an odd file can add.
const knownKeys = new Map<string, string>();

/**
 * A key that is a plain string: `true:` or `null:` keys mean something else in YAML, and a key
 * named like what every object has (`__proto__`, `constructor`) is left to the full path, which
 * refuses it at its place.
 */
function simpleKey(key: string): string {
  const known = knownKeys.get(key);
  if (known !== undefined) return known;
  if (resolveCore(key) !== key || key === '__proto__' || key === 'constructor') throw BAIL;
  if (knownKeys.size < 1000) knownKeys.set(key, key);
  return key;
}

/** The end of a line's content: before a ` # comment` outside quotes, and trailing spaces. */
export function contentEnd(t: string, from: number, end: number): number {
  let stop = end;
  const hash = t.indexOf('#', from);
  if (hash >= 0 && hash < end) {
    let quote = 0;
    for (let k = from; k < end; k++) {
      const c = t.charCodeAt(k);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) {
        const before = t.charCodeAt(k - 1);
        if (k === from || before === SPACE || before === 0x5b || before === 0x7b || before === 0x2c || before === COLON) quote = c;
      } else if (c === HASH && (k === from || t.charCodeAt(k - 1) === SPACE)) {
        stop = k;
        break;
      }
    }
  }
  while (stop > from && t.charCodeAt(stop - 1) === SPACE) stop--;
  return stop;
}

/** Tells the parser where the node at a path starts. */
type Place = (path: string, offset: number) => void;

/** A JSON pointer segment for a key: `~` and `/` escaped. */
function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A one-line value in t[at, end): a flow collection, a quoted scalar, or a plain scalar. */
function inlineValue(t: string, at: number, end: number, place?: Place, path = ASIDE): unknown {
  const c = t.charCodeAt(at);
  if (c === 0x7b || c === 0x5b) {
    const flow = new FlowReader(t, at, end, place, path);
    const value = flow.collection();
    if (flow.at !== end) throw BAIL;
    return value;
  }
  if (c === 0x22 || c === 0x27) {
    const [value, after] = quoted(t, at, end);
    if (after !== end) throw BAIL;
    return value;
  }
  return plainScalar(t.slice(at, end), false);
}

/** A quoted scalar starting at `at`: its value and the index after the closing quote. */
function quoted(t: string, at: number, end: number): [string, number] {
  const q = t[at]!;
  let out = '';
  let k = at + 1;
  for (;;) {
    const close = t.indexOf(q, k);
    if (close < 0 || close >= end) throw BAIL;
    const chunk = t.slice(k, close);
    if (q === '"' && chunk.includes('\\')) throw BAIL; // escapes: left to the general parser
    out += chunk;
    if (q === "'" && t[close + 1] === "'") {
      out += "'";
      k = close + 2;
      continue;
    }
    return [out, close + 1];
  }
}

// Plain scalars that YAML would read as something else, or that need the general parser.
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

function plainScalar(text: string, inFlow: boolean): unknown {
  if (INDICATOR.test(text) && !/^-[0-9.]/.test(text)) throw BAIL;
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) throw BAIL;
  if (inFlow && /[,[\]{}]/.test(text)) throw BAIL;
  const value = resolveCore(text);
  // A number not kept as written (1e400, .nan, 2^53 + 1) is left to the full path, which says where it is.
  if (typeof value === 'number' && (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)))) throw BAIL;
  return value;
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

/** One-line flow collections: `{ a: 1, b: "x" }`, `[a, b]`, `{ stage: [prospect] }`. */
class FlowReader {
  private depth = 0;

  constructor(
    private readonly t: string,
    public at: number,
    private readonly end: number,
    private readonly place: Place | undefined,
    private readonly path: string,
  ) {}

  /** The path of a child (a key, escaped here, or an index): ASIDE when nothing is placed. */
  private child(path: string, segment: string): string {
    return this.place === undefined || path === ASIDE ? ASIDE : `${path}/${escapePointer(segment)}`;
  }

  collection(path = this.path): unknown {
    const t = this.t;
    const isMap = t.charCodeAt(this.at) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    this.at++;
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    let keys = 0;
    this.space();
    if (t.charCodeAt(this.at) !== close) {
      for (;;) {
        this.space();
        if (isMap) {
          const colon = keyEnd(t, this.at, this.end);
          if (colon < 0 || t.charCodeAt(colon + 1) !== SPACE) throw BAIL;
          const key = simpleKey(t.slice(this.at, colon));
          this.at = colon + 1;
          this.space();
          map[key] = this.scalar(this.child(path, key));
          keys++;
        } else list.push(this.scalar(this.child(path, String(list.length))));
        this.space();
        const c = t.charCodeAt(this.at);
        if (c === close) break;
        if (c !== 0x2c) throw BAIL;
        this.at++;
        this.space();
        if (t.charCodeAt(this.at) === close) throw BAIL; // a trailing comma: an edge case for yaml
      }
    }
    this.at++;
    if (this.at > this.end) throw BAIL;
    if (isMap && Object.keys(map).length !== keys) throw BAIL;
    return isMap ? map : list;
  }

  private space(): void {
    while (this.at < this.end && this.t.charCodeAt(this.at) === SPACE) this.at++;
  }

  private scalar(path: string): unknown {
    const t = this.t;
    if (path !== ASIDE) this.place?.(path, this.at);
    const c = t.charCodeAt(this.at);
    if (c === 0x22 || c === 0x27) {
      const [value, after] = quoted(t, this.at, this.end);
      this.at = after;
      return value;
    }
    if (c === 0x7b || c === 0x5b) {
      if (++this.depth > MAX_FLOW_DEPTH) throw BAIL;
      const nested = this.collection(path);
      this.depth--;
      return nested;
    }
    let stop = this.at;
    while (stop < this.end && !isFlowEnd(t.charCodeAt(stop))) stop++;
    let last = stop;
    while (last > this.at && t.charCodeAt(last - 1) === SPACE) last--;
    const raw = t.slice(this.at, last);
    if (raw === '' || raw.includes(':') || raw.includes('#')) throw BAIL;
    this.at = stop;
    return plainScalar(raw, true);
  }
}

const isFlowEnd = (c: number) => c === 0x2c || c === 0x5d || c === 0x7d;
