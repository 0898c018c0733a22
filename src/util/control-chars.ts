// Characters a reader should never get raw: C0 controls, DEL, C1, the invisible left-to-right and
// right-to-left marks, the line and paragraph separators (U+2028/U+2029, which some terminals and
// editors break lines at) and the bidi embeddings, overrides and isolates that can reorder what a
// reviewer reads. One class, so every place that neutralises them agrees.
const BEYOND_C0 = '\\u007f-\\u009f\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
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
