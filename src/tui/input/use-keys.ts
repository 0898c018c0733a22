import type { EventEmitter } from 'node:events';
import { useInput, useStdin } from 'ink';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { decodeKeys } from './decode-keys.js';

/**
 * Calls `onKeys` with every key of every input event, in order. The handler is read through a ref,
 * so Ink's listener is registered once rather than again after every frame.
 */
export function useKeys(onKeys: (keys: string[]) => void): void {
  const handler = useRef(onKeys);
  useEffect(() => {
    handler.current = onKeys;
  });
  const { internal_eventEmitter: events } = useStdin();
  useLayoutEffect(() => ignoreUnknownSequences(events), [events]);
  useInput((input, key) => {
    const keys = decodeKeys(input, key);
    handler.current(chord ? keys.map((k) => `alt-${k}`) : keys);
  });
}

/**
 * Set while the key of an Esc-and-key chord is passed on (Ink hands it to `useInput` within the
 * same call): told apart this way, no character in the input can pass for one.
 */
let chord = false;

/**
 * The escape sequences the review acts on, unmodified: arrows, Home/End, PgUp/PgDn, Delete, the
 * paste marks, Esc. Ink splits input into events, one per sequence.
 */
const KNOWN = /^\x1b(?:\[(?:[A-DFHZ]|[1-8]~|20[01]~)|O[A-DFH]|\x1b?)$/;

/**
 * Esc and a printable key in one read (Alt and the key, or pressed quickly): Ink reads them as one
 * event, passed on as the key marked as a chord (`alt-<key>`), for the review to take as the two
 * keys, as nothing while text is typed, as the letter in a paste. Esc and a control is nothing.
 */
const ESCAPE_THEN_KEY = /^\x1b([^[O\x00-\x1f\x7f])$/su;

/**
 * The start of a control string (OSC, DCS, APC, PM, SOS: a hyperlink or a terminal's reply in
 * pasted text), which runs to BEL or ESC \. Ink reads its start as Esc and a letter, and the rest
 * as typed text.
 */
const STRING_START = /^\x1b[\]P_^X]$/;
const STRING_END = /\x07|\x1b\\/;

/**
 * Any other escape sequence (a modified key such as Ctrl-Up, a terminal's reply, a stray `ESC [5m`
 * typed or pasted) arrives as nothing. Ink reads some of them as a Ctrl key with no name and
 * crashes, and reads others as letters (Ctrl-Up as `u` `p`). Returns the undo.
 */
export function ignoreUnknownSequences(events: EventEmitter): () => void {
  const emit = events.emit;
  // Inside a control string: its text is nothing either, up to its end. Only within the events of
  // one read (a paste, a reply), so that Esc and `]` typed by hand cannot swallow the keys after.
  let inString = false;
  events.emit = function (this: EventEmitter, name: string | symbol, ...args: unknown[]) {
    const [first] = args;
    if (name !== 'input' || typeof first !== 'string') return emit.call(this, name, ...args);
    let input = first;
    if (inString) {
      const end = STRING_END.exec(input);
      // Another escape sequence (the paste's end mark, a key) ends a string left unfinished.
      if (!end && input.startsWith('\x1b')) inString = false;
      else if (!end) return emit.call(this, name, '');
      else {
        inString = false;
        input = input.slice(end.index + end[0].length);
        if (input === '') return emit.call(this, name, '');
      }
    }
    if (STRING_START.test(input)) {
      inString = true;
      setImmediate(() => (inString = false));
      return emit.call(this, name, '');
    }
    if (!input.startsWith('\x1b') || KNOWN.test(input)) return emit.call(this, name, input);
    const key = ESCAPE_THEN_KEY.exec(input)?.[1];
    if (key === undefined) return emit.call(this, name, '');
    chord = true;
    try {
      return emit.call(this, name, key);
    } finally {
      chord = false;
    }
  };
  return () => {
    events.emit = emit;
  };
}
