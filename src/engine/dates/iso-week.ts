import { dateOfDay } from './date-of-day.js';
import { dayNumber } from './day-number.js';

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
  const day = dayNumber(date);
  // Day 0 (1970-01-01) was a Thursday: ISO weekday 4.
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  const monday = day - weekday;
  const thursday = dateOfDay(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((monday + 3 - dayNumber(`${thursday.slice(0, 4)}-01-01`)) / 7) + 1;
  return { year, week, start: dateOfDay(monday), end: dateOfDay(monday + 6) };
}
