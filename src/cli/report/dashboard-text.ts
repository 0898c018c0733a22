import { RENEWAL_WINDOW_DAYS, type HealthColor } from '../../engine/index.js';
import type { Dashboard } from '../../review/dashboard.js';
import { deltaCell, renewalDays, scoreCell, signed } from '../../review/format.js';
import { MARKS, type RowMark } from '../../review/marks.js';
import type { Context } from '../context.js';
import { textWidth } from '../../util/text-width.js';
import { table } from './table.js';

const ORDER: HealthColor[] = ['red', 'yellow', 'green', 'unknown'];

/** The dashboard is read in an 80-column terminal, or pasted where one is assumed. */
const WIDTH = 80;

/** The weekly review dashboard as text: what `vitals` prints without a terminal. */
export function dashboardText(ctx: Context, d: Dashboard): string {
  const { style } = ctx;
  const width = Math.min(ctx.width, WIDTH);
  const who = d.owner === undefined ? 'whole book' : `${d.owner}'s book`;
  const lines = [style.bold(`Weekly review · as of ${d.asOf} · ${who}: ${d.rows.length} account${d.rows.length === 1 ? '' : 's'}`)];
  lines.push(
    ORDER.map((c) => {
      const change = d.lastWeekCounts ? signed(d.counts[c] - d.lastWeekCounts[c]) : '';
      return `${style.health(c)} ${d.counts[c]}${change && change !== '0' ? ` (${change})` : ''}`;
    }).join(' · ') + (d.lastWeek ? style.dim(`   change since ${d.lastWeek}`) : style.dim('   no history a week back')),
  );
  if (d.rows.length === 0) return [...lines, '', 'no accounts'].join('\n');
  lines.push('');
  // `!` marks a red/yellow renewal; it shares the colour's cell so that a row fits 80 columns.
  const rows = d.rows.map((r) => [
    `${r.renewalAtRisk ? '!' : ' '} ${r.score.color}`,
    scoreCell(r.score),
    deltaCell(r.score, r.previousScore, r.previousColor),
    r.name,
    r.score.stage ?? '-',
    renewalDays(r.score.days_until_renewal),
    r.daysSinceContact === null ? '-' : `${r.daysSinceContact}d`,
    r.marks.map((m) => MARKS[m].glyph).join(''),
  ]);
  const paint = (row: number, col: number, text: string) => {
    const r = d.rows[row]!;
    if (col === 0) return text.slice(0, 2) + style.health(r.score.color) + text.slice(2 + r.score.color.length);
    return col === 1 && r.score.color === 'unknown' ? style.dim(text) : text;
  };
  lines.push(table(['  colour', 'score', 'Δ wk', 'account', 'stage', 'renews', 'seen', 'flags'], rows, paint, width));
  lines.push('', style.dim('renews: days to renewal · seen: days since the last logged contact'));
  if (d.rows.some((r) => r.score.color === 'unknown')) lines.push(style.dim('unknown: too little data for a colour; its coverage is shown for the score'));
  if (d.rows.some((r) => r.renewalAtRisk)) lines.push(style.dim(`! renewal within ${RENEWAL_WINDOW_DAYS} days with a yellow or red colour`));
  const shown = (Object.keys(MARKS) as RowMark[]).filter((m) => d.rows.some((r) => r.marks.includes(m)));
  for (const line of legend(shown.map((m) => `${MARKS[m].glyph} ${MARKS[m].words}`), width)) lines.push(style.dim(line));
  return lines.join('\n');
}

/** Legend items joined by ` · `, a line breaking only between items. */
function legend(items: string[], width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.length - 1;
    if (last >= 0 && textWidth(`${lines[last]} · ${item}`) <= width) lines[last] = `${lines[last]} · ${item}`;
    else lines.push(item);
  }
  return lines;
}
