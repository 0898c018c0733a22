import { KEYMAP, type KeyContext } from '../keymap.js';
import type { Line } from '../theme.js';
import { FLAG_LEGEND } from './row-flags.js';
import { HEALTH } from '../theme.js';

const TITLES: Record<KeyContext, string> = {
  normal: 'Keys',
  pick: 'Picking a trait, value, task, project or owner',
  confirm: 'Confirming an edit',
};

/** The `?` help, read from the keymap that also handles the keys, and the row legend. */
export function helpLines(): Line[] {
  const lines: Line[] = [];
  for (const context of Object.keys(TITLES) as KeyContext[]) {
    lines.push([{ text: TITLES[context], bold: true }]);
    for (const b of KEYMAP.filter((k) => k.contexts.includes(context))) lines.push([{ text: `  ${b.label.padEnd(8)}`, bold: true }, { text: b.does }]);
    lines.push([]);
  }
  lines.push([{ text: 'Typing a filter, a note or a task', bold: true }], [{ text: '  letters are text · Enter keeps · Esc cancels · Backspace erases' }], []);
  lines.push([{ text: 'Rows', bold: true }]);
  lines.push([{ text: '  ' }, ...(['red', 'yellow', 'green', 'unknown'] as const).flatMap((c) => [{ text: `${HEALTH[c].glyph} ${HEALTH[c].word}`, color: HEALTH[c].color }, { text: '  ' }])]);
  lines.push([{ text: '  ! a red or yellow account renewing within 180 days · Δ wk: score change since last week' }]);
  lines.push([{ text: `  flags: ${FLAG_LEGEND.map((f) => `${f.letter} ${f.word}`).join(' · ')}` }]);
  return lines;
}
