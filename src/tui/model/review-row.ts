import type { DashboardRow } from '../../review/dashboard.js';
import { deltaCell, endingToday, scoreCell } from '../../review/format.js';
import { plain } from '../../util/sanitize.js';
import { HEALTH, type Line } from '../theme.js';
import { fit } from './fit.js';
import type { Flag } from './row-flags.js';
import { sparkline } from './sparkline.js';

export const SPARK_WEEKS = 12;

/**
 * Column widths of the Review list at a given width: the name and the flags take what is left. No
 * sparkline column without history: its room goes to the name.
 */
export function reviewColumns(width: number, spark: boolean) {
  const sparkWidth = spark ? SPARK_WEEKS + 1 : 0;
  const fixed = 2 + 10 + 6 + 6 + sparkWidth + 11 + 6 + 5;
  const rest = Math.max(10, width - fixed);
  // Narrow: flags as letters (the help has the legend); wide: as words, and names of up to 40 columns.
  const words = rest >= 40;
  const name = words ? Math.min(40, rest - 23) : rest - 6;
  return { name, flags: rest - name - 1, wordFlags: words, spark: sparkWidth };
}

export function reviewHeading(width: number, spark: boolean): Line {
  const c = reviewColumns(width, spark);
  const text =
    '  ' + fit('colour', 10) + fit('account', c.name + 1) + fit('score', 5, 'right') + ' ' + fit('Δ wk', 5, 'right') + ' ' +
    fit('12 weeks', c.spark) + fit('stage', 11) + fit('renew', 5, 'right') + ' ' + fit('seen', 4, 'right') + ' ' + fit('flags', c.flags);
  return [{ text, bold: true }];
}

/**
 * One account in the Review list: glyph and word for its colour, name, score with Δ and sparkline,
 * stage, days to renewal, days since contact, flags. The selected row is inverse video with a `▶`
 * marker, visible with or without colour.
 */
export function reviewRow(row: DashboardRow, options: { width: number; selected: boolean; spark: boolean; weekly: ReadonlyArray<number | null> | undefined; flags: Flag[] }): Line {
  const c = reviewColumns(options.width, options.spark);
  const s = row.score;
  const health = HEALTH[s.color];
  const inverse = options.selected;
  // Words where they fit, else the letters the help explains: never words cut at the edge.
  const words = options.flags.map((f) => f.word).join(', ');
  const flags = c.wordFlags && words.length <= c.flags ? words : options.flags.map((f) => f.letter).join('');
  const spark = options.weekly ? sparkline(endingToday(options.weekly, s).slice(-SPARK_WEEKS)) : '';
  const rest =
    fit(plain(s.name), c.name) + ' ' + fit(scoreCell(s), 5, 'right') + ' ' + fit(deltaCell(s, row.previousScore, row.previousColor), 5, 'right') + ' ' +
    (c.spark ? fit(spark, SPARK_WEEKS) + ' ' : '') + fit(s.stage ?? '-', 10) + ' ' + fit(`${s.days_until_renewal}d`, 5, 'right') + ' ' +
    fit(row.daysSinceContact === null ? '-' : `${row.daysSinceContact}d`, 4, 'right') + ' ' + fit(flags, c.flags);
  return [
    { text: (options.selected ? '▶' : ' ') + (row.renewalAtRisk ? '!' : ' '), inverse, bold: inverse },
    { text: fit(`${health.glyph} ${health.word}`, 10), color: health.color, inverse, bold: inverse },
    { text: rest, inverse, bold: inverse },
  ];
}
