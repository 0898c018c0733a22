import type { HealthColor } from '../types.js';

/** The colour of an unrounded score by half-open cut-offs: >= green, else >= yellow, else red. */
export function colorForScore(score: number | null, green: number, yellow: number): HealthColor {
  if (score === null) return 'unknown';
  if (score >= green) return 'green';
  return score >= yellow ? 'yellow' : 'red';
}
