import { UTCDateMini } from '@date-fns/utc/date/mini';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/**
 * date-fns works on Date objects in local time, where a date can move (Samoa skipped 2011-12-30):
 * every calendar computation here runs in UTC instead, so a result never depends on the time zone.
 * The mini UTC date: the full one builds three Intl formats as it loads (~30 ms of every command)
 * for a toString that vitals never calls.
 */
export const IN_UTC = { in: (value: Date | number | string) => new UTCDateMini(+new Date(value)) };

/** A `YYYY-MM-DD` date as a date-fns day (UTC midnight). */
export function calendarDay(date: string): Date {
  return parseISO(date, IN_UTC);
}

/** A date-fns day as `YYYY-MM-DD`. */
export function isoDate(day: Date): string {
  return format(day, 'yyyy-MM-dd', IN_UTC);
}
