import type { CST } from 'yaml';
import { yamlModule } from '../../load/yaml-module.js';

const LAYOUT = new Set(['space', 'newline', 'comment']);

/**
 * Where a token's content ends: the end of its last token that is not a space, a newline or a
 * comment. What follows on the same line (a trailing comment) belongs to it; what follows on later
 * lines (blank lines, the next key's comments) does not.
 */
export function contentEnd(token: unknown): number {
  let end = -1;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const t = node as { type?: string; offset?: number; source?: unknown };
    if (typeof t.source === 'string' && typeof t.offset === 'number' && !LAYOUT.has(t.type ?? '')) {
      end = Math.max(end, t.offset + t.source.length);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'source' && typeof value === 'object') visit(value);
  };
  visit(token);
  return end;
}

/** The key of a mapping item as text, or undefined when the key is not a plain or quoted scalar. */
export function keyText(item: CST.CollectionItem): string | undefined {
  const key = item.key;
  if (!key || (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar')) return undefined;
  return yamlModule().CST.resolveAsScalar(key)?.value;
}

export type MapToken = CST.BlockMap | CST.FlowCollection;
export type SeqToken = CST.BlockSequence | CST.FlowCollection;

export function isMap(token: CST.Token | null | undefined): token is MapToken {
  return token?.type === 'block-map' || (token?.type === 'flow-collection' && token.start.source === '{');
}

export function isSeq(token: CST.Token | null | undefined): token is SeqToken {
  return token?.type === 'block-seq' || (token?.type === 'flow-collection' && token.start.source === '[');
}

export function isFlowScalar(token: CST.Token | null | undefined): token is CST.FlowScalar {
  return token?.type === 'scalar' || token?.type === 'single-quoted-scalar' || token?.type === 'double-quoted-scalar';
}

/** Where a flow collection's item value ends: after its closing bracket, or the scalar's source. */
export function valueEnd(token: CST.Token): number {
  if (token.type === 'flow-collection') {
    const close = token.end[0];
    return close ? close.offset + close.source.length : contentEnd(token);
  }
  return contentEnd(token);
}
