import requireStringWidth from './string-width-require.cjs';

let stringWidth: ((text: string) => number) | undefined;

/**
 * Printable ASCII and the few symbols vitals itself prints (· → … — – × Δ): one column each, as
 * string-width counts them (its test holds the two to agreement).
 */
export const NARROW_SYMBOLS = '·→…—–×Δ';
const NARROW = new RegExp(`^[\\x20-\\x7e${NARROW_SYMBOLS}]*$`);

/**
 * Columns a text takes in a terminal: CJK and emoji take two, ANSI styling and control characters
 * none (string-width's rules). string-width is loaded on the first text with anything else in it:
 * it segments text with Intl, whose start costs ~30 ms, which a book of ASCII names never pays.
 */
export function textWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  return (stringWidth ??= requireStringWidth() as (text: string) => number)(text);
}
