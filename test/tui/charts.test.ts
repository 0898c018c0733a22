import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/tui/model/sparkline.js';
import { trendChart } from '../../src/tui/model/trend-chart.js';

describe('sparkline and trend chart', () => {
  it('shows a slide of a few points, but not a wobble as a trend', () => {
    expect(sparkline([80, 78, 76, 74, 72, 70])).toBe('▇▆▅▄▃▃');
    expect(sparkline([90, 80, 70, 60, 50])).toBe('█▇▅▃▁');
    // A one-point wobble moves one bar height at most.
    expect([...new Set(sparkline([70, 71, 70, 71, 70]))].sort().join('')).toBe('▄▅');
    expect(sparkline([null, 50, null])).toBe(' ▅ ');
    expect(sparkline([null, null])).toBe('  ');
  });

  it('draws the weekly score on the 0–100 scale, one column a week', () => {
    const chart = trendChart([0, 50, 100, null], 4).map((line) => line.map((s) => s.text).join(''));
    expect(chart).toEqual(['  100 │  █ ', '      │  █ ', '      │ ██ ', '    0 │ ██·']);
  });
});
