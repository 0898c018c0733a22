import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { NARROW_SYMBOLS, textWidth } from '../../src/util/text-width.js';

describe('textWidth: the columns a text takes in a terminal', () => {
  it('counts plain ASCII one a character, and wide or invisible text as a terminal shows it', () => {
    expect(textWidth('Acme Corp')).toBe(9);
    expect(textWidth('')).toBe(0);
    expect(textWidth('日本株式会社')).toBe(12);
    expect(textWidth('Café')).toBe(4);
    expect(textWidth('\u001b[31mred\u001b[39m')).toBe(3);
    expect(textWidth('🚀 launch')).toBe(9);
  });

  it('counts the symbols vitals prints without string-width exactly as string-width does', () => {
    for (const symbol of NARROW_SYMBOLS) expect(textWidth(`a${symbol}b`), symbol).toBe(stringWidth(`a${symbol}b`));
  });
});
