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
