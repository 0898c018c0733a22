import { describe, expect, it } from 'vitest';
import { chunkedWriter } from '../../src/cli/report/chunked-writer.js';

describe('chunkedWriter', () => {
  it('writes a chunk whenever about a chunk has gathered, and the rest on flush, in order', () => {
    const writes: string[] = [];
    const writer = chunkedWriter({ write: (text: string) => writes.push(text) }, 100);
    const pieces = Array.from({ length: 50 }, (_, i) => `piece ${i};`);
    for (const piece of pieces) writer.write(piece);
    const before = writes.length;
    writer.flush();
    writer.flush(); // nothing left: no empty write
    expect(before).toBeGreaterThan(1);
    expect(writes).toHaveLength(before + 1);
    expect(writes.join('')).toBe(pieces.join(''));
    // No write holds much more than a chunk: one piece past it at most.
    for (const text of writes) expect(text.length).toBeLessThan(100 + 'piece 49;'.length);
  });
});
