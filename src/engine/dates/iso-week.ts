import { endOfISOWeek, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
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
