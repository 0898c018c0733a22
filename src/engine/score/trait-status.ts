import type { CompiledTrait } from '../model/compiled-model.js';
import type { ScoredStatus } from '../types.js';

/** SPEC 3.1(1): missing without a value; else healthy, else poor, else concerning. */
export function traitStatus(trait: CompiledTrait, value: number | string | boolean | undefined): ScoredStatus {
  if (value === undefined) return 'missing';
  if (trait.healthy(value)) return 'healthy';
  return trait.poor(value) ? 'poor' : 'concerning';
}
