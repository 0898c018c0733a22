import { describe, expect, it } from 'vitest';
import { escapeJsonControls, safeJson } from '../../src/util/sanitize.js';

describe('safeJson', () => {
  it('escapes C1 and bidi controls, and leaves other text as it is', () => {
    const json = JSON.stringify({ name: 'Bad\u009bname\u202e O’Brien £5 Café' });
    expect(safeJson(JSON.parse(json), 0)).toBe(escapeJsonControls(json));
    expect(safeJson(JSON.parse(json), 0)).toContain('\\u009b');
    expect(safeJson({ name: 'Café' }, 0)).toBe('{"name":"Café"}');
  });
});
