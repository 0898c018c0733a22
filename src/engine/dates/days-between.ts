import { dayNumber } from './day-number.js';

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); NaN for a bad date. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
