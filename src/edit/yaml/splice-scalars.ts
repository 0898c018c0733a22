import { parseFast } from '../../load/parse.js';
import { contentEnd } from '../../load/simple-yaml.js';
import type { Path, YamlOp } from './changes.js';
import { scalarSource, type Quote } from './scalar-source.js';

/**
 * The common edit without the `yaml` package (~10 ms of a `vitals set`): every op replaces a scalar
 * that already stands on its own `key: value` line in block mappings (`traits.ce_pulse`,
 * `reviewed.ce_pulse`), in a file our fast parser reads whole. The scalar is rewritten in its own
 * quoting and a trailing comment keeps its column, exactly as `editYaml` does (a differential test
 * holds the two byte-equal). Anything else — a missing key, a list, a flow mapping, a file only
 * `yaml` reads — answers undefined, and `editYaml` takes the edit.
 */
export function spliceScalars(text: string, ops: readonly YamlOp[]): string | undefined {
  if (ops.some((op) => op.op !== 'set') || parseFast(text) === undefined) return undefined;
  // Two ops on one path: the last wins in editYaml; left to it rather than mirrored here.
  if (new Set(ops.map((op) => op.path.join('\0'))).size !== ops.length) return undefined;
  const splices: Array<{ at: number; remove: number; insert: string }> = [];
  for (const op of ops) {
    const scalar = findScalar(text, op.path);
    if (!scalar || op.op !== 'set') return undefined;
    const { at, end } = scalar;
    const old = text.slice(at, end);
    const quote: Quote = old[0] === '"' ? '"' : old[0] === "'" ? "'" : '';
    const source = scalarSource(op.value, quote);
    if (source === old) continue;
    splices.push({ at, remove: old.length, insert: source });
    let space = 0;
    while (text.charCodeAt(end + space) === 0x20) space++;
    if (space > 0 && text[end + space] === '#') {
      const width = Math.max(1, space - (source.length - old.length));
      if (width !== space) splices.push({ at: end, remove: space, insert: ' '.repeat(width) });
    }
  }
  splices.sort((a, b) => a.at - b.at);
  let out = '';
  let cursor = 0;
  for (const s of splices) {
    if (s.at < cursor) return undefined; // two ops on one scalar: left to editYaml
    out += text.slice(cursor, s.at) + s.insert;
    cursor = s.at + s.remove;
  }
  return out + text.slice(cursor);
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Where the scalar at `path` is written: each key but the last opens a block mapping on the lines
 * below it, the last has its value on its own line. Undefined for any other shape.
 */
function findScalar(t: string, path: Path): { at: number; end: number } | undefined {
  let from = 0;
  let indent = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    // Only a plain key, as the fast parser reads keys: nothing that could match a `- ` line or span lines.
    if (typeof key !== 'string' || !PLAIN_KEY.test(key)) return undefined;
    const line = findKey(t, from, indent, key);
    if (!line) return undefined;
    let at = line.colon + 1;
    while (t.charCodeAt(at) === 0x20) at++;
    const end = contentEnd(t, line.colon + 1, line.end);
    if (i === path.length - 1) {
      const first = t[at];
      return at < end && first !== '{' && first !== '[' ? { at, end } : undefined;
    }
    if (at < end) return undefined; // a value on the key's own line: no block below it
    const child = nextContent(t, line.end + 1);
    if (!child || child.indent <= indent) return undefined;
    from = child.start;
    indent = child.indent;
  }
  return undefined;
}

/** The line of `key:` at column `indent` in the block starting at `from` (which ends at a shallower line). */
function findKey(t: string, from: number, indent: number, key: string): { colon: number; end: number } | undefined {
  for (let line = nextContent(t, from); line && line.indent >= indent; line = nextContent(t, line.end + 1)) {
    if (line.indent !== indent) continue;
    const colon = line.start + indent + key.length;
    const after = t.charCodeAt(colon + 1);
    if (t.startsWith(key, line.start + indent) && t[colon] === ':' && (colon + 1 === line.end || after === 0x20)) return { colon, end: line.end };
  }
  return undefined;
}

/** The next line from `from` that holds more than spaces or a comment: its start, end and indent. */
function nextContent(t: string, from: number): { start: number; end: number; indent: number } | undefined {
  for (let start = from; start < t.length; ) {
    let end = t.indexOf('\n', start);
    if (end < 0) end = t.length;
    let k = start;
    while (t.charCodeAt(k) === 0x20) k++;
    if (k < end && t[k] !== '#') return { start, end, indent: k - start };
    start = end + 1;
  }
  return undefined;
}
