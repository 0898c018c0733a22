const BARS = '▁▂▃▄▅▆▇█';
/** The least range a sparkline spans, in score points: a wobble of one point stays a flat line. */
const MIN_SPAN = 20;

/**
 * A score series (null where there was no score) as one bar a week. Scaled to the series' own range
 * so a slide of a few points shows, but over at least 20 points so that noise does not look like a
 * trend; the detail's trend chart has the absolute 0–100 scale.
 */
export function sparkline(values: ReadonlyArray<number | null>): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return ' '.repeat(values.length);
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = Math.max(MIN_SPAN, max - min);
  const low = Math.max(0, Math.min(100 - span, (min + max) / 2 - span / 2));
  return values.map((v) => (v === null ? ' ' : BARS[Math.max(0, Math.min(BARS.length - 1, Math.floor(((v - low) / span) * BARS.length)))]!)).join('');
}
