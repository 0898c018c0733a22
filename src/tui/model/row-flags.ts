import type { DashboardRow } from '../../review/dashboard.js';
import { MARKS, type RowMark } from '../../review/marks.js';

export interface Flag {
  /** The one letter a narrow row shows; the help lists them. */
  letter: string;
  word: string;
}

/** Every mark a row can show, as the text dashboard's legend has them. */
export const FLAG_LEGEND: Flag[] = (Object.keys(MARKS) as RowMark[]).map((m) => ({ letter: MARKS[m].glyph, word: MARKS[m].word }));

const OWN_FLAGS = new Set(['red account', 'expansion opportunity']);

/**
 * A row's flags (SPEC §6): the dashboard's marks (stale, override, guardrail, the account's own
 * flags ...) and problems (warnings) in its file. The account's other flags are named where the
 * row has room for words.
 */
export function rowFlags(row: DashboardRow, hasProblems: boolean): Flag[] {
  const marks: RowMark[] = hasProblems ? [...row.marks, 'problems'] : row.marks;
  return marks.map((m) => ({ letter: MARKS[m].glyph, word: m === 'flag' ? row.flags.filter((f) => !OWN_FLAGS.has(f)).join(', ') : MARKS[m].word }));
}
