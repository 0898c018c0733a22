import type { EditPlan } from '../../edit/index.js';
import { plain, plainText } from '../../util/sanitize.js';
import { HEALTH, type Line } from '../theme.js';

const score = (s: EditPlan['before']) => [
  { text: s.score === null ? '-' : s.score.toFixed(1), bold: true },
  { text: ` ${HEALTH[s.color].glyph} ${HEALTH[s.color].word}`, color: HEALTH[s.color].color },
];

/** An edit before it is committed (SPEC §6): what changes, score and colour before → after, the commit message. */
export function confirmLines(plan: EditPlan, note: { contact: boolean } | undefined): Line[] {
  const lines: Line[] = [[{ text: `Commit this edit to ${plan.file}?`, bold: true }], []];
  for (const change of plan.changes) lines.push([{ text: `  ${plain(change)}` }]);
  lines.push([], [{ text: '  score ' }, ...score(plan.before), { text: '  →  ' }, ...score(plan.after)], [], [{ text: 'Commit message', bold: true }]);
  for (const line of plainText(plan.message).split('\n')) lines.push([{ text: `  ${line}`, dim: true }]);
  lines.push([]);
  if (plan.writes.length === 0) lines.push([{ text: 'Nothing to change: the file is already so. Esc to go back.', bold: true }]);
  else lines.push([{ text: 'y', bold: true }, { text: ' commit · ' }, { text: 'n', bold: true }, { text: '/Esc cancel' }, ...(note ? [{ text: ' · ' }, { text: 'l', bold: true }, { text: ` also log as a contact: ${note.contact ? 'yes' : 'no'}` }] : [])]);
  return lines;
}
