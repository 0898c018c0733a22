import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/edit/commit-message.js';
import { scalarSource } from '../../src/edit/yaml/scalar-source.js';
import { didYouMeanHint } from '../../src/util/did-you-mean.js';
import { escapeJsonControls, plain, plainText } from '../../src/util/sanitize.js';

describe('one control-character class for every place that neutralises them', () => {
  it('treats the line and paragraph separators as controls everywhere', () => {
    for (const ch of ['\u2028', '\u2029', '\u202e', '\u0085', '\u001b']) {
      expect(plain(`a${ch}b`)).not.toContain(ch);
      expect(plainText(`a${ch}b`)).not.toContain(ch);
      expect(oneLine(`a${ch}b`)).toBe('a b');
      expect(scalarSource(`a${ch}b`, "'")).toMatch(/^"/);
    }
    expect(escapeJsonControls('"a\u2028b"')).toBe('"a\\u2028b"');
    expect(plainText('a\tb\nc')).toBe('a\tb\nc');
  });

  it('shows the invisible characters that hide text or shift a column, and keeps the joiners emoji and scripts need', () => {
    for (const ch of ['\u200b', '\u2060', '\ufeff', '\u00ad', '\u061c']) {
      expect(plain(`A${ch}B`)).toBe(`A\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}B`.replace('\\u00ad', '\\xad'));
      expect(oneLine(`a${ch}b`)).toBe('a b');
    }
    for (const kept of ['👨\u200d👩\u200d👧', 'می\u200cخواهم']) expect(plain(kept)).toBe(kept);
  });
});

describe('the did-you-mean sentence', () => {
  it('names the close candidate, or nothing', () => {
    expect(didYouMeanHint('acmee', ['acme', 'zeta'])).toBe(' (did you mean "acme"?)');
    expect(didYouMeanHint('quux', ['acme', 'zeta'])).toBe('');
    expect(didYouMeanHint('acme', ['acme'])).toBe('');
  });
});
