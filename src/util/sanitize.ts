import { controlChars } from './control-chars.js';

// Strings from data files reach a reviewer's terminal. Control characters are shown as visible
// escapes instead, so a name cannot move the cursor, recolour the screen or hide text.
const UNSAFE = controlChars({ c0: 'but-layout', global: true });
const UNSAFE_OR_NEWLINE = controlChars({ global: true });
const UNSAFE_IN_JSON = controlChars({ c0: 'none', global: true });

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For one-line output (table cells, messages): newlines and tabs are escaped too. */
export function plain(value: unknown): string {
  return String(value).replace(UNSAFE_OR_NEWLINE, escape);
}

/** For multi-line text (notes, actions): keeps newlines and tabs, escapes every other control. */
export function plainText(value: unknown): string {
  return String(value).replace(UNSAFE, escape);
}

/**
 * JSON for output: JSON.stringify already escapes C0; this also escapes DEL, C1 and the bidi
 * controls, which JSON allows raw but a terminal may act on.
 */
export function safeJson(value: unknown, indent: number): string {
  return escapeJsonControls(JSON.stringify(value, null, indent));
}

/** What `safeJson` adds to JSON.stringify, for JSON text made in pieces (each escape is one character). */
export function escapeJsonControls(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Characters that show as nothing or as a plain space: format characters (zero-width space and
// joiners, bidi marks, the byte-order mark, the soft hyphen), controls, and spaces other than ' '.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/**
 * For a message that quotes a file's text: what cannot be seen shown as an escape, so that
 * `unknown key "se\u200bats"` says why `seats` was not recognised.
 */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
