import type { Predicate } from '../../types/schema.js';
import type { ValueTest } from './compiled-model.js';

export const PREDICATE_KEYS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in'] as const;
export type PredicateKey = (typeof PREDICATE_KEYS)[number];

/**
 * A predicate as one test on a present value. Ordering operators compare numbers with numbers and
 * date strings with date strings (ISO dates order as text); across types they do not hold.
 */
export function predicateTest(predicate: Predicate): ValueTest {
  const ops: [PredicateKey, unknown][] = [];
  for (const key of PREDICATE_KEYS) {
    const bound = (predicate as Record<string, unknown>)[key];
    if (bound !== undefined) ops.push([key, bound]);
  }
  if (ops.length === 1) {
    const [op, bound] = ops[0]!;
    return (v) => holds(op, bound, v);
  }
  return (v) => {
    for (const [op, bound] of ops) if (!holds(op, bound, v)) return false;
    return ops.length > 0;
  };
}

function holds(op: PredicateKey, bound: unknown, v: number | string | boolean): boolean {
  switch (op) {
    case 'eq':
      return v === bound;
    case 'ne':
      return v !== bound;
    case 'in':
      return Array.isArray(bound) && bound.includes(v);
  }
  if (typeof v !== typeof bound || typeof v === 'boolean') return false;
  const b = bound as number | string;
  switch (op) {
    case 'lt':
      return v < b;
    case 'lte':
      return v <= b;
    case 'gt':
      return v > b;
    case 'gte':
      return v >= b;
  }
}
