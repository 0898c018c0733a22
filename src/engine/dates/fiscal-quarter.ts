import { addMonths } from 'date-fns/addMonths';
import { endOfMonth } from 'date-fns/endOfMonth';
import { getMonth } from 'date-fns/getMonth';
import { getYear } from 'date-fns/getYear';
import { startOfMonth } from 'date-fns/startOfMonth';
import { calendarDay, IN_UTC, isoDate } from './calendar-day.js';

export interface FiscalQuarter {
  /** The fiscal year, named by the calendar year it ends in (Feb 2026 – Jan 2027 is FY2027). */
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** First day of the quarter. */
  start: string;
  /** Last day of the quarter. */
  end: string;
}

/** The fiscal quarter holding `date`, for a fiscal year starting on the 1st of `startMonth` (1–12). */
export function fiscalQuarter(date: string, startMonth: number): FiscalQuarter {
  const day = calendarDay(date);
  const month = getMonth(day, IN_UTC) + 1;
  const intoYear = (month - startMonth + 12) % 12;
  const first = startOfMonth(addMonths(day, -(intoYear % 3), IN_UTC), IN_UTC);
  const startYear = month >= startMonth ? getYear(day, IN_UTC) : getYear(day, IN_UTC) - 1;
  return {
    year: startMonth === 1 ? startYear : startYear + 1,
    quarter: (Math.floor(intoYear / 3) + 1) as 1 | 2 | 3 | 4,
    start: isoDate(first),
    end: isoDate(endOfMonth(addMonths(first, 2, IN_UTC), IN_UTC)),
  };
}
