// Characters a reader should never get raw: C0 controls, DEL, C1, the invisible left-to-right and
// right-to-left marks, the line and paragraph separators (U+2028/U+2029, which some terminals and
// editors break lines at), the bidi embeddings, overrides and isolates that can reorder what a
// reviewer reads, and the invisible characters that hide text or shift a column (soft hyphen,
// zero-width space, word joiner, invisible operators, BOM). The zero-width joiner and non-joiner
// are kept: emoji and several scripts are written with them. One class, so every place that
// neutralises them agrees.
const BEYOND_C0 = '\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
const C0 = { all: '\\u0000-\\u001f', 'but-layout': '\\u0000-\\u0008\\u000b-\\u001f', none: '' } as const;

export interface ControlCharsOptions {
  /** Which C0 controls count: all, all but tab and newline (multi-line text), or none (JSON escapes them). */
  c0?: keyof typeof C0;
  /** Match a run of them as one. */
  runs?: boolean;
  /** For `replace` (every match) rather than `test`. */
  global?: boolean;
}

/** The control characters as a regular expression. */
export function controlChars({ c0 = 'all', runs = false, global = false }: ControlCharsOptions = {}): RegExp {
  return new RegExp(`[${C0[c0]}${BEYOND_C0}]${runs ? '+' : ''}`, global ? 'g' : '');
}
