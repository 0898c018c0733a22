import type { Account } from '../types/schema.js';
import { ownColor, type AccountSummary, type CompiledModel, type Explanation, type HealthColor } from '../engine/index.js';

/** What a TA would otherwise misread in a row, in the order a row shows them. */
export type RowMark = 'colour_changed' | 'override' | 'guardrail' | 'renewal_passed' | 'stale' | 'red_account' | 'expansion' | 'flag' | 'problems';

/**
 * One glyph and its words per mark, for every front end: the text dashboard shows the glyphs
 * under a legend, the TUI the same glyphs (and `word` where a row has room), so a mark reads the
 * same everywhere. `problems` (warnings in the file) is the TUI's: it works them out for the rows
 * it shows.
 */
export const MARKS: Record<RowMark, { glyph: string; word: string; words: string }> = {
  colour_changed: { glyph: 'C', word: 'colour changed', words: 'colour changed since last week' },
  override: { glyph: 'O', word: 'override', words: 'an override set the colour' },
  guardrail: { glyph: 'G', word: 'guardrail', words: 'a guardrail capped the colour' },
  renewal_passed: { glyph: 'D', word: 'renewal passed', words: 'renewal date passed: update the contract' },
  stale: { glyph: 'S', word: 'stale', words: 'stale manual traits' },
  red_account: { glyph: 'R', word: 'red account', words: 'Red Account' },
  expansion: { glyph: 'E', word: 'expansion', words: 'expansion opportunity' },
  flag: { glyph: 'F', word: 'flag', words: 'another flag in the account\'s file' },
  problems: { glyph: 'P', word: 'problems', words: 'problems in the file (the Problems view lists them)' },
};

/**
 * The marks of one account now, given its colour a week earlier (null: no history). `explain` is
 * asked only when the colour is not the score's own: few accounts have a cap or an override, and
 * explaining all 2,000 of a book made the review 1.7 times slower.
 */
export function rowMarks(score: AccountSummary, data: Account, previousColor: HealthColor | 'none' | null, model: CompiledModel, explain: () => Explanation): RowMark[] {
  const own = ownColor(score.score, score.coverage, model);
  const e = own === score.color ? undefined : explain();
  const flags = Object.entries(data.flags ?? {}).filter(([, v]) => v !== false && v !== null && v !== undefined).map(([k]) => k);
  const marks: Array<[RowMark, boolean]> = [
    ['colour_changed', previousColor !== null && previousColor !== 'none' && previousColor !== score.color],
    ['override', e?.override?.in_force === true && e.override.color !== e.guarded_color],
    ['guardrail', e !== undefined && e.guarded_color !== e.score_color],
    ['renewal_passed', score.days_until_renewal < 0],
    ['stale', Object.values(score.traits).some((t) => t.stale)],
    ['red_account', flags.includes('red_account')],
    ['expansion', flags.includes('expansion_opportunity')],
    ['flag', flags.some((f) => f !== 'red_account' && f !== 'expansion_opportunity')],
  ];
  return marks.filter(([, on]) => on).map(([mark]) => mark);
}
