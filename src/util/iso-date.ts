import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the string is a YYYY-MM-DD date that exists (2026-02-30 does not). */
export function isIsoDate(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

/** Today in local time, as YYYY-MM-DD. */
export function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
