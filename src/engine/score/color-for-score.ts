import type { HealthColor } from '../types.js';

/**
 * The floating-point noise forgiven where a score or coverage meets a cut-off, and where one is
 * shown (review/format.ts forgives no more, so a value shown at a cut-off has reached it): a part
 * in 10¹² (a sum of a few dozen terms errs by ~10⁻¹⁵), far below any weight's precision.
 */
export const SCORE_NOISE = 1e-12;

/**
 * `value >= bound` for a value summed from weights: 41 computed as 40.99999999999999 is 41. The
 * score is compared unrounded (SPEC §3), so only noise is forgiven: a value 10⁻⁸ short is short.
 */
function atLeast(value: number, bound: number): boolean {
  return value >= bound - SCORE_NOISE * Math.max(1, Math.abs(bound));
}

/** The colour of an unrounded score by half-open cut-offs: >= green, else >= yellow, else red. */
export function colorForScore(score: number | null, green: number, yellow: number): HealthColor {
  if (score === null) return 'unknown';
  if (atLeast(score, green)) return 'green';
  return atLeast(score, yellow) ? 'yellow' : 'red';
}

/** The colour the score itself gives (before guardrails and an override): `unknown` below the minimum coverage. */
export function ownColor(score: number | null, coverage: number, model: { green: number; yellow: number; minCoverage: number }): HealthColor {
  return atLeast(coverage, model.minCoverage) ? colorForScore(score, model.green, model.yellow) : 'unknown';
}
