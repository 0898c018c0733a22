import type { AccountScore } from '../engine/index.js';
import { oneDecimal } from './format.js';

/**
 * What the points add up to: the shown points are rounded, so when they do not sum to the shown
 * score that is said once (`exact`: where the exact points are); an account without a score has no
 * points to add.
 */
export function pointsLine(a: AccountScore, exact = ''): string {
  if (a.score === null) return 'no score: every category is missing data';
  const shown = a.explanation.traits.reduce((sum, t) => sum + (t.status === 'missing' ? 0 : Number(t.contribution.toFixed(1))), 0);
  const rounding = shown.toFixed(1) === oneDecimal(a.score) ? '' : ` (the points are rounded: they add up to ${shown.toFixed(1)}${exact})`;
  // An unknown colour's score is no score to read (see colourScore): the points are said to be too few.
  if (a.color === 'unknown') return `points add up to ${oneDecimal(a.score)}${rounding}, on too little data for a colour (coverage below the minimum)`;
  return `points add up to the score: ${oneDecimal(a.score)}${rounding}`;
}
