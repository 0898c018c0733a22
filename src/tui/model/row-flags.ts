import type { AccountScore } from '../../engine/index.js';
import type { DashboardRow } from '../../review/dashboard.js';
import { MARKS } from '../../review/marks.js';

export interface Flag {
  /** The one letter a narrow row shows; the help lists them. */
  letter: string;
  word: string;
}

// The letters of the text dashboard's marks (review/marks.ts) where a flag is one of them.
export const FLAG_LEGEND: Flag[] = [
  { letter: MARKS.stale.glyph, word: 'stale' },
  { letter: MARKS.override.glyph, word: 'override' },
  { letter: MARKS.guardrail.glyph, word: 'guardrail' },
  { letter: MARKS.red_account.glyph, word: 'red account' },
  { letter: 'P', word: 'problems' },
  { letter: MARKS.expansion.glyph, word: 'expansion' },
];

const BY_WORD = new Map(FLAG_LEGEND.map((f) => [f.word, f]));

/**
 * A row's flags (SPEC §6): a stale manual or generated trait, an override in force, a guardrail that
 * capped the colour, the account's own flags, problems (warnings) in its file.
 */
export function rowFlags(row: DashboardRow, score: AccountScore | undefined, hasProblems: boolean): Flag[] {
  const words: string[] = [];
  const explanation = score?.explanation;
  if (explanation && explanation.stale.length > 0) words.push('stale');
  if (explanation?.override?.in_force) words.push('override');
  if (explanation?.guardrails.some((g) => g.from !== g.to)) words.push('guardrail');
  for (const flag of row.flags) words.push(flag === 'expansion opportunity' ? 'expansion' : flag);
  if (hasProblems) words.push('problems');
  return words.map((word) => BY_WORD.get(word) ?? { letter: word[0]!.toUpperCase(), word });
}
