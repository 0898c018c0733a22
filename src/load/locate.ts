import type { Document, LineCounter, Node } from 'yaml';
import { yamlModule } from './yaml-module.js';

export interface Position {
  line: number;
  col: number;
}

/** JSON pointer (`/traits/ce_pulse`) to its segments, unescaping `~1` and `~0`. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Where a JSON pointer sits in the document: the value's node, or with `key` the key's node (for
 * unknown keys). Walks as deep as the document goes and points at the deepest node found, so a
 * missing key points at the mapping that should hold it.
 */
export function locate(doc: Document, lineCounter: LineCounter, pointer: string, key?: string): Position {
  const { isMap, isPair, isSeq } = yamlModule();
  let node: unknown = doc.contents;
  let at: Node | undefined = doc.contents ?? undefined;
  const segments = pointerSegments(pointer);
  if (key !== undefined) segments.push(key);
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(doc, p.key) === segment);
      if (!pair) break;
      if (last && key !== undefined) {
        at = pair.key as Node;
        break;
      }
      node = pair.value;
      if (node && (node as Node).range) at = node as Node;
      else at = pair.key as Node;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!item) break;
      node = item;
      if ((item as Node).range) at = item as Node;
    } else break;
  }
  const offset = at?.range?.[0] ?? 0;
  return lineCounter.linePos(offset);
}

/**
 * A key as the parsed value names it: `~` is '' and `? [a, b]` is '[ a, b ]', so a problem about
 * such a key is found at its own line.
 */
function keyText(doc: Document, key: unknown): string {
  const { isScalar, Pair } = yamlModule();
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  const single = new Pair(key, null).toJSON(undefined, { doc, anchors: new Map(), keep: false, mapAsMap: false, mapKeyWarned: true, maxAliasCount: 100 });
  return Object.keys(single as object)[0] ?? '';
}
