import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { date } = createRequire(import.meta.url)('../../src/util/date-format.cjs') as { date: { validate: (s: string) => boolean } };

describe('the date format the validators use', () => {
  it.each([
    ['2026-11-22', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['2026/01/01', false],
    ['2026-01-0a', false],
    ['2026-01-011', false],
  ])('%s is %s', (text, valid) => {
    expect(date.validate(text)).toBe(valid);
  });
});
