import { describe, expect, it } from 'vitest';
import { addDays, dateOfDay, dayNumber, daysBetween, fiscalQuarter, isoWeek } from '../../src/engine/index.js';

describe('calendar days', () => {
  it('counts whole days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-11-22')).toBe(Date.UTC(2026, 10, 22) / 86_400_000);
    for (const d of ['2024-02-29', '2000-02-29', '1900-03-01', '2026-12-31', '2027-01-01']) {
      expect(dateOfDay(dayNumber(d))).toBe(d);
    }
  });

  it('crosses month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // a DST weekend in Europe: still 2 days
    expect(daysBetween('2026-11-22', '2026-11-01')).toBe(-21);
  });

  it('rejects what is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-01', '', undefined, 20260101]) {
      expect(dayNumber(bad)).toBeNaN();
    }
  });
});

describe('isoWeek', () => {
  it('runs Monday to Sunday', () => {
    expect(isoWeek('2026-11-22')).toEqual({ year: 2026, week: 47, start: '2026-11-16', end: '2026-11-22' });
    expect(isoWeek('2026-11-23').start).toBe('2026-11-23');
  });

  it('numbers weeks by the year of their Thursday', () => {
    expect(isoWeek('2026-01-01')).toMatchObject({ year: 2026, week: 1, start: '2025-12-29' });
    expect(isoWeek('2027-01-01')).toMatchObject({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toMatchObject({ year: 2025, week: 1 });
  });
});

describe('fiscalQuarter', () => {
  it('counts quarters from the fiscal year start month, naming the year by its end', () => {
    expect(fiscalQuarter('2026-02-01', 2)).toEqual({ year: 2027, quarter: 1, start: '2026-02-01', end: '2026-04-30' });
    expect(fiscalQuarter('2026-01-31', 2)).toEqual({ year: 2026, quarter: 4, start: '2025-11-01', end: '2026-01-31' });
    expect(fiscalQuarter('2026-11-22', 2)).toMatchObject({ quarter: 4, start: '2026-11-01', end: '2027-01-31' });
  });

  it('is the calendar quarter when the year starts in January', () => {
    expect(fiscalQuarter('2026-12-31', 1)).toEqual({ year: 2026, quarter: 4, start: '2026-10-01', end: '2026-12-31' });
  });
});
