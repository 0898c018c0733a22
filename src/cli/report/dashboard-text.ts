import { RENEWAL_WINDOW_DAYS, type HealthColor } from '../../engine/index.js';
import type { Dashboard } from '../../review/dashboard.js';
import type { Context } from '../context.js';
import { oneDecimal, table } from './table.js';

const ORDER: HealthColor[] = ['red', 'yellow', 'green', 'unknown'];

/** The weekly review dashboard as text: what `vitals` prints without a terminal. */
export function dashboardText(ctx: Context, d: Dashboard): string {
  const { style } = ctx;
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
    oneDecimal(r.score.score),
    r.previousScore === null || r.score.score === null ? '' : signed(Math.round((r.score.score - r.previousScore) * 10) / 10),
    r.score.id,
    r.score.stage ?? '-',
    `${r.score.days_until_renewal}d`,
    r.daysSinceContact === null ? '-' : `${r.daysSinceContact}d`,
    r.flags.join(', '),
  ]);
  lines.push(
    table(['  colour', 'score', 'Δ wk', 'account', 'stage', 'renews', 'seen', 'flags'], rows, (row, col, text) =>
      col === 0 ? text.slice(0, 2) + style.health(d.rows[row]!.score.color) : text,
    ),
  );
  lines.push('', style.dim('renews: days to renewal · seen: days since the last logged contact'));
  if (d.rows.some((r) => r.renewalAtRisk)) lines.push(style.dim(`! renewal within ${RENEWAL_WINDOW_DAYS} days with a yellow or red colour`));
  return lines.join('\n');
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
