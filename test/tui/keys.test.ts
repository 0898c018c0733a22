import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { decodeKeys } from '../../src/tui/input/decode-keys.js';
import { commandFor, KEYMAP } from '../../src/tui/keymap.js';
import { helpLines } from '../../src/tui/model/help-lines.js';
import { keyEffect } from '../../src/tui/state/key-actions.js';

const none = {} as Key;

describe('keys', () => {
  it('reads every character of a chunk as a key: a held j is four moves, not none', () => {
    expect(decodeKeys('jjjj', none)).toEqual(['j', 'j', 'j', 'j']);
    expect(decodeKeys('jk\rq', none)).toEqual(['j', 'k', 'enter', 'q']);
    expect(decodeKeys('', { ...none, downArrow: true })).toEqual(['down']);
    expect(decodeKeys('', { ...none, escape: true, meta: true })).toEqual(['escape']);
    expect(decodeKeys('c', { ...none, ctrl: true })).toEqual(['ctrl-c']);
  });

  it('gives each key its command in its context only', () => {
    expect(commandFor('normal', 'j')).toBe('down');
    expect(commandFor('pick', 'j')).toBe('down');
    expect(commandFor('confirm', 'j')).toBe('down');
    expect(commandFor('confirm', 'e')).toBeUndefined();
    expect(commandFor('normal', 'n')).toBe('note');
    expect(commandFor('confirm', 'n')).toBe('no');
    expect(commandFor('confirm', 'y')).toBe('yes');
  });

  it('treats letters as text while typing a filter or a note', () => {
    expect(keyEffect('filter', 'q')).toEqual({ kind: 'type', text: 'q' });
    expect(keyEffect('text', 'j')).toEqual({ kind: 'type', text: 'j' });
    expect(keyEffect('text', 'escape')).toEqual({ kind: 'command', command: 'back' });
    expect(keyEffect('normal', 'q')).toEqual({ kind: 'command', command: 'quit' });
  });

  it('has no key bound twice in one context, and the help lists every binding', () => {
    const seen = new Set<string>();
    for (const b of KEYMAP) for (const c of b.contexts) for (const k of b.keys) {
      expect(seen.has(`${c} ${k}`), `${c} ${k}`).toBe(false);
      seen.add(`${c} ${k}`);
    }
    const help = helpLines().map((l) => l.map((s) => s.text).join('')).join('\n');
    for (const b of KEYMAP) expect(help).toContain(b.does);
  });
});

describe('the help', () => {
  it('names every key the keymap binds, alternates included', () => {
    const help = helpLines().map((l) => l.map((s) => s.text).join('')).join('\n');
    const shown: Record<string, string> = { up: '↑', down: '↓', pageup: 'PgUp', pagedown: 'PgDn', 'ctrl-b': 'Ctrl-B', 'ctrl-f': 'Ctrl-F', ' ': 'Space', home: 'Home', end: 'End', enter: 'Enter', escape: 'Esc', tab: 'Tab', 'ctrl-c': 'Ctrl-C' };
    for (const binding of KEYMAP) {
      const line = help.split('\n').find((l) => l.startsWith(`  ${binding.label} `) && l.endsWith(binding.does))!;
      expect(line, binding.does).toBeDefined();
      for (const key of binding.keys) expect(line, `${binding.does}: ${key}`).toContain(shown[key] ?? key);
    }
  });
});
