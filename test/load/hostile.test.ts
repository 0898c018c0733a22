import { describe, expect, it } from 'vitest';
import { parseFull } from '../../src/load/parse.js';
import { tempBook, validAccount, vitals } from '../helpers/book.js';

/** The valid fixture with line `n` (1-based) replaced by `text` (which may span lines). */
function withLine(n: number, text: string): string {
  const lines = validAccount.split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
}

/** The text as UTF-8 with its one `~` replaced by these bytes. */
function badBytes(text: string, bytes: number[]): Buffer {
  const at = text.indexOf('~');
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(bytes), Buffer.from(text.slice(at + 1))]);
}

const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '',
].join('\n');

// Each SPEC §7 input as accounts/bad.yaml: the exact position, and words the message must hold.
const corpus: Array<{ name: string; content: string | Uint8Array; line: number; col: number; says: RegExp }> = [
  { name: 'a YAML syntax error', content: withLine(4, 'team: { ae: sam, ce: ana'), line: 5, col: 1, says: /YAML syntax/ },
  { name: 'a duplicate key', content: withLine(7, 'seats: 500\narr: 5'), line: 8, col: 1, says: /duplicate key/ },
  { name: 'merge-conflict markers', content: withLine(6, '<<<<<<< HEAD\narr: 120000\n=======\narr: 99\n>>>>>>> theirs'), line: 6, col: 1, says: /merge-conflict marker/ },
  { name: 'a wrong type', content: withLine(7, 'seats: many'), line: 7, col: 8, says: /expected an integer, got "many"/ },
  { name: 'an unknown key', content: withLine(11, 'metrics_asof: 2026-11-01'), line: 11, col: 1, says: /unknown key "metrics_asof" \(did you mean "metrics_as_of"\?\)/ },
  { name: 'an enum typo', content: withLine(13, '  ce_pulse: concernin'), line: 13, col: 13, says: /"concernin" is not one of healthy, concerning, poor \(did you mean "concerning"\?\)/ },
  { name: 'a date that does not exist', content: withLine(9, '  close_date: 2026-02-30'), line: 9, col: 15, says: /"2026-02-30" is not a date that exists/ },
  { name: 'an alias bomb', content: withLine(32, billionLaughs.replace(/^(\w):/gm, 'x_$1:')), line: 33, col: 10, says: /alias/ },
  { name: '20,000-deep nesting', content: withLine(32, `x_deep: ${'['.repeat(20000)}${']'.repeat(20000)}`), line: 32, col: 108, says: /nesting deeper than 100 levels/ },
  { name: 'a __proto__ key', content: withLine(32, '__proto__: { polluted: true }'), line: 32, col: 1, says: /unknown key "__proto__"/ },
  { name: 'a constructor key', content: withLine(13, '  constructor: healthy'), line: 13, col: 3, says: /unknown key "constructor"/ },
  { name: 'non-UTF-8 bytes', content: Buffer.from(withLine(2, 'name: Ac\u0000me').replace('\u0000', '\xff'), 'latin1'), line: 2, col: 9, says: /invalid UTF-8/ },
  { name: 'an encoded surrogate', content: badBytes(withLine(2, 'name: "Ac~me"'), [0xed, 0xa0, 0x80]), line: 2, col: 10, says: /invalid UTF-8 byte 0xed/ },
  { name: 'a code point past U+10FFFF', content: badBytes(withLine(2, 'name: "Ac~me"'), [0xf4, 0x90, 0x80, 0x80]), line: 2, col: 10, says: /invalid UTF-8 byte 0xf4/ },
  { name: 'a NUL byte', content: withLine(2, 'name: Ac\u0000me'), line: 2, col: 9, says: /the control character U\+0000 cannot be in a YAML file/ },
  { name: 'a raw control in quotes', content: withLine(2, 'name: "Ac\u0001me"'), line: 2, col: 10, says: /the control character U\+0001 cannot be in a YAML file/ },
  { name: 'an empty file', content: '', line: 1, col: 1, says: /empty/ },
  { name: 'several documents', content: `${validAccount}---\nname: Other\n`, line: 32, col: 1, says: /several YAML documents/ },
  { name: 'a file over 1 MiB', content: `${validAccount}x_pad: "${'a'.repeat(1024 * 1024)}"\n`, line: 1, col: 1, says: /larger than the 1 MiB limit/ },
  { name: 'tabs as indentation', content: withLine(13, '\tce_pulse: healthy'), line: 13, col: 1, says: /tabs are not allowed as indentation/ },
];

describe('hostile input (SPEC §7)', () => {
  it.each(corpus)('reports $name at its line and column, and loads the rest of the book', async ({ content, line, col, says }) => {
    const repo = tempBook({ 'accounts/bad.yaml': content });
    const { code, stdout } = await vitals(['validate', '--repo', repo, '--format', 'json', '--as-of', '2026-11-22']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { problems: Array<{ file: string; line: number; col: number; message: string }> };
    const bad = report.problems.filter((p) => p.file === 'accounts/bad.yaml');
    expect(bad[0]).toMatchObject({ line, col });
    expect(bad[0]!.message).toMatch(says);
    expect(report.problems.filter((p) => p.file === 'accounts/acme.yaml')).toEqual([]);
  });

  it('refuses __proto__ and constructor keys under a user\'s own x_ key too, at the key (SPEC §7)', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': `${validAccount}x_data: { __proto__: { a: 1 }, constructor: 2, deep: [{ constructor: 3 }] }\n` });
    const { code, stdout } = await vitals(['validate', '--repo', repo, '--as-of', '2026-11-22', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { problems: Array<{ file: string; line: number; col: number; message: string }> };
    expect(report.problems.filter((p) => p.file === 'accounts/bad.yaml').map((p) => [p.line, p.col, p.message])).toEqual([
      [32, 11, 'key "__proto__" is not allowed: it is the name of what every object has'],
      [32, 32, 'key "constructor" is not allowed: it is the name of what every object has'],
      [32, 57, 'key "constructor" is not allowed: it is the name of what every object has'],
    ]);
  });

  it('says what an empty text and a bad flag name are, once each, at the value and the key', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': `${validAccount}override: { color: red, reason: "", until: 2026-12-01 }\nflags: { __proto__: true, toString: true }\n` });
    const { stdout } = await vitals(['validate', '--repo', repo, '--as-of', '2026-11-22', '--format', 'json']);
    const report = JSON.parse(stdout) as { problems: Array<{ file: string; line: number; col: number; message: string }> };
    expect(report.problems.filter((p) => p.file === 'accounts/bad.yaml').map((p) => [p.line, p.col, p.message])).toEqual([
      [32, 33, 'expected some text, got ""'],
      [33, 10, 'key "__proto__" is not allowed here'],
      [33, 27, 'key "toString" is not allowed here'],
    ]);
  });

  it('prints one sentence with file:line:col in human form and never a stack trace', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': withLine(7, 'seats: many') });
    const { code, stdout, stderr } = await vitals(['validate', '--repo', repo, '--as-of', '2026-11-22']);
    expect(code).toBe(1);
    expect(stdout).toContain('accounts/bad.yaml:7:8  error  expected an integer, got "many"');
    expect(stdout).toContain('> 7 | seats: many');
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
  });

  it('does not pollute Object.prototype', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': withLine(32, '__proto__: { polluted: true }') });
    await vitals(['validate', '--repo', repo, '--as-of', '2026-11-22']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports every duplicate key, nested and top-level, in the order of the file', () => {
    const parsed = parseFull('a: 1\nb:\n  c: 1\n  c: 2\na: 3\nd: [{ e: 1, e: 2 }]\n');
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems.map((p) => [p.line, p.col, p.message])).toEqual([
      [4, 3, 'YAML syntax: duplicate key: each key may appear once in a mapping'],
      [5, 1, 'YAML syntax: duplicate key: each key may appear once in a mapping'],
      [6, 13, 'YAML syntax: duplicate key: each key may appear once in a mapping'],
    ]);
  });

  it('refuses a file of more than 1,000 aliases at the one past the limit, however few it expands to', () => {
    const names = Array.from({ length: 1001 }, (_, i) => `a${i}`);
    const text = `x:\n${names.map((n) => `  ${n}: &${n} v\n`).join('')}y: [${names.map((n) => `*${n}`).join(', ')}]\n`;
    const parsed = parseFull(text);
    expect(parsed.value).toBeUndefined();
    const last = text.lastIndexOf('*a1000');
    expect(parsed.problems).toEqual([{ line: 1003, col: last - text.lastIndexOf('\n', last) , message: 'more than 1,000 aliases: write the values out' }]);
    expect(parseFull(text.replace(', *a1000', '')).value).toBeDefined();
  });

  it('names an alias whose anchor is not before it, at the alias, and calls it no alias bomb', () => {
    expect(parseFull('a: 1\nb: *nowhere\n').problems).toEqual([{ line: 2, col: 4, message: 'the alias *nowhere names no anchor (&nowhere) before it' }]);
    expect(parseFull('a: *x\nb: &x 1\n').problems).toEqual([{ line: 1, col: 4, message: 'the alias *x names no anchor (&x) before it' }]);
    expect(parseFull('a: &x 1\nb: *x\n').value).toEqual({ a: 1, b: 1 });
  });

  it('refuses the alias bomb by counting aliases, not by expanding them', () => {
    const parsed = parseFull(billionLaughs);
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/alias bomb/) })]);
  });
});
