import type { AccountImpact, DiffReport } from '../../history/book-diff.js';
import { mdTable, mdCell } from './markdown.js';
import { diffHeadline, matrixColours, scoreMove, valueText } from './diff-summary.js';
import { colourScore } from '../../review/format.js';

/** The hidden line a workflow finds to update its one comment instead of adding another. */
export const DIFF_MARKER = '<!-- vitals-diff -->';
/** GitHub refuses a comment longer than this. */
export const COMMENT_LIMIT = 65_536;
const MODEL_CHANGES_SHOWN = 100;

/**
 * `vitals diff --format markdown`: a pull-request comment. Data (names, ids, model values) is
 * escaped to read as text: no link, image, HTML or autolinked address can come from a file.
 */
export function diffMarkdown(report: DiffReport, limit = COMMENT_LIMIT): string {
  const head = report.head === null ? 'the work tree' : `\`${report.head.slice(0, 7)}\``;
  const top = [DIFF_MARKER, `### ${diffHeadline(report)}`, '', `\`${report.base.slice(0, 7)}\` → ${head}, both scored as of ${report.as_of}.`, '', matrix(report)];
  if (report.model_changes.length > 0) {
    top.push('', '#### Model changes', '');
    for (const c of report.model_changes.slice(0, MODEL_CHANGES_SHOWN)) top.push(`- ${mdCell(c.path)}: ${mdCell(valueText(c.from))} → ${mdCell(valueText(c.to))}`);
    const more = report.model_changes.length - MODEL_CHANGES_SHOWN;
    if (more > 0) top.push(`- … and ${more} more`);
  }
  for (const [side, files] of [['base', report.unread.base], ['head', report.unread.head]] as const) {
    if (files.length === 0) continue;
    const shown = files.slice(0, 5).map((f) => mdCell(f)).join(', ');
    top.push('', `${files.length} account ${files.length === 1 ? 'file does' : 'files do'} not load at the ${side}, so ${files.length === 1 ? 'it is' : 'they are'} left out: ${shown}${files.length > 5 ? ', …' : ''} (run \`vitals validate\`).`);
  }
  if (report.accounts.length === 0) return `${top.join('\n')}\n`;
  const n = report.accounts.length;
  // A blank line first: <details> right after a list item would be read as part of it.
  const opening = ['', '', '<details>', `<summary>${n} ${n === 1 ? 'account' : 'accounts'} whose colour or score moved</summary>`, ''].join('\n');
  const header = mdTable(['Account', 'Colour', 'Score', 'Δ', 'Cause'], []);
  const closing = '\n\n</details>\n';
  // Room kept for the note saying how many rows were left out.
  let budget = limit - top.join('\n').length - opening.length - header.length - closing.length - 200;
  const rows: string[] = [];
  for (const account of report.accounts) {
    const line = `\n${row(account)}`;
    if (line.length > budget) break;
    budget -= line.length;
    rows.push(line);
  }
  const left = n - rows.length;
  const note = left > 0 ? `\n\n${left} more ${left === 1 ? 'account' : 'accounts'} left out to keep this comment under GitHub's limit: run \`vitals diff\` for all of them.` : '';
  return `${top.join('\n')}${opening}\n${header}${rows.join('')}${note}${closing}`;
}


function row(a: AccountImpact): string {
  return `| ${mdCell(a.name)} (${mdCell(a.id)}) | ${a.before.color} → ${a.after.color} | ${colourScore(a.before.color, a.before.score)} → ${colourScore(a.after.color, a.after.score)} | ${scoreMove(a)} | ${a.cause} |`;
}

function matrix(report: DiffReport): string {
  const colours = matrixColours(report);
  const rows = colours.map((from) => [`**${from}**`, ...colours.map((to) => String(report.matrix[from]?.[to] ?? 0))]);
  return mdTable(['before ＼ after', ...colours], rows);
}
