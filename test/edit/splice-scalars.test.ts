import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountYaml, rng } from '../../bench/generate-book.mjs';
import { keyOrder } from '../../src/edit/account-schema.js';
import type { Path, Scalar, YamlOp } from '../../src/edit/yaml/changes.js';
import { editYaml } from '../../src/edit/yaml/edit-yaml.js';
import { spliceScalars } from '../../src/edit/yaml/splice-scalars.js';
import { parseFast } from '../../src/load/parse.js';
import { repoRoot } from '../helpers/book.js';

const shipped = readdirSync(join(repoRoot, 'accounts')).map((name) => readFileSync(join(repoRoot, 'accounts', name), 'utf8'));
const generated = Array.from({ length: 60 }, (_, i) => accountYaml(rng(100 + i), i));
const crafted = [
  'name: "Acme Corp"   # quoted\nowner: priya\nsegment: commercial\narr: 200000.00\nseats: 10\ncontract:\n  close_date: 2025-01-15\n  renewal_date: "2026-01-15"    # quoted date\ntraits:\n  versions_behind: 3        # aligned\n  ce_pulse: \'healthy\'       # single-quoted\n  dau_4wk_avg: 200.00\n  precise_intel: true #tight\nreviewed:\n  ce_pulse: 2026-10-01\n',
  'name: Acme\nowner: priya\nsegment: commercial\narr: 1\nseats: 1\ncontract: { close_date: 2025-01-15, renewal_date: 2026-01-15 }\ntraits:\n    ce_pulse: poor\n    versions_behind: 12   \n',
  'name: Acme\nowner: priya\nsegment: commercial\narr: 1\nseats: 1\ncontract:\n  close_date: 2025-01-15\n  renewal_date: 2026-01-15\ntraits:\n  # a comment line at the key column\n  ce_pulse: poor\n\n  versions_behind: 1\n',
];

/** New values of every kind for a scalar: shorter, longer, other types' spellings. */
function newValues(old: Scalar): Scalar[] {
  if (typeof old === 'boolean') return [!old];
  if (typeof old === 'number') return [old + 1, old * 1000 + 7, 0, 1.5];
  if (/^\d{4}-\d{2}-\d{2}$/.test(old)) return ['2027-01-31', '2026-11-22'];
  return ['poor', 'concerning', 'Acme Two', 'x', 'it\'s "odd"', 'true'];
}

/** Every scalar at depth one or two, and the op sets an edit makes of them. */
function opSets(text: string): YamlOp[][] {
  const value = parseFast(text)!.value as Record<string, unknown>;
  const sets: YamlOp[][] = [];
  const visit = (node: Record<string, unknown>, path: string[]) => {
    for (const [key, v] of Object.entries(node)) {
      const at: Path = [...path, key];
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && path.length === 0) visit(v as Record<string, unknown>, [key]);
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
        for (const next of newValues(v)) sets.push([{ op: 'set', path: at, value: next }]);
        sets.push([{ op: 'set', path: at, value: v }]);
      }
    }
  };
  visit(value, []);
  // What `vitals set` makes of a manual trait: the trait and its review date together.
  sets.push([{ op: 'set', path: ['traits', 'ce_pulse'], value: 'poor' }, { op: 'set', path: ['reviewed', 'ce_pulse'], value: '2026-11-22' }]);
  sets.push([{ op: 'set', path: ['reviewed', 'versions_behind'], value: '2026-11-22' }]);
  return sets;
}

describe('spliceScalars: the common edit without the yaml package', () => {
  it('writes byte for byte what the CST edit writes, whenever it takes an edit', () => {
    let taken = 0;
    let left = 0;
    for (const text of [...shipped, ...generated, ...crafted]) {
      for (const ops of opSets(text)) {
        const spliced = spliceScalars(text, ops);
        if (spliced === undefined) {
          left++;
          continue;
        }
        taken++;
        expect(spliced, JSON.stringify(ops)).toBe(editYaml(text, ops, keyOrder));
      }
    }
    // Most edits of scalars take the fast path; the rest (flow mappings, missing keys) do not.
    expect(taken).toBeGreaterThan(5_000);
    expect(left).toBeGreaterThan(100);
  });

  it('leaves to the CST edit what it does not handle', () => {
    const text = crafted[1]!;
    expect(spliceScalars(text, [{ op: 'set', path: ['contract', 'close_date'], value: '2025-02-01' }])).toBeUndefined(); // a flow mapping
    expect(spliceScalars(text, [{ op: 'set', path: ['reviewed', 'ce_pulse'], value: '2026-11-22' }])).toBeUndefined(); // no such key
    expect(spliceScalars(text, [{ op: 'append', path: ['notes'], value: { date: '2026-11-22', author: 'priya', text: 'x' } }])).toBeUndefined();
    expect(spliceScalars(text.replace('\n', '\r\n'), [{ op: 'set', path: ['traits', 'ce_pulse'], value: 'healthy' }])).toBeUndefined(); // CRLF
    expect(spliceScalars(`${text}a: &x 1\n`, [{ op: 'set', path: ['traits', 'ce_pulse'], value: 'healthy' }])).toBeUndefined(); // not plain
    // Two ops on one path (the CLI never makes them; editYaml lets the last win).
    expect(spliceScalars(text, [{ op: 'set', path: ['traits', 'ce_pulse'], value: 'healthy' }, { op: 'set', path: ['traits', 'ce_pulse'], value: 'poor' }])).toBeUndefined();
    // A key that is not a plain key cannot match a `- ` line.
    expect(spliceScalars('name: x\ncontacts:\n  - name: A\n', [{ op: 'set', path: ['contacts', '- name'], value: 'B' }])).toBeUndefined();
  });
});
