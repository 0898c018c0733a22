import type { DiffReport } from '../../history/book-diff.js';
import { plain } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { diffHeadline, matrixColours, scoreMove, valueText } from './diff-summary.js';
import { table } from './table.js';
import { colourScore } from '../../review/format.js';

/** `vitals diff` for the terminal: headline, model changes, colour matrix, then the accounts that moved. */
export function diffTable(ctx: Context, report: DiffReport): string {
  const { style } = ctx;
  const out = [style.bold(diffHeadline(report)), `${report.base.slice(0, 7)} → ${report.head?.slice(0, 7) ?? 'work tree'}, both scored as of ${report.as_of}`];
  if (report.model_changes.length > 0) {
    out.push('', style.bold('Model changes'));
    for (const c of report.model_changes) out.push(`  ${plain(c.path)}: ${plain(valueText(c.from))} → ${plain(valueText(c.to))}`);
  }
  const colours = matrixColours(report);
  out.push('', style.bold('Colours (rows: before, columns: after)'));
  out.push(table(['', ...colours], colours.map((from) => [from, ...colours.map((to) => String(report.matrix[from]?.[to] ?? 0))])));
  if (report.accounts.length > 0) {
    out.push('', style.bold('Accounts'));
    const rows = report.accounts.map((a) => [a.id, a.name, `${a.before.color} → ${a.after.color}`, `${colourScore(a.before.color, a.before.score)} → ${colourScore(a.after.color, a.after.score)}`, scoreMove(a), a.cause]);
    out.push(table(['ID', 'NAME', 'COLOUR', 'SCORE', 'Δ', 'CAUSE'], rows));
  }
  return out.join('\n');
}
