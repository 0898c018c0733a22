import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountYaml, rng } from '../../bench/generate-book.mjs';
import { locate } from '../../src/load/locate.js';
import { parseFull } from '../../src/load/parse.js';
import { parseSimple, plainPosition } from '../../src/load/simple-yaml.js';
import { repoRoot, validAccount } from '../helpers/book.js';

/** 1-based line and column of an offset. */
function lineCol(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

const playbooks = readdirSync(join(repoRoot, 'playbooks')).map((name) => [`playbooks/${name}`, readFileSync(join(repoRoot, 'playbooks', name), 'utf8')]);
const r = rng(3);
const generated = Array.from({ length: 8 }, (_, i) => [`generated account ${i} (style ${i % 4})`, accountYaml(r, i)]);

/** Every JSON pointer into a parsed value. */
function* pointers(value: unknown, at: string): Generator<string> {
  yield at;
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) yield* pointers(inner, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

function valueAt(value: unknown, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce((v: unknown, key) => (v as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], value);
}

// Warnings and cross-file errors are placed from the fast parser's positions: they must be where
// `yaml` puts every node, in every style a book is written in.
describe('positions from the fast parser', () => {
  it.each([['the fixture', validAccount], ...generated, ...playbooks])('agree with yaml on every node of %s', (_name, text) => {
    const parsed = parseSimple(text!);
    if (parsed === undefined) return expect(parseFull(text!).problems).toEqual([]);
    const full = parseFull(text!);
    let placed = 0;
    for (const pointer of pointers(parsed.value, '')) {
      const offset = plainPosition(text!, pointer);
      // A null value is left to yaml; every other node is placed.
      if (offset === undefined) expect(pointer === '' || valueAt(parsed.value, pointer) === null).toBe(true);
      else expect({ pointer, ...lineCol(text!, offset) }).toEqual({ pointer, ...locate(full.doc, full.lineCounter, pointer) }), placed++;
    }
    expect(placed).toBeGreaterThan(1);
  });
});
