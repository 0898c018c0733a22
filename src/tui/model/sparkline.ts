const BARS = '▁▂▃▄▅▆▇█';

/**
 * A score series (0–100, null where there was no score) as one bar a week. Scores are on a fixed
 * 0–100 scale rather than the series' own range, so a flat line reads as flat, not as noise.
 */
export function sparkline(values: ReadonlyArray<number | null>): string {
  return values.map((v) => (v === null ? ' ' : BARS[Math.min(BARS.length - 1, Math.floor((Math.max(0, Math.min(100, v)) / 100) * BARS.length))]!)).join('');
}
