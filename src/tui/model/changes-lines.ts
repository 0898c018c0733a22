import type { LogEntry } from '../../history/review-history.js';
import { colourScore } from '../../review/format.js';
import { plain } from '../../util/sanitize.js';
import { HEALTH, type Line } from '../theme.js';
import { fit } from './fit.js';
import { wrapIndented } from './wrap.js';

/** The widest colour with its score: `? unknown 100.0`. */
const COLOUR = 15;

/**
 * The health-change log (SPEC §5) newest first: date, account, colour before → after with the
 * score and the cause, in columns; who changed it and which traits below, dim and wrapped, so that
 * nothing is cut at 80 columns. `undefined`: history is not there (yet), or could not be read (`failed`: why).
 */
export function changesLines(entries: LogEntry[] | undefined, since: string, names: ReadonlyMap<string, string>, width = 80, failed?: string): Line[] {
  const title: Line = [{ text: `Health changes since ${since}, newest first`, bold: true }];
  if (entries === undefined && failed !== undefined) return [title, ...wrapIndented('', '  ', `no history: ${plain(failed)}`, width - 1).map((text): Line => [{ text, dim: true }])];
  if (entries === undefined) return [title, [{ text: 'no history: the changes show once the git history is read', dim: true }]];
  if (entries.length === 0) return [title, [{ text: 'no colour changed in these weeks', dim: true }]];
  const colour = (c: LogEntry['from'], score: number | null) => ({
    text: fit(`${HEALTH[c].glyph} ${HEALTH[c].word}${score === null || colourScore(c, score) === '-' ? '' : ` ${colourScore(c, score)}`}`, COLOUR),
    color: HEALTH[c].color,
  });
  // The account takes what the other columns leave, up to 30 columns.
  const nameWidth = Math.max(12, Math.min(30, width - 1 - (10 + 2 + 1 + COLOUR + 3 + COLOUR + 2 + 7)));
  return [
    title,
    ...[...entries].reverse().flatMap((e): Line[] => {
      const line: Line = [{ text: `${e.date}  ${fit(plain(names.get(e.account) ?? e.account), nameWidth)} ` }, colour(e.from, e.score_before), { text: ' → ' }, colour(e.to, e.score_after), { text: `  ${e.cause}` }];
      const who = [e.author ? `by ${plain(e.author)}` : '', e.changes.length ? e.changes.map((c) => plain(c.trait)).join(', ') : ''].filter((s) => s !== '').join(' · ');
      return who === '' ? [line] : [line, ...wrapIndented('            ', '            ', who, width - 1).map((text): Line => [{ text, dim: true }])];
    }),
  ];
}
