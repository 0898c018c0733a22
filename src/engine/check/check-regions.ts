import type { Predicate } from '../../types/schema.js';
import { describePredicate } from '../model/describe-predicate.js';

interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
  /** Built only from lt/lte/gt/gte, so it is a half-line or a band. */
  ordered: boolean;
}

/**
 * SPEC 3.1(7): numeric healthy and poor regions may not overlap, and the concerning region (what
 * neither covers) must lie between them — healthy reaching to one end of the number line, poor to
 * the other. Predicates with `ne`, `in` or non-numeric bounds are not regions and are not checked.
 * Returns the problem in words, or null.
 */
export function regionProblem(name: string, healthy: Predicate, poor: Predicate): string | null {
  const h = intervalOf(healthy);
  const p = intervalOf(poor);
  if (h === null || p === null) return null;
  const shown = `healthy (${describePredicate(name, healthy)}) and poor (${describePredicate(name, poor)})`;
  if (isEmpty(h)) return `healthy (${describePredicate(name, healthy)}) holds for no value`;
  if (isEmpty(p)) return `poor (${describePredicate(name, poor)}) holds for no value`;
  const lo = Math.max(h.lo, p.lo);
  const hi = Math.min(h.hi, p.hi);
  const loOpen = (h.lo === lo && h.loOpen) || (p.lo === lo && p.loOpen);
  const hiOpen = (h.hi === hi && h.hiOpen) || (p.hi === hi && p.hiOpen);
  if (lo < hi || (lo === hi && !loOpen && !hiOpen)) {
    const where = lo === hi ? `at ${lo}` : `between ${lo} and ${hi}`;
    return `${shown} overlap ${where}: such a value is healthy, never poor`;
  }
  if (!h.ordered || !p.ordered) return null;
  const healthyLow = h.lo === -Infinity && p.hi === Infinity && h.hi <= p.lo;
  const healthyHigh = h.hi === Infinity && p.lo === -Infinity && p.hi <= h.lo;
  if (!healthyLow && !healthyHigh) {
    return `${shown} leave concerning values on the wrong side: healthy must reach one end of the scale and poor the other, with concerning between them`;
  }
  return null;
}

function intervalOf(pred: Predicate): Interval | null {
  const i: Interval = { lo: -Infinity, loOpen: true, hi: Infinity, hiOpen: true, ordered: true };
  for (const [key, bound] of Object.entries(pred)) {
    if (typeof bound !== 'number') return null;
    if (key === 'lt' || key === 'lte') {
      if (bound < i.hi || (bound === i.hi && key === 'lt')) [i.hi, i.hiOpen] = [bound, key === 'lt'];
    } else if (key === 'gt' || key === 'gte') {
      if (bound > i.lo || (bound === i.lo && key === 'gt')) [i.lo, i.loOpen] = [bound, key === 'gt'];
    } else if (key === 'eq') {
      if (bound < i.lo || bound > i.hi) return { ...i, lo: 1, hi: 0 };
      [i.lo, i.loOpen, i.hi, i.hiOpen, i.ordered] = [bound, false, bound, false, false];
    } else {
      return null;
    }
  }
  return i;
}

function isEmpty(i: Interval): boolean {
  return i.lo > i.hi || (i.lo === i.hi && (i.loOpen || i.hiOpen));
}
