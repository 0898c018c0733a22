import type { HealthColor } from '../types.js';

const RANK: Readonly<Record<HealthColor, number>> = { red: 0, yellow: 1, green: 2, unknown: -1 };

/** A guardrail cap: lowers the colour to `max` at most; never raises it, never touches unknown. */
export function capColor(color: HealthColor, max: HealthColor): HealthColor {
  if (color === 'unknown' || max === 'unknown') return color;
  return RANK[color] > RANK[max] ? max : color;
}
