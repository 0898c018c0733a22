import { addWeeks } from 'date-fns/addWeeks';
import { endOfDay } from 'date-fns/endOfDay';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { format } from 'date-fns/format';
import { isSunday } from 'date-fns/isSunday';
import { parseISO } from 'date-fns/parseISO';
import { subWeeks } from 'date-fns/subWeeks';

const day = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * The ends of ISO weeks (Sundays, YYYY-MM-DD) from `first` to `last`, both included, oldest first.
 * Compared as dates, not as text: after 9999-12-31 the text `10000-01-02` sorts before it.
 */
export function sundaysBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  const end = endOfDay(parseISO(last));
  for (let sunday = endOfISOWeek(parseISO(first)); sunday <= end; sunday = addWeeks(sunday, 1)) dates.push(day(sunday));
  return dates;
}

/** The ends of the `weeks` ISO weeks before the one holding `date`, oldest first. */
export function sundaysBefore(date: string, weeks: number): string[] {
  const at = parseISO(date);
  const last = isSunday(at) ? subWeeks(at, 1) : subWeeks(endOfISOWeek(at), 1);
  return Array.from({ length: weeks }, (_, i) => day(subWeeks(last, weeks - 1 - i)));
}
