import type { Color } from '../types/schema.js';

/** Text styling for the CLI printers; every style is a no-op without colour. */
export interface Style {
  color: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  /** A health colour as a word, coloured when colour is on: never colour alone. */
  health(color: Color | 'unknown'): string;
}

const wrap = (on: boolean, open: number, close: number) => (text: string) => (on ? `\x1b[${open}m${text}\x1b[${close}m` : text);

export function makeStyle(color: boolean): Style {
  const red = wrap(color, 31, 39);
  const yellow = wrap(color, 33, 39);
  const green = wrap(color, 32, 39);
  const dim = wrap(color, 2, 22);
  const paint = { red, yellow, green, unknown: dim } as const;
  return { color, bold: wrap(color, 1, 22), dim, red, yellow, green, health: (c) => paint[c](c) };
}
