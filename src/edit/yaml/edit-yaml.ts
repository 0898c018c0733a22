import type { CST } from 'yaml';
import { yamlModule } from '../../load/yaml-module.js';
import { changeTree, materialize, type Change, type Path, type Value, type YamlOp } from './changes.js';
import { contentEnd, isFlowScalar, isMap, isSeq, keyText, valueEnd, type MapToken } from './cst-offsets.js';
import { fileStyle, type FileStyle } from './file-style.js';
import { blockEntry, blockMapItem, flowSource } from './render-value.js';
import { scalarSource, type Quote } from './scalar-source.js';

/** An edit the text cannot take without touching more than it should; says which key and why. */
export class YamlEditError extends Error {}

/** The order a mapping's keys are written in, for placing a new key among the old ones. */
export type KeyOrder = (path: Path) => readonly string[];

interface Splice {
  at: number;
  remove: number;
  insert: string;
}

/**
 * Applies the ops to YAML text by splicing at the offsets of the `yaml` package's concrete syntax
 * tree: a changed scalar is rewritten in its own quoting, a new key or list item is inserted as
 * whole lines in the file's indentation (or into a flow collection, as `, key: value`), and every
 * other byte — comments, alignment, blank lines, number spelling, line endings — is copied as it was.
 */
export function editYaml(text: string, ops: readonly YamlOp[], keyOrder: KeyOrder): string {
  const tokens = [...new (yamlModule().Parser)().parse(text)];
  const docs = tokens.filter((t): t is CST.Document => t.type === 'document');
  if (docs.length !== 1 || tokens.some((t) => t.type === 'error')) throw new YamlEditError('the file is not one well-formed YAML document');
  const editor = new Editor(text, fileStyle(text, docs[0]!.value), keyOrder);
  editor.node(docs[0]!.value, changeTree(ops), []);
  return editor.result();
}

class Editor {
  private readonly splices: Splice[] = [];

  constructor(
    private readonly text: string,
    private readonly style: FileStyle,
    private readonly keyOrder: KeyOrder,
  ) {}

  result(): string {
    const sorted = this.splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.at - b.at || a.i - b.i);
    let out = '';
    let cursor = 0;
    for (const s of sorted) {
      if (s.at < cursor) throw new Error('overlapping edits');
      out += this.text.slice(cursor, s.at) + s.insert;
      cursor = s.at + s.remove;
    }
    return out + this.text.slice(cursor);
  }

  node(token: CST.Token | undefined, change: Change & { kind: 'node' }, path: Path): void {
    if (isMap(token)) return this.map(token, change, path);
    if (isSeq(token)) {
      for (const [index, child] of change.children) {
        const item = typeof index === 'number' ? token.items[index] : undefined;
        if (!item) throw new YamlEditError(`${show(path)} has no item ${typeof index === 'number' ? index + 1 : index}`);
        this.apply(item.value, child, [...path, index]);
      }
      return;
    }
    throw new YamlEditError(`${show(path)} is not a mapping or a list`);
  }

  private apply(token: CST.Token | undefined, change: Change, path: Path): void {
    if (change.kind === 'node') this.node(token, change, path);
    else if (change.kind === 'append') this.append(token, change.items, path, change.before);
    else this.replace(token, change.value, path);
  }

  private map(token: MapToken, change: Change & { kind: 'node' }, path: Path): void {
    const missing: Array<[string, Change]> = [];
    for (const [key, child] of change.children) {
      if (typeof key === 'number') throw new YamlEditError(`${show(path)} is a mapping, not a list`);
      const item = token.items.find((it) => keyText(it) === key);
      if (item) this.apply(item.value, child, [...path, key]);
      else missing.push([key, child]);
    }
    if (missing.length > 0) this.insertKeys(token, missing, path);
  }

  /** Rewrites one scalar in its own quoting; a trailing comment keeps its column when there is room. */
  private replace(token: CST.Token | undefined, value: string | number | boolean, path: Path): void {
    if (!isFlowScalar(token)) throw new YamlEditError(`${show(path)} is not written as a single value: edit it by hand`);
    const quote: Quote = token.type === 'double-quoted-scalar' ? '"' : token.type === 'single-quoted-scalar' ? "'" : '';
    const source = scalarSource(value, quote);
    if (source === token.source) return;
    this.splices.push({ at: token.offset, remove: token.source.length, insert: source });
    const [space, comment] = token.end ?? [];
    if (space?.type === 'space' && comment?.type === 'comment') {
      const width = Math.max(1, space.source.length - (source.length - token.source.length));
      if (width !== space.source.length) this.splices.push({ at: space.offset, remove: space.source.length, insert: ' '.repeat(width) });
    }
  }

  private append(token: CST.Token | undefined, items: Value[], path: Path, before?: number): void {
    if (!isSeq(token)) throw new YamlEditError(`${show(path)} is not a list`);
    if (token.type === 'flow-collection') {
      // The last item that has a value: a trailing comma (`[a, b,]`) is an item without one.
      const valued = token.items.filter((item) => item.value !== undefined);
      const last = valued[valued.length - 1]?.value;
      const rendered = items.map((v) => flowSource(v, this.style));
      const next = before === undefined ? undefined : valued[before]?.value;
      if (next) this.splices.push({ at: next.offset, remove: 0, insert: rendered.map((r) => `${r}, `).join('') });
      else if (last) this.splices.push({ at: valueEnd(last), remove: 0, insert: rendered.map((r) => `, ${r}`).join('') });
      else this.splices.push({ at: token.start.offset + 1, remove: 0, insert: rendered.join(', ') });
      return;
    }
    // Items with their dash: a comment line after the last ends the list as an item of its own.
    const dashed = token.items.filter((item) => item.start.some((t) => t.type === 'seq-item-ind'));
    const last = dashed[dashed.length - 1] ?? token.items[token.items.length - 1]!;
    const dash = last.start.find((t) => t.type === 'seq-item-ind');
    const column = dash ? this.column(dash.offset) : 0;
    const blockItems = last.value?.type === 'block-map';
    const itemColumn = blockItems && last.value?.type === 'block-map' && last.value.items[0]?.key ? this.column(last.value.items[0].key.offset) : column + 2;
    const lines = items.map((item) => {
      const body = blockItems && typeof item === 'object' && !Array.isArray(item) ? blockMapItem(item, itemColumn, this.style) : `${flowSource(item, this.style)}${this.style.eol}`;
      return `${' '.repeat(column)}-${' '.repeat(itemColumn - column - 1)}${body}`;
    });
    // Before an item: right after the one before it, so a comment line above the item stays with
    // it; before the first, at the start of its dash's line.
    const next = before === undefined ? undefined : dashed[before]?.start.find((t) => t.type === 'seq-item-ind');
    const previous = before === undefined || before === 0 ? undefined : dashed[before - 1];
    this.insertLines(next ? (previous ? this.after(previous, column) : this.lineStart(next.offset)) : this.after(last, column), lines.join(''));
  }

  /** New keys go after the last existing key the schema lists before them (else before the first). */
  private insertKeys(token: MapToken, missing: Array<[string, Change]>, path: Path): void {
    const order = this.keyOrder(path);
    const rank = (key: string | undefined) => (key === undefined ? -1 : order.indexOf(key));
    missing.sort((a, b) => rank(a[0]) - rank(b[0]));
    const groups = new Map<number, Array<[string, Value]>>();
    for (const [key, change] of missing) {
      let after = -1;
      token.items.forEach((item, i) => {
        const r = rank(keyText(item));
        if (r >= 0 && r < rank(key) && (after < 0 || r > rank(keyText(token.items[after]!)))) after = i;
      });
      if (after < 0 && rank(key) < 0 && token.items.length > 0) after = token.items.length - 1;
      groups.set(after, [...(groups.get(after) ?? []), [key, materialize(change)]]);
    }
    for (const [after, entries] of groups) {
      if (token.type === 'flow-collection') this.insertFlow(token, after, entries);
      else this.insertBlock(token, after, entries);
    }
  }

  private insertFlow(token: CST.FlowCollection, after: number, entries: Array<[string, Value]>): void {
    const pairs = entries.map(([k, v]) => `${k}: ${flowSource(v, this.style)}`);
    const previous = token.items[after]?.value;
    if (previous) this.splices.push({ at: valueEnd(previous), remove: 0, insert: pairs.map((p) => `, ${p}`).join('') });
    else if (token.items[0]?.key) this.splices.push({ at: token.items[0].key.offset, remove: 0, insert: pairs.map((p) => `${p}, `).join('') });
    else this.splices.push({ at: token.start.offset + 1, remove: 0, insert: ` ${pairs.join(', ')} ` });
  }

  private insertBlock(token: CST.BlockMap, after: number, entries: Array<[string, Value]>): void {
    const first = token.items[0]!;
    const column = first.key ? this.column(first.key.offset) : token.indent;
    // A new mapping follows its neighbour's style: `reviewed` is written like `traits`.
    const neighbour = (token.items[after] ?? first).value;
    const flowMaps = neighbour?.type === 'flow-collection';
    const lines = entries.map(([k, v]) => blockEntry(k, v, column, flowMaps, this.style)).join('');
    if (after >= 0) this.insertLines(this.after(token.items[after]!, column), lines);
    else this.splices.push({ at: this.lineStart(first.key?.offset ?? token.offset), remove: 0, insert: lines });
  }

  /** Inserts whole lines at a line start (or at the end of a file that lacks its last newline). */
  private insertLines(at: number, lines: string): void {
    const needsNewline = at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n');
    this.splices.push({ at, remove: 0, insert: needsNewline ? this.style.eol + lines : lines });
  }

  /**
   * The start of the line after an item: past its trailing comment, and past comment lines indented
   * deeper than the item's key (they still talk about the item), but not past blank lines or the
   * next key's own comments.
   */
  private after(item: CST.CollectionItem, column: number): number {
    let at = this.lineEnd(contentEnd(item));
    for (;;) {
      const match = /^( *)#[^\n]*(\n|$)/.exec(this.text.slice(at, this.text.indexOf('\n', at) + 1 || undefined));
      if (!match || match[1]!.length <= column || match[0].length === 0) return at;
      at += match[0].length;
      if (!match[2]) return at;
    }
  }

  private lineEnd(offset: number): number {
    const newline = this.text.indexOf('\n', offset);
    return newline < 0 ? this.text.length : newline + 1;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }
}

function show(path: Path): string {
  return path.length === 0 ? 'the document' : path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : p)).join('.');
}
