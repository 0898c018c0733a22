import type { Condition } from '../../types/schema.js';
import { SCORE_BUILTINS } from '../model/builtins.js';

/**
 * The first thing in a condition that only exists once the score does — `score`, `coverage`,
 * `color` or `category` — as a word for messages, or null.
 */
export function usesScore(c: Condition | undefined): string | null {
  if (c === undefined || c === null || typeof c !== 'object') return null;
  if (typeof c.metric === 'string' && SCORE_BUILTINS.has(c.metric)) return c.metric;
  if (c.color !== undefined) return 'color';
  if (c.category !== undefined) return 'category';
  for (const part of [...(Array.isArray(c.all) ? c.all : []), ...(Array.isArray(c.any) ? c.any : []), c.not]) {
    const found = usesScore(part);
    if (found !== null) return found;
  }
  return null;
}
