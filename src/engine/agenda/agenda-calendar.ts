import type { Calendar } from '../../types/schema.js';
import { dateOfDay } from '../dates/date-of-day.js';
import { dayNumber } from '../dates/day-number.js';
import { fiscalQuarter, type FiscalQuarter } from '../dates/fiscal-quarter.js';
import type { IsoWeek } from '../dates/iso-week.js';

/** Where a week falls in the team's calendar: what the agenda's timed items depend on. */
export interface WeekInCalendar {
  /** The week holds the 8th of a month (the MBR week): that month as YYYY-MM, else null. */
  mbrMonth: string | null;
  /** The week holds the first day of a fiscal quarter: that quarter, else null. */
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
    if (quarter.start === date) quarterStart = quarter;
  }
  const anchor = dayNumber(calendar.biweekly_anchor);
  // Align the anchor to its own Monday, so an anchor that is not a Monday still counts whole weeks.
  const anchorMonday = anchor - ((((anchor + 3) % 7) + 7) % 7);
  return { mbrMonth, quarterStart, weeksFromAnchor: Math.round((monday - anchorMonday) / 7) };
}
