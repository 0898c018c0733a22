import type { Scalar, Value } from './changes.js';
import type { FileStyle } from './file-style.js';
import { scalarSource } from './scalar-source.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A new scalar: dates quoted as the file quotes them, text of several words double-quoted (as the
 * SPEC writes notes), single words and numbers plain.
 */
export function newScalar(value: Scalar, style: FileStyle): string {
  if (typeof value !== 'string') return scalarSource(value, '');
  return scalarSource(value, DATE.test(value) ? style.dateQuote : value.includes(' ') ? '"' : '');
}

/** A value in flow style, on one line: `{ date: 2026-11-22, text: "..." }`, or `{date: ...}` as the file has them. */
export function flowSource(value: Value, style: FileStyle): string {
  if (Array.isArray(value)) return `[${value.map((v) => flowSource(v, style)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    const space = style.braceSpace ? ' ' : '';
    return entries.length === 0 ? '{}' : `{${space}${entries.map(([k, v]) => `${k}: ${flowSource(v, style)}`).join(', ')}${space}}`;
  }
  return newScalar(value, style);
}

/**
 * `key: value` as whole lines at `column`: scalars inline, mappings in block or flow style as
 * asked, lists as block lists of flow items (the style the SPEC's notes and tasks are written in).
 */
export function blockEntry(key: string, value: Value, column: number, flowMaps: boolean, style: FileStyle): string {
  const pad = ' '.repeat(column);
  const { eol } = style;
  if (Array.isArray(value)) {
    const dash = ' '.repeat(column + style.seqIndent);
    return `${pad}${key}:${eol}${value.map((item) => `${dash}- ${flowSource(item, style)}${eol}`).join('')}`;
  }
  if (typeof value === 'object') {
    if (flowMaps || Object.keys(value).length === 0) return `${pad}${key}: ${flowSource(value, style)}${eol}`;
    const inner = Object.entries(value).map(([k, v]) => blockEntry(k, v, column + style.unit, false, style));
    return `${pad}${key}:${eol}${inner.join('')}`;
  }
  return `${pad}${key}: ${newScalar(value, style)}${eol}`;
}

/** A list item's mapping in block style: the first key after `- `, the rest under it. */
export function blockMapItem(value: { [key: string]: Value }, column: number, style: FileStyle): string {
  const lines = Object.entries(value).map(([k, v], i) => {
    const line = blockEntry(k, v, column, true, style);
    return i === 0 ? line.slice(column) : line;
  });
  return lines.join('');
}
