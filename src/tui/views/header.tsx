import type { HealthColor } from '../../engine/index.js';
import type { Dashboard } from '../../review/dashboard.js';
import { textWidth } from '../../util/text-width.js';
import { HEALTH, type Line, type Theme } from '../theme.js';
import { LineView } from './lines-view.js';

const ORDER: HealthColor[] = ['red', 'yellow', 'green', 'unknown'];

/** The Review header: the as-of date, whose book and its size, colour counts and their change since last week. */
export function Header({ dashboard, history, theme, width }: { dashboard: Dashboard; history: 'loading' | 'none' | 'ready'; theme: Theme; width: number }) {
  const who = dashboard.owner === undefined ? 'everyone' : `${dashboard.owner}'s book`;
  const n = dashboard.rows.length;
  const title: Line = [{ text: `vitals · weekly review · as of ${dashboard.asOf} · ${who}: ${n} account${n === 1 ? '' : 's'}`, bold: true }];
  const counts: Line = ORDER.flatMap((c) => {
    const was = dashboard.lastWeekCounts?.[c];
    const change = was === undefined ? 0 : dashboard.counts[c] - was;
    return [
      { text: `${HEALTH[c].glyph} ${HEALTH[c].word} ${dashboard.counts[c]}`, color: HEALTH[c].color },
      { text: change === 0 ? '   ' : ` (${change > 0 ? '+' : ''}${change})  ` },
    ];
  });
  const week = dashboard.lastWeek;
  // Counts of four digits with their changes leave too little of 80 columns: the date shortens.
  const room = width - 1 - textWidth(counts.map((segment) => segment.text).join(''));
  const forms = week ? [`Δ since ${week}`, `Δ since ${week.slice(5)}`, `Δ ${week.slice(5)}`] : [history === 'loading' ? 'reading history…' : 'no history a week back'];
  const since = forms.find((form) => textWidth(form) <= room) ?? forms.at(-1)!;
  return (
    <>
      <LineView line={title} theme={theme} />
      <LineView line={[...counts, { text: since, dim: true }]} theme={theme} />
    </>
  );
}
