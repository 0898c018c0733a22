import { dateOfDay } from './date-of-day.js';
import { dayNumber } from './day-number.js';

/** The date `days` calendar days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}
