import { commandFor, type Command, type KeyContext } from '../keymap.js';
import type { Mode } from './app-state.js';

/** What one key does in a mode: text typed, a text key, or a keymap command. */
export type KeyEffect = { kind: 'type'; text: string } | { kind: 'erase' } | { kind: 'submit' } | { kind: 'command'; command: Command };

const CONTEXT: Record<Mode['kind'], KeyContext | 'text'> = { normal: 'normal', help: 'normal', filter: 'text', text: 'text', pick: 'pick', confirm: 'confirm' };

/** In a filter or a note, letters are text (SPEC §6). */
export const takesText = (mode: Mode['kind']) => CONTEXT[mode] === 'text';

export const printable = (key: string) => [...key].length === 1 && key >= ' ';

/** What a key does in the mode it arrives in; undefined when it does nothing there. */
export function keyEffect(mode: Mode['kind'], key: string): KeyEffect | undefined {
  if (takesText(mode)) {
    if (printable(key)) return { kind: 'type', text: key };
    if (key === 'backspace') return { kind: 'erase' };
    if (key === 'enter') return { kind: 'submit' };
    if (key === 'escape') return { kind: 'command', command: 'back' };
    if (key === 'ctrl-c') return { kind: 'command', command: 'interrupt' };
    return undefined;
  }
  const command = commandFor(CONTEXT[mode] as KeyContext, key);
  return command && { kind: 'command', command };
}
