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
 * A narrow row cuts its flags at the end: SPEC §6's first (problems, red account, override,
 * guardrail, stale), then what the row shows otherwise too (a passed renewal's days are negative).
 */
const FIRST: RowMark[] = ['problems', 'red_account', 'override', 'guardrail', 'stale', 'expansion', 'flag', 'colour_changed', 'renewal_passed'];

/**
 * A row's flags (SPEC §6): the dashboard's marks (stale, override, guardrail, the account's own
 * flags ...) and problems (warnings) in its file. The account's other flags are named where the
 * row has room for words.
 */
export function rowFlags(row: DashboardRow, hasProblems: boolean): Flag[] {
  const marks: RowMark[] = [...row.marks, ...(hasProblems ? (['problems'] as const) : [])].sort((a, b) => FIRST.indexOf(a) - FIRST.indexOf(b));
  return marks.map((m) => ({ letter: MARKS[m].glyph, word: m === 'flag' ? row.flags.filter((f) => !OWN_FLAGS.has(f)).join(', ') : MARKS[m].word }));
}
