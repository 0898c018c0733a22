import { describe, expect, it } from 'vitest';
import { joinLines, splitLines } from '../../src/history/entry-lines.js';

const text = (b: Buffer) => b.toString('utf8');

describe('saved log lines, printed as bytes', () => {
  it('splits a saved file into its lines and joins a selection of them', () => {
    const lines = splitLines(Buffer.from('{"a":1}\n{"b":"→ ü"}\n{"c":3}'));
    expect(lines.map(text)).toEqual(['{"a":1}', '{"b":"→ ü"}', '{"c":3}']);
    expect(text(joinLines(lines, ',', '[', ']'))).toBe('[{"a":1},{"b":"→ ü"},{"c":3}]');
    expect(text(joinLines([lines[0]!, lines[2]!], ',', '[', ']'))).toBe('[{"a":1},{"c":3}]');
    expect(text(joinLines([lines[1]!], ',', '[', ']'))).toBe('[{"b":"→ ü"}]');
    expect(text(joinLines([], ',', '[', ']'))).toBe('[]');
  });

  it('joins lines made one by one, and lines a byte apart that were never a line break', () => {
    const apart = Buffer.from('aa#bb#cc');
    const lines = [apart.subarray(0, 2), apart.subarray(3, 5), Buffer.from('dd'), apart.subarray(6, 8)];
    expect(text(joinLines(lines, ',', '[', ']'))).toBe('[aa,bb,dd,cc]');
    expect(text(joinLines(lines, '\n'))).toBe('aa\nbb\ndd\ncc');
    expect(apart.toString()).toBe('aa#bb#cc');
  });
});
