import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFast, parseFull } from '../../src/load/parse.js';
import { prescan } from '../../src/load/prescan.js';
import { accountYaml, rng } from '../../bench/generate-book.mjs';
import { repoRoot } from '../helpers/book.js';

const shipped = ['accounts', 'playbooks'].flatMap((dir) =>
  readdirSync(join(repoRoot, dir)).map((name) => ({ name: `${dir}/${name}`, text: readFileSync(join(repoRoot, dir, name), 'utf8') })),
);

/**
 * The fast paths may decline a file, but a file they accept must mean exactly what `yaml` (the
 * parser that reports positions and makes edits) reads. A disagreement would make a valid-looking
 * file score differently from what an edit or an error message sees.
 */
function expectAgreement(text: string): 'declined' | 'agreed' | 'rejected' {
  // The fast path as the loader takes it: first, before the prescan (which only yaml needs).
  const fast = parseFast(text);
  if (prescan(text)) {
    expect(fast, 'the fast path accepted what the prescan refuses').toBeUndefined();
    return 'rejected';
  }
  const full = parseFull(text);
  if (full.problems.length > 0) {
    expect(fast, 'the fast path accepted what yaml rejects').toBeUndefined();
    return 'rejected';
  }
  if (fast) expect(fast.value).toEqual(full.value);
  return fast ? 'agreed' : 'declined';
}

const tricky = [
  'a: 1_000\nb: 0b11\nc: 0o17\nd: 0x1F\ne: 1e3\nf: .inf\ng: -.Inf\nh: .nan\ni: 007\nj: +12\nk: 2026-11-01\nl: yes\nm: ~\nn:\no: "true"\np: True\nq: 1.\nr: .5\ns: -.5\n',
  'x: <<\n<<: {a: 1}\n',
  'k: !!str 12\n',
  'a: "\\u001b[31mred"\nb: |\n  two\n  lines\nc: >\n  folded\n  text\n',
  'a: b # comment\nc: "d # not a comment"\ne: \'it\'\'s\'\nf: He said "hi" #x\n',
  'a: one\n  continued\n',
  'list:\n- a\n- b\nmap:\n  k: v\n',
  'items:\n  - name: x\n    tags:\n    - t1\n  - { a: 1, b: "two, three" }\n  - [1, 2]\n',
  'true: 1\nnull: 2\n',
  'a: {b: c}\nd: {e:f}\ng: [h,i]\nj: {k: [1]}\n',
  'when: { all: [{ stage: [prospect] }, { metric: x, lte: 35 }] }\nlist: [[1, 2], [], {}]\n',
  'a: [{ b: [c, d], e: "f, g" }, h]\n',
  'a: b: c\n',
  'a:\n  - b\n  c: d\n',
  'a: 1\na: 2\n',
  'a: x:y\nb: http://example.com/a#b\n',
  "a: 'unterminated\n",
  'a: "x"y\n',
  '# only a comment\n',
  'a: -\nb: - x\n',
  'a:   spaced   value   \n',
  'a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> theirs\n',
];

describe('parse paths agree with yaml', () => {
  it.each(shipped)('on the shipped $name', ({ text }) => {
    expectAgreement(text);
  });

  it('takes every shipped file on the fast path, so every command reads the book quickly', () => {
    expect(shipped.filter(({ text }) => parseFast(text) === undefined).map((f) => f.name)).toEqual([]);
  });

  it.each(tricky.map((text, i) => ({ i, text })))('on tricky input $i', ({ text }) => {
    expectAgreement(text);
  });

  it('on 2,000 generated accounts in every style the bench writes, which the subset parser takes', () => {
    const r = rng(7);
    for (let i = 0; i < 2000; i++) expect(expectAgreement(accountYaml(r, i))).toBe('agreed');
  });

  it('on 5,000 random single-character mutations of the shipped accounts', () => {
    const r = rng(11);
    const accounts = shipped.filter((f) => f.name.startsWith('accounts/'));
    // Every YAML indicator: the fast path must decline, or read exactly as yaml, whatever lands where.
    const alphabet = [' ', ':', '#', '-', "'", '"', '[', ']', '{', '}', ',', '\n', 'a', '1', '.', '|', '>', '?', '&', '*', '!', '%', '@', '`', '<', '\t', '\\'];
    const seen = { declined: 0, agreed: 0, rejected: 0 };
    for (let n = 0; n < 5000; n++) {
      const { text } = accounts[Math.floor(r() * accounts.length)]!;
      const at = Math.floor(r() * text.length);
      const ch = alphabet[Math.floor(r() * alphabet.length)]!;
      const mutated = r() < 0.5 ? text.slice(0, at) + ch + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      seen[expectAgreement(mutated)]++;
    }
    // The fuzz must exercise every outcome, or it proves nothing.
    expect(Math.min(seen.declined, seen.agreed, seen.rejected)).toBeGreaterThan(100);
  });
});

describe('what the fast path leaves to yaml', () => {
  it.each([
    ['an anchor', 'a: &x 1\n'],
    ['an alias in a flow', 'a: [*x]\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a non-specific tag', 'a: ! 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a carriage return', 'a: 1\r\n'],
    ['a tab', 'a:\t1\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a __proto__ key in a flow mapping', 'a: { __proto__: 1 }\n'],
    ['an anchor on a nested mapping', 'a: &x\n  b: 1\n'],
    ['a tag on a sequence item', 'a:\n  - !x 1\n'],
    ['an anchor in a flow mapping', 'a: { b: &x 1 }\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a merge key', 'a: 1\n<<: { b: 2 }\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a tab before a comment', 'a: b\t# c\n'],
  ])('%s', (_name, text) => {
    expect(parseFast(text)).toBeUndefined();
  });

  it('keeps text with a lone & or * on the fast path', () => {
    expect(parseFast('name: Relationships & Engagement\nnote: 5 * 3\n')).toEqual({ value: { name: 'Relationships & Engagement', note: '5 * 3' } });
  });
});
