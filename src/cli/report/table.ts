import { textWidth } from '../../util/text-width.js';
import { plain } from '../../util/sanitize.js';
import { truncate } from './fit.js';


/**
 * Aligned columns for terminal output. Cells are sanitised here, before styling is applied by the
 * caller through `paint`, so data can never carry its own escapes. With `maxWidth`, the widest
 * column gives up room (its cells cut with `…`) until a line fits.
 */
export function table(header: string[], rows: string[][], paint?: (row: number, col: number, text: string) => string, maxWidth = Infinity): string {
  const cells = rows.map((r) => r.map(plain));
  // Each cell is measured once: measuring is most of the cost of a 10,000-row table.
  const measured = cells.map((r) => r.map(textWidth));
  const widths = header.map((h, c) => measured.reduce((most, r) => Math.max(most, r[c] ?? 0), textWidth(h)));
  const total = () => widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  while (total() > maxWidth) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 6) break;
    widths[widest] = Math.max(6, widths[widest]! - (total() - maxWidth));
  }
  const fit = (cell: string, c: number, w: number): [string, number] => (w <= widths[c]! ? [cell, w] : [truncate(cell, widths[c]!), textWidth(truncate(cell, widths[c]!))]);
  const line = (r: string[], sizes: number[], row: number) =>
    r
      .map((cell, c) => {
        const [text, w] = fit(cell, c, sizes[c]!);
        const shown = row >= 0 && paint ? paint(row, c, text) : text;
        return c === r.length - 1 ? shown : shown + ' '.repeat(Math.max(0, widths[c]! - w));
      })
      .join('  ')
      .trimEnd();
  return [line(header, header.map(textWidth), -1), ...cells.map((r, i) => line(r, measured[i]!, i))].join('\n');
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
