/**
 * One formatter per quantity, for every front end: the same number is never written two ways.
 */
import { SCORE_NOISE } from '../engine/index.js';

/**
 * A score in tenths as shown: rounded down, so a score shown at a colour's cut-off has reached it
 * (66.67 is 66.6 yellow, never 66.7 beside a green cut-off of 66.7), the noise a cut-off forgives
 * forgiven (41 summed as 40.99999999999999 is 41.0).
 */
const tenths = (n: number) => Math.floor((n + SCORE_NOISE) * 10);

/** A score for people: one decimal, rounded down (`tenths`), or a dash when there is none. */
export const oneDecimal = (n: number | null | undefined) => (n === null || n === undefined ? '-' : (tenths(n) / 10).toFixed(1));

/** How far a score moved as shown: the difference of the two scores shown, so that it adds up. */
export const shownChange = (before: number, after: number) => (tenths(after) - tenths(before)) / 10;

/**
 * The score a person is shown: none for an unknown colour, whose score rests on too little data to
 * read (a 100.0 beside it would look like a healthy account).
 */
export const knownScore = (s: { color: string; score: number | null }) => (s.color === 'unknown' ? null : s.score);

/** A score beside its colour (`knownScore`): a dash for none. */
export const colourScore = (color: string, score: number | null) => oneDecimal(knownScore({ color, score }));

/**
 * An account's score where it is listed: for an unknown colour, a dash and its coverage in whole
 * percent (down, so 59.9% never reads as the 60% a colour needs): its score rests on too little data.
 */
export const scoreCell = (s: { color: string; score: number | null; coverage: number }) =>
  s.color === 'unknown' ? `– ${coverage(s.coverage, 0)}` : oneDecimal(s.score);

/**
 * Coverage for people, rounded down: 59.97% is 59.9% (or 59%), never the 60% a colour needs.
 * Floating-point noise does not round a whole value down (0.29 is 29%, not 28.9%).
 */
export const coverage = (share: number, decimals = 1) => {
  const scale = 10 ** decimals;
  return `${Math.floor((share + SCORE_NOISE) * 100 * scale) / scale}%`;
};

/**
 * An account's score change since last week where it is listed: blank without last week's score,
 * and for an unknown colour now or then, whose score the list does not show (see `scoreCell`).
 */
export const deltaCell = (s: { color: string; score: number | null }, previous: number | null, previousColor?: string | null) =>
  previous === null || s.score === null || s.color === 'unknown' || previousColor === 'unknown' ? '' : signedScore(shownChange(previous, s.score));

/** A share or coverage: one decimal when it has one, `91.7%`, `100%`. */
export const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;

/** Days to renewal: `126d`, or `passed 5d` once the date is behind. */
export const renewalDays = (days: number) => (days < 0 ? `passed ${-days}d` : `${days}d`);

/** A score's change, one decimal and its sign, so a column of them lines up: `+2.5`, `-4.0`, `0.0`. */
export const signedScore = (n: number) => `${n > 0 ? '+' : ''}${(Object.is(n, -0) ? 0 : n).toFixed(1)}`;

/** A change with its sign: `+2.5`, `-1`, `0`. */
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * Weekly points (history: the Sundays, then the as-of date as committed) ending in the score shown
 * today, from the files as they are: an uncommitted edit moves the last point with the score beside it.
 */
export const endingToday = (weekly: ReadonlyArray<number | null>, today: { color: string; score: number | null }): Array<number | null> =>
  weekly.length === 0 ? [] : [...weekly.slice(0, -1), knownScore(today)];
