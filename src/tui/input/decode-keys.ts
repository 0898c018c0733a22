import type { Key } from 'ink';

const NAMED: Array<[keyof Key, string]> = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageUp', 'pageup'],
  ['pageDown', 'pagedown'],
  ['home', 'home'],
  ['end', 'end'],
  ['return', 'enter'],
  ['escape', 'escape'],
  ['tab', 'tab'],
  ['backspace', 'backspace'],
  ['delete', 'backspace'],
];

/** Where a paste starts and ends, in terminals that mark it (bracketed paste). */
export const PASTE_START = 'paste-start';
export const PASTE_END = 'paste-end';

const CONTROL: Record<string, string> = { '\r': 'enter', '\n': 'enter', '\t': 'tab', '\x7f': 'backspace', '\b': 'backspace', '\x1b': 'escape' };

/**
 * The keys in one `useInput` event. A held key or a paste arrives as one event (`"jjjj"`), so every
 * character is a key of its own: comparing `input === 'j'` loses keystrokes under load.
 */
export function decodeKeys(input: string, key: Key): string[] {
  // Bracketed paste's marks (ESC [200~ and ESC [201~, the ESC taken off by Ink) arrive as events of their own.
  if (input === '[200~' || input === '[201~') return [input === '[200~' ? PASTE_START : PASTE_END];
  for (const [flag, name] of NAMED) if (key[flag] === true && input.length <= 1) return [name];
  if (key.ctrl && input.length === 1) return [`ctrl-${input}`];
  return [...input].map((ch) => CONTROL[ch] ?? (ch < ' ' ? `ctrl-${String.fromCharCode(ch.charCodeAt(0) + 96)}` : ch));
}
