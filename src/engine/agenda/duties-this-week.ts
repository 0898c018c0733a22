import type { Cadences } from '../../types/schema.js';
import type { Duty } from './agenda-types.js';
import type { WeekInCalendar } from './agenda-calendar.js';

/**
 * The cadences that fall in a week: daily and weekly ones always; bi-weekly ones every other week
 * from the anchor; monthly ones in the week holding the month's 8th (with the MBR); bimonthly ones
 * in that week of every other month counted from the fiscal year's start; quarterly ones in the
 * first week of the fiscal quarter. `as_needed` ones never.
 */
export function dutiesThisWeek(cadences: Cadences, when: WeekInCalendar, fiscalStartMonth: number): Duty[] {
  const month = when.mbrMonth === null ? null : Number(when.mbrMonth.slice(5, 7));
  const falls: Record<string, boolean> = {
    daily: true,
    weekly: true,
    biweekly: isEven(when.weeksFromAnchor),
    monthly: month !== null,
    bimonthly: month !== null && isEven(month - fiscalStartMonth),
    quarterly: when.quarterStart !== null,
    as_needed: false,
  };
  return (cadences.cadences ?? []).filter((c) => falls[c.every] === true).map(toDuty);
}

export function toDuty(c: Cadences['cadences'][number]): Duty {
  return { id: c.id, title: c.title, every: c.every, audience: c.audience, asks: [...c.asks] };
}

export function isEven(n: number): boolean {
  return ((n % 2) + 2) % 2 === 0;
}
