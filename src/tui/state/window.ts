export const clamp = (n: number, low: number, high: number) => Math.max(low, Math.min(high, n));

/**
 * The first shown item of a list of `count` items in `rows` lines, moved from `top` just enough to
 * show `cursor`: the Review list and every pick list scroll by it.
 */
export function windowTop(top: number, cursor: number, count: number, rows: number): number {
  const shown = clamp(top, Math.max(0, cursor - rows + 1), cursor);
  return clamp(shown, 0, Math.max(0, count - rows));
}
