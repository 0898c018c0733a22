import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { table } from '../../src/cli/report/table.js';

describe('table columns line up in a terminal', () => {
  it('counts CJK and emoji as two columns each, and styling as none', () => {
    const out = table(
      ['account', 'score'],
      [
        ['日本株式会社', '61.9'],
        ['acme', '80.0'],
        ['café 🚀', '12.5'],
      ],
      (_row, col, text) => (col === 0 ? `\u001b[1m${text}\u001b[22m` : text),
    );
    const lines = out.split('\n');
    // "日本株式会社" is six characters but twelve columns: the score column starts at 14 on every line.
    for (const line of lines) expect(stringWidth(line.slice(0, line.lastIndexOf(' ') + 1))).toBe(14);
    expect(lines[1]).toContain('日本株式会社\u001b[22m  61.9');
    expect(lines[2]).toContain('acme\u001b[22m          80.0');
  });
});
