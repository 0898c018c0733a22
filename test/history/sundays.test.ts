import { describe, expect, test } from 'vitest';
import { sundaysBefore, sundaysBetween } from '../../src/history/sundays.js';

describe('Sundays', () => {
  test('between two dates, both included, oldest first', () => {
    expect(sundaysBetween('2026-11-02', '2026-11-22')).toEqual(['2026-11-08', '2026-11-15', '2026-11-22']);
    expect(sundaysBetween('2026-11-09', '2026-11-14')).toEqual([]);
    expect(sundaysBefore('2026-11-25', 2)).toEqual(['2026-11-15', '2026-11-22']);
  });

  test('up to the last day of year 9999, and no further', () => {
    expect(sundaysBetween('9999-12-20', '9999-12-31')).toEqual(['9999-12-26']);
  });
});
