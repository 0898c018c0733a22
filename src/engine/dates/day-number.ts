const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The UTC day number of a `YYYY-MM-DD` date (1970-01-01 is day 0), NaN when the string is not
 * such a date. Day numbers make calendar-day arithmetic plain subtraction, with no Date objects,
 * time zones or daylight-saving hours involved.
 */
export function dayNumber(date: unknown): number {
  if (typeof date !== 'string') return Number.NaN;
  const m = ISO_DATE.exec(date);
  if (m === null) return Number.NaN;
  const y = Number(m[1]);
  const month = Number(m[2]);
  const d = Number(m[3]);
  if (month < 1 || month > 12 || d < 1 || d > daysInMonth(y, month)) return Number.NaN;
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  const yy = month <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, month: number): number {
  if (month === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
