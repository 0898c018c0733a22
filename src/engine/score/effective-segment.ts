import type { Facts } from '../model/facts.js';

/**
 * The effective segment (SPEC 3.5): the first derived segment whose `when` holds, else the
 * assigned one. Worked out once per account, on first use.
 */
export function effectiveSegment(f: Facts): string {
  if (f.segment !== undefined) return f.segment;
  f.segment = f.account.segment;
  for (const segment of f.model.derivedSegments) {
    if (segment.when(f)) {
      f.segment = segment.id;
      break;
    }
  }
  return f.segment;
}
