import type { Line } from '../theme.js';

const PARTS = ' ▁▂▃▄▅▆▇█';

/**
 * A weekly score series as a chart `rows` lines high on the fixed 0–100 scale, one column a week
 * (oldest left), with the scale on the left: the detail's trend.
 */
export function trendChart(values: ReadonlyArray<number | null>, rows = 4): Line[] {
  const lines: Line[] = [];
  for (let r = rows - 1; r >= 0; r--) {
    const low = (r / rows) * 100;
    const step = 100 / rows;
    const cells = values.map((v) => {
      if (v === null) return r === 0 ? '·' : ' ';
      const filled = (Math.max(0, Math.min(100, v)) - low) / step;
      return PARTS[Math.max(0, Math.min(8, Math.round(filled * 8)))]!;
    });
    const label = r === rows - 1 ? '100' : r === 0 ? '  0' : '   ';
    lines.push([{ text: `  ${label} │`, dim: true }, { text: cells.join('') }]);
  }
  return lines;
}
