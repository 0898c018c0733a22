import { addDays as addCalendarDays } from 'date-fns/addDays';
import { calendarDay, IN_UTC, isoDate } from './calendar-day.js';

/** The date `days` calendar days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return isoDate(addCalendarDays(calendarDay(date), days, IN_UTC));
}
