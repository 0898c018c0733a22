import type { Account } from '../../types/schema.js';
import type { HealthColor, ScoredStatus } from '../types.js';
import type { CompiledModel } from './compiled-model.js';

/**
 * Everything known about one account while it is being scored: the raw file, the as-of day, and
 * what scoring has established so far. Compiled conditions and resolvers read it; only
 * `scoreAccount` writes it. Stage and effective segment are worked out on first use, so a
 * condition may ask for them at any point after the traits are scored.
 */
export interface Facts {
  model: CompiledModel;
  account: Account;
  traits: Readonly<Record<string, unknown>>;
  reviewed: Readonly<Record<string, unknown>>;
  flags: Readonly<Record<string, unknown>>;
  asOf: number;
  /** Day numbers; NaN when absent. */
  metricsAsOf: number;
  closeDay: number;
  renewalDay: number;
  /** Per compiled trait, model order. */
  status: ScoredStatus[];
  score: number | null;
  coverage: number;
  color: HealthColor;
  /** Per compiled category, model order. */
  categoryColor: HealthColor[];
  /** undefined until first asked; null when no stage matched. */
  stage: string | null | undefined;
  segment: string | undefined;
}
