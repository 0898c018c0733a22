import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateTypes } from '../scripts/gen-types-lib.mjs';

const schemasDir = fileURLToPath(new URL('../schemas', import.meta.url));
const typesFile = fileURLToPath(new URL('../src/types/schema.ts', import.meta.url));

describe('src/types/schema.ts', () => {
  it('is what the schemas generate (run `npm run gen:types` after changing a schema)', async () => {
    const generated = await generateTypes(schemasDir);
    expect(await readFile(typesFile, 'utf8')).toBe(generated);
  });

  it('generates the same output twice', async () => {
    expect(await generateTypes(schemasDir)).toBe(await generateTypes(schemasDir));
  });

  it('declares every type once', async () => {
    const generated = await generateTypes(schemasDir);
    const names = [...generated.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect(names.filter((name) => /\d$/.test(name ?? ''))).toEqual([]);
  });
});
