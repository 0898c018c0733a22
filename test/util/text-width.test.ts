import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/util/text-width.js';

describe('textWidth: the columns a text takes in a terminal', () => {
  it('counts plain ASCII one a character, and wide or invisible text as a terminal shows it', () => {
    expect(textWidth('Acme Corp')).toBe(9);
    expect(textWidth('')).toBe(0);
    expect(textWidth('日本株式会社')).toBe(12);
    expect(textWidth('Café')).toBe(4);
    expect(textWidth('\u001b[31mred\u001b[39m')).toBe(3);
    expect(textWidth('🚀 launch')).toBe(9);
  });
});
