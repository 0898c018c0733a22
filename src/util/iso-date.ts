import { dayNumber } from '../engine/dates/day-number.js';

/** Whether the string is a YYYY-MM-DD date that exists (2026-02-30 does not). */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(dayNumber(value));
}

/** Today in local time, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
