import type { LogEntry } from '../../history/review-history.js';
import { plain } from '../../util/sanitize.js';
import { HEALTH, type Line } from '../theme.js';

/**
 * The health-change log (SPEC §5) newest first, one line an entry: date, account, colour before →
 * after with the score, the cause and who. `undefined`: history is not there (yet).
 */
export function changesLines(entries: LogEntry[] | undefined, since: string, names: ReadonlyMap<string, string>): Line[] {
  const title: Line = [{ text: `Health changes since ${since}, newest first`, bold: true }];
  if (entries === undefined) return [title, [{ text: 'no history: the changes show once the git history is read', dim: true }]];
  if (entries.length === 0) return [title, [{ text: 'no colour changed in these weeks', dim: true }]];
  const colour = (c: LogEntry['from'], score: number | null) => ({
    text: `${HEALTH[c].glyph} ${HEALTH[c].word}${score === null ? '' : ` ${score.toFixed(1)}`}`,
    color: HEALTH[c].color,
  });
  return [
    title,
    ...[...entries].reverse().map((e): Line => [
      { text: `${e.date}  ${plain(names.get(e.account) ?? e.account).padEnd(22).slice(0, 22)} ` },
      colour(e.from, e.score_before),
      { text: ' → ' },
      colour(e.to, e.score_after),
      { text: `  ${e.cause}${e.author ? ` · ${plain(e.author)}` : ''}${e.changes.length ? ` · ${e.changes.map((c) => plain(c.trait)).join(', ')}` : ''}`, dim: true },
    ]),
  ];
}
