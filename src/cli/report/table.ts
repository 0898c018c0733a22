import stringWidth from 'string-width';
import { plain } from '../../util/sanitize.js';

/** Columns a cell takes in a terminal: CJK and emoji take two, ANSI styling none. */
const width = (s: string) => stringWidth(s);

/**
 * Aligned columns for terminal output. Cells are sanitised here, before styling is applied by the
 * caller through `paint`, so data can never carry its own escapes.
 */
export function table(header: string[], rows: string[][], paint?: (row: number, col: number, text: string) => string): string {
  const cells = rows.map((r) => r.map(plain));
  const widths = header.map((h, c) => Math.max(width(h), ...cells.map((r) => width(r[c] ?? ''))));
  const line = (r: string[], row: number) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(Math.max(0, widths[c]! - width(cell)));
        const text = row >= 0 && paint ? paint(row, c, cell) : cell;
        return c === r.length - 1 ? text : text + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header, -1), ...cells.map((r, i) => line(r, i))].join('\n');
}

/** A score for people: one decimal, or a dash when there is none. */
export const oneDecimal = (n: number | null | undefined) => (n === null || n === undefined ? '-' : n.toFixed(1));

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
