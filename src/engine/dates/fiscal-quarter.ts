import { addDays } from './add-days.js';

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
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const offset = (m - startMonth + 12) % 12;
  const index = Math.floor(offset / 3);
  const startYear = m >= startMonth ? y : y - 1;
  const first = monthStart(startYear, startMonth + index * 3);
  const next = monthStart(startYear, startMonth + index * 3 + 3);
  return {
    year: startMonth === 1 ? startYear : startYear + 1,
    quarter: (index + 1) as 1 | 2 | 3 | 4,
    start: first,
    end: addDays(next, -1),
  };
}

/** The first day of month `month` counted from January of `year` (13 is next January). */
function monthStart(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}
