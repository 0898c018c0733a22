import type { StatusScores } from '../../types/schema.js';
import type { CompiledTrait } from '../model/compiled-model.js';
import type { ScoredStatus } from '../types.js';

/**
 * SPEC 3.1(2): the status's score; with `interpolate`, a concerning number scores linearly between
 * the poor bound (S_poor) and the healthy bound (S_healthy). The result is kept between the two
 * scores, which only matters for a model whose regions `checkModel` already rejects.
 */
export function traitScore(
  trait: CompiledTrait,
  status: ScoredStatus,
  value: number | string | boolean | undefined,
  scores: StatusScores,
): number | null {
  if (status === 'missing') return null;
  const bounds = trait.interpolate;
  if (status !== 'concerning' || bounds === null || typeof value !== 'number' || bounds.healthy === bounds.poor) {
    // Named reads rather than scores[status]: a read by a computed key is a slow, generic lookup.
    return status === 'healthy' ? scores.healthy : status === 'poor' ? scores.poor : scores.concerning;
  }
  const s = scores.poor + ((scores.healthy - scores.poor) * (value - bounds.poor)) / (bounds.healthy - bounds.poor);
  const low = Math.min(scores.poor, scores.healthy);
  const high = Math.max(scores.poor, scores.healthy);
  return Math.min(high, Math.max(low, s));
}
