import type { Predicate } from '../../types/schema.js';
import { PREDICATE_KEYS } from './predicate-test.js';

const SYMBOL = { eq: '==', ne: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=', in: 'in' } as const;

/** A predicate as people read it: `versions_behind <= 2`, `ce_pulse in [healthy]`, joined by `and`. */
export function describePredicate(name: string, predicate: Predicate): string {
  const parts: string[] = [];
  for (const key of PREDICATE_KEYS) {
    const bound = (predicate as Record<string, unknown>)[key];
    if (bound === undefined) continue;
    const shown = Array.isArray(bound) ? `[${bound.map(String).join(', ')}]` : String(bound);
    parts.push(`${name} ${SYMBOL[key]} ${shown}`);
  }
  return parts.join(' and ');
}
