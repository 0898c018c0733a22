import type { ValueOf } from './compiled-model.js';

const orMissing = (n: number): number | undefined => (Number.isNaN(n) ? undefined : n);

/** The built-in values of SPEC 3.2, usable in any `metric` condition. */
export const BUILTINS: Readonly<Record<string, ValueOf>> = {
  arr: (f) => f.account.arr,
  seats: (f) => f.account.seats,
  score: (f) => f.score ?? undefined,
  coverage: (f) => f.coverage,
  days_until_renewal: (f) => orMissing(f.renewalDay - f.asOf),
  days_since_close: (f) => orMissing(f.asOf - f.closeDay),
  days_until_close: (f) => orMissing(f.closeDay - f.asOf),
};

/** Built-ins that exist only once the score does: circular in guardrails, variants and traits. */
export const SCORE_BUILTINS: ReadonlySet<string> = new Set(['score', 'coverage']);
