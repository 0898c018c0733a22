import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { calendarDay, IN_UTC } from './calendar-day.js';

/** How long before `asOf` a date was, in words counted in days: `82 days ago`, `1 day ago`. */
export function daysAgo(date: string, asOf: string): string {
  return formatDistanceStrict(calendarDay(date), calendarDay(asOf), { unit: 'day', addSuffix: true, ...IN_UTC });
}
