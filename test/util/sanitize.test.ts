import { describe, expect, it } from 'vitest';
import { escapedJsonBytes, escapeJsonControls, safeJson } from '../../src/util/sanitize.js';
import { rng } from '../../bench/generate-book.mjs';

describe('escapedJsonBytes', () => {
  it('is the UTF-8 of escapeJsonControls, whatever the text holds', () => {
    // Code points around every range that is escaped, and others that share their UTF-8 lead bytes.
    const pool = [
      0x20, 0x41, 0x7e, 0x7f, 0x80, 0x9b, 0x9f, 0xa0, 0xa3, 0xe9, 0xff, 0x2013, 0x2019, 0x200d, 0x200e, 0x200f,
      0x2028, 0x2029, 0x202a, 0x202e, 0x202f, 0x2066, 0x2069, 0x206a, 0x20ac, 0x4e2d, 0x1f600,
    ];
    const r = rng(7);
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(r() * 12);
      const text = String.fromCodePoint(...Array.from({ length }, () => pool[Math.floor(r() * pool.length)]!));
      expect(Buffer.from(escapedJsonBytes(text)).toString('utf8')).toBe(escapeJsonControls(text));
    }
  });

  it('escapes C1 and bidi controls, and leaves other text as it is', () => {
    const json = JSON.stringify({ name: 'Bad\u009bname\u202e O’Brien £5 Café' });
    expect(Buffer.from(escapedJsonBytes(json)).toString('utf8')).toBe(safeJson(JSON.parse(json), 0));
    expect(Buffer.from(escapedJsonBytes(json)).toString('utf8')).toContain('\\u009b');
    expect(Buffer.from(escapedJsonBytes('{"name":"Café"}')).toString('utf8')).toBe('{"name":"Café"}');
  });
});
