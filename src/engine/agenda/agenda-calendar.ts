import type { Calendar } from '../../types/schema.js';
import { dateOfDay } from '../dates/date-of-day.js';
import { dayNumber } from '../dates/day-number.js';
import { fiscalQuarter, type FiscalQuarter } from '../dates/fiscal-quarter.js';
import type { IsoWeek } from '../dates/iso-week.js';

/** Where a week falls in the team's calendar: what the agenda's timed items depend on. */
export interface WeekInCalendar {
  /** The week holds the 8th of a month (the MBR week): that month as YYYY-MM, else null. */
  mbrMonth: string | null;
  /**
   * The first week of a fiscal quarter — the week holding its first weekday, so a quarter starting
   * on a Saturday or Sunday begins with the week after — that quarter, else null.
   */
  quarterStart: FiscalQuarter | null;
  /** Whole weeks from the bi-weekly anchor's week; bi-weekly duties fall when even. */
  weeksFromAnchor: number;
}

export function weekInCalendar(week: IsoWeek, calendar: Calendar): WeekInCalendar {
  const monday = dayNumber(week.start);
  let mbrMonth: string | null = null;
  let quarterStart: FiscalQuarter | null = null;
  for (let d = monday; d < monday + 7; d++) {
    const date = dateOfDay(d);
    if (date.endsWith('-08')) mbrMonth = date.slice(0, 7);
    const quarter = fiscalQuarter(date, calendar.fiscal_year_start_month);
    if (firstWeekday(dayNumber(quarter.start)) === d) quarterStart = quarter;
  }
  const anchor = dayNumber(calendar.biweekly_anchor);
  // Align the anchor to its own Monday, so an anchor that is not a Monday still counts whole weeks.
  const anchorMonday = anchor - weekday(anchor);
  return { mbrMonth, quarterStart, weeksFromAnchor: Math.round((monday - anchorMonday) / 7) };
}

/** 0 for Monday … 6 for Sunday (day 0, 1970-01-01, was a Thursday). */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The day itself, or the Monday after when it falls on a weekend. */
function firstWeekday(day: number): number {
  const w = weekday(day);
  return w >= 5 ? day + 7 - w : day;
}
