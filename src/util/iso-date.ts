import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** Whether the string is a YYYY-MM-DD date that exists (2026-02-30 does not). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}

/** Today in local time, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
