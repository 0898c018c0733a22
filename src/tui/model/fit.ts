import { textWidth } from '../../util/text-width.js';

/**
 * Text cut or padded to exactly `width` terminal columns (CJK and emoji count two), so columns line
 * up whatever the names hold; a cut ends in `…`.
 */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  let shown = text;
  let w = textWidth(shown);
  if (w > width) {
    let out = '';
    let used = 0;
    for (const ch of shown) {
      const cw = textWidth(ch);
      if (used + cw > width - 1) break;
      out += ch;
      used += cw;
    }
    shown = `${out}…`;
    w = used + 1;
  }
  const pad = ' '.repeat(Math.max(0, width - w));
  return align === 'left' ? shown + pad : pad + shown;
}

/** The end of `text` in at most `width` columns, a cut starting with `…`: typed text shows where the cursor is. */
export function fitEnd(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  const chars = [...text];
  let used = 1;
  let from = chars.length;
  while (from > 0 && used + textWidth(chars[from - 1]!) <= width) used += textWidth(chars[--from]!);
  return `…${chars.slice(from).join('')}`;
}
