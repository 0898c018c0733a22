import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { calendarDay, IN_UTC, isoDate } from './calendar-day.js';

export interface IsoWeek {
  /** ISO week-numbering year (the year of the week's Thursday). */
  year: number;
  week: number;
  /** Monday. */
  start: string;
  /** Sunday. */
  end: string;
}

/** The ISO week (Monday to Sunday) holding `date`. */
export function isoWeek(date: string): IsoWeek {
  const day = calendarDay(date);
  return {
    year: getISOWeekYear(day, IN_UTC),
    week: getISOWeek(day, IN_UTC),
    start: isoDate(startOfISOWeek(day, IN_UTC)),
    end: isoDate(endOfISOWeek(day, IN_UTC)),
  };
}
