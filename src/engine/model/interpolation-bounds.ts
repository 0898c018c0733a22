import type { Predicate } from '../../types/schema.js';

const ORDER_KEYS = ['lt', 'lte', 'gt', 'gte'] as const;

/** The single numeric bound of a predicate made of exactly one of lt/lte/gt/gte, else null. */
export function singleBound(p: Predicate): number | null {
  const keys = Object.keys(p);
  if (keys.length !== 1) return null;
  const key = keys[0] as (typeof ORDER_KEYS)[number];
  if (!ORDER_KEYS.includes(key)) return null;
  const bound = p[key];
  return typeof bound === 'number' ? bound : null;
}

/** The healthy and poor bounds `interpolate: true` scores between, when both predicates allow it. */
export function interpolationBounds(healthy: Predicate, poor: Predicate): { healthy: number; poor: number } | null {
  const h = singleBound(healthy);
  const p = singleBound(poor);
  return h === null || p === null ? null : { healthy: h, poor: p };
}
