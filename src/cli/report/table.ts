import stringWidth from 'string-width';
import { plain } from '../../util/sanitize.js';
import { truncate } from './fit.js';

/** Columns a cell takes in a terminal: CJK and emoji take two, ANSI styling none. */
const width = (s: string) => stringWidth(s);

/**
 * Aligned columns for terminal output. Cells are sanitised here, before styling is applied by the
 * caller through `paint`, so data can never carry its own escapes. With `maxWidth`, the widest
 * column gives up room (its cells cut with `…`) until a line fits.
 */
export function table(header: string[], rows: string[][], paint?: (row: number, col: number, text: string) => string, maxWidth = Infinity): string {
  let cells = rows.map((r) => r.map(plain));
  const widths = header.map((h, c) => Math.max(width(h), ...cells.map((r) => width(r[c] ?? ''))));
  const total = () => widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  while (total() > maxWidth) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 6) break;
    widths[widest] = Math.max(6, widths[widest]! - (total() - maxWidth));
  }
  if (maxWidth !== Infinity) cells = cells.map((r) => r.map((cell, c) => truncate(cell, widths[c]!)));
  const line = (r: string[], row: number) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(Math.max(0, widths[c]! - width(cell)));
        const text = row >= 0 && paint ? paint(row, c, cell) : cell;
        return c === r.length - 1 ? text : text + pad;
      })
      .join('  ')
      .trimEnd();
  const heads = maxWidth === Infinity ? header : header.map((h, c) => truncate(h, widths[c]!));
  return [line(heads, -1), ...cells.map((r, i) => line(r, i))].join('\n');
}

export { oneDecimal } from '../../review/format.js';

/**
 * A CSV field: control characters neutralised like everywhere else, quoted when needed, and never a
 * spreadsheet formula (=, +, -, @ lead with a quote).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = plain(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
