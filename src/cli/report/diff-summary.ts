import type { AccountImpact, DiffColor, DiffReport } from '../../history/book-diff.js';
import { shownChange, signedScore } from '../../review/format.js';

export const COLOURS: DiffColor[] = ['green', 'yellow', 'red', 'unknown', 'none'];

/**
 * "6 accounts change colour: 5 green → yellow, 1 yellow → red; 2 added: 2 green", then what moved
 * without a colour change. An account added or removed is said as such, not as a colour from `none`.
 */
export function diffHeadline(report: DiffReport): string {
  const moves: Array<[string, number]> = [];
  const added: Array<[string, number]> = [];
  const removed: Array<[string, number]> = [];
  for (const from of COLOURS) {
    for (const to of COLOURS) {
      const n = from === to ? 0 : (report.matrix[from]?.[to] ?? 0);
      if (n === 0) continue;
      if (from === 'none') added.push([`${n} ${to}`, n]);
      else if (to === 'none') removed.push([`${n} ${from}`, n]);
      else moves.push([`${n} ${from} → ${to}`, n]);
    }
  }
  const total = (list: Array<[string, number]>) => list.reduce((sum, [, n]) => sum + n, 0);
  const listed = (list: Array<[string, number]>) => list.sort((a, b) => b[1] - a[1]).map(([text]) => text).join(', ');
  const changed = total(moves);
  const moved = report.accounts.length - changed - total(added) - total(removed);
  const clauses = [
    ...(changed > 0 ? [`${changed} ${changed === 1 ? 'account changes' : 'accounts change'} colour: ${listed(moves)}`] : []),
    ...(added.length > 0 ? [`${total(added)} added: ${listed(added)}`] : []),
    ...(removed.length > 0 ? [`${total(removed)} removed: ${listed(removed)}`] : []),
  ];
  const scores = (more: string) => `${moved}${more} ${moved === 1 ? 'score moves' : 'scores move'} by a point or more`;
  if (clauses.length === 0) return moved > 0 ? `No account changes colour; ${scores('')}` : 'No account changes colour or moves by a point';
  // The accounts above moved too: these are the others.
  return [...clauses, ...(moved > 0 ? [scores(' more')] : [])].join('; ');
}

/** The colours a matrix shows: those any account has on either side, in risk order. */
export function matrixColours(report: DiffReport): DiffColor[] {
  return COLOURS.filter((c) => report.matrix[c] !== undefined || COLOURS.some((from) => report.matrix[from]?.[c] !== undefined));
}

/**
 * An account's move in a diff, as its shown scores differ; none beside an unknown colour, whose
 * score is not shown. An account added or removed moves by its whole score.
 */
export function scoreMove(a: AccountImpact): string {
  if (a.before.color === 'unknown' || a.after.color === 'unknown') return '';
  // Written as the review writes a score's change, so the two read alike.
  return signedScore(shownChange(a.before.score ?? 0, a.after.score ?? 0));
}

/** A model value as one line of text: `75`, `"poor"`, `{"lte":2}`; an absent value is `(none)`. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
