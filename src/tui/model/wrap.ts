import { textWidth } from '../../util/text-width.js';

/** Text broken at spaces into lines of at most `width` columns (a word longer than a line is cut by the view). */
export function wrap(text: string, width: number): string[] {
  return wrapItems(text.split(/\s+/).filter(Boolean), ' ', width);
}

/** Items joined by `joiner` into lines of at most `width` columns, a line breaking only between items (after the joiner's text). */
export function wrapItems(items: string[], joiner: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && textWidth(line) + textWidth(joiner) + textWidth(item) > width) {
      lines.push(joiner.trimEnd() === '' ? line : line + joiner.trimEnd());
      line = item;
    } else line = line === '' ? item : `${line}${joiner}${item}`;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Long text (an action, a note, a change) wrapped under an indent rather than cut at the edge; a
 * line break the text holds (a note written as a YAML block) starts a new line, as its author wrote it.
 */
export function wrapIndented(first: string, rest: string, text: string, width: number): string[] {
  return text
    .split('\n')
    .flatMap((paragraph) => wrap(paragraph, Math.max(20, width - rest.length)))
    .map((line, i) => `${i === 0 ? first : rest}${line}`);
}
