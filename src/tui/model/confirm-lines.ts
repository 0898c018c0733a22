import type { EditPlan } from '../../edit/index.js';
import { colourScore } from '../../review/format.js';
import { plain, plainText } from '../../util/sanitize.js';
import { HEALTH, type Line } from '../theme.js';
import { wrapIndented } from './wrap.js';

const score = (s: EditPlan['before']) => [
  { text: colourScore(s.color, s.score), bold: true },
  { text: ` ${HEALTH[s.color].glyph} ${HEALTH[s.color].word}`, color: HEALTH[s.color].color },
];

/** An edit before it is committed (SPEC §6): what changes, score and colour before → after, the commit message. */
export function confirmLines(plan: EditPlan, note: { contact: boolean } | undefined, commits: 'commit' | 'not-in-git' | 'no-commit' = 'commit', width = 80): Line[] {
  // Outside git, or with --no-commit, the edit is written and not committed (SPEC §5): the question says so.
  const question =
    commits === 'commit' ? `Commit this edit to ${plan.file}?` : `Write this edit to ${plan.file}? ${commits === 'no-commit' ? 'With --no-commit' : 'Not in git'}, so not committed.`;
  const lines: Line[] = [[{ text: question, bold: true }], []];
  // Wrapped, not cut: what is committed is read whole before `y`.
  for (const change of plan.changesInFull) lines.push(...wrapIndented('  ', '    ', plain(change), width).map((text): Line => [{ text }]));
  lines.push([], [{ text: '  score ' }, ...score(plan.before), { text: '  →  ' }, ...score(plan.after)], [], [{ text: 'Commit message', bold: true }]);
  for (const line of plainText(plan.message).split('\n')) lines.push(...wrapIndented('  ', '    ', line, width).map((text): Line => [{ text, dim: true }]));
  lines.push([]);
  lines.push([{ text: 'y', bold: true }, { text: commits === 'commit' ? ' commits · ' : ' writes · ' }, { text: 'n', bold: true }, { text: '/Esc cancels' }, ...(note ? [{ text: ' · ' }, { text: 'l', bold: true }, { text: ` also log as a contact: ${note.contact ? 'yes' : 'no'}` }] : [])]);
  return lines;
}
