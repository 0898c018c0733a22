import requireStringWidth from './string-width-require.cjs';

let stringWidth: ((text: string) => number) | undefined;

/** Printable ASCII only: one column a character, as string-width counts it. */
const NARROW = /^[\x20-\x7e]*$/;

/**
 * Columns a text takes in a terminal: CJK and emoji take two, ANSI styling and control characters
 * none (string-width's rules). string-width is loaded on the first text that is not plain ASCII:
 * it segments text with Intl, whose start costs ~30 ms, which a book of ASCII names never pays.
 */
export function textWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  return (stringWidth ??= requireStringWidth() as (text: string) => number)(text);
}
