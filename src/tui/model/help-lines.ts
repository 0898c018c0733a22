import { KEYMAP, type KeyContext } from '../keymap.js';
import { HEALTH, type Line } from '../theme.js';
import { FLAG_LEGEND } from './row-flags.js';

/** The `?` help, read from the keymap that also handles the keys, and the row legend. */
export function helpLines(): Line[] {
  const lines: Line[] = [];
  // What a row says first: that is what a reader looks up most.
  lines.push([{ text: 'Rows', bold: true }]);
  lines.push([{ text: '  ' }, ...(['red', 'yellow', 'green', 'unknown'] as const).flatMap((c) => [{ text: `${HEALTH[c].glyph} ${HEALTH[c].word}`, color: HEALTH[c].color }, { text: '  ' }])]);
  lines.push([{ text: '  ! a red or yellow account renewing within 180 days' }], [{ text: '  Δ wk: score change since last week' }], [{ text: '  renew, seen: days to renewal, days since contact' }]);
  for (let i = 0; i < FLAG_LEGEND.length; i += 3) {
    lines.push([{ text: `  ${i === 0 ? 'flags:' : '      '} ${FLAG_LEGEND.slice(i, i + 3).map((f) => `${f.letter} ${f.word}`).join(' · ')}` }]);
  }
  lines.push([]);
  const keys = (context: KeyContext, title: string, skip: Set<string> = new Set()) => {
    lines.push([{ text: title, bold: true }]);
    for (const b of KEYMAP.filter((k) => k.contexts.includes(context) && !skip.has(k.command))) lines.push([{ text: `  ${b.label.padEnd(8)}`, bold: true }, { text: b.does }]);
    lines.push([]);
  };
  keys('normal', 'Keys');
  // A pick list moves like the list; only what differs is listed again.
  const moving = new Set(KEYMAP.filter((k) => k.contexts.includes('normal') && k.contexts.includes('pick')).map((k) => k.command));
  lines.push([{ text: 'Picking a trait, value, task, project or owner', bold: true }], [{ text: '  the moving keys above · Enter picks · Esc cancels' }], []);
  keys('confirm', 'Confirming an edit', new Set([...moving, 'interrupt']));
  lines.push([{ text: 'Typing a filter, a note or a task', bold: true }], [{ text: '  letters are text · Enter keeps · Esc cancels · Backspace erases' }]);
  return lines;
}
