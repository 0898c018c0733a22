import { describe, expect, it } from 'vitest';
import { keyOrder } from '../../src/edit/account-schema.js';
import type { YamlOp } from '../../src/edit/yaml/changes.js';
import { editYaml } from '../../src/edit/yaml/edit-yaml.js';

const edit = (text: string, ops: YamlOp[]) => editYaml(text, ops, keyOrder);
const set = (path: Array<string | number>, value: string | number | boolean): YamlOp => ({ op: 'set', path, value });

/** The file as lines, to say which lines an edit may touch and that every other stays byte-identical. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

describe('editYaml: only the touched scalars change (bytes compared)', () => {
  it('keeps comments, a trailing comment\'s column, blank lines and number spelling', () => {
    const text = [
      '# yaml-language-server: $schema=../schemas/account.schema.json',
      '# Acme: our oldest customer',
      'name: Acme Corp            # display name',
      'arr: 200000.00',
      '',
      'traits:',
      '  ce_pulse: healthy        # the TA\'s opinion',
      '',
      '  # generated below',
      '  versions_behind: 3',
      '',
    ].join('\n');
    expect(edit(text, [set(['traits', 'ce_pulse'], 'concerning')])).toBe(text.replace("healthy        # the TA's", "concerning     # the TA's"));
    expect(edit(text, [set(['traits', 'versions_behind'], 12)])).toBe(text.replace('versions_behind: 3', 'versions_behind: 12'));
  });

  it('keeps a trailing comment one space away when the new value is longer than the gap', () => {
    expect(edit('traits:\n  ce_pulse: poor # x\n', [set(['traits', 'ce_pulse'], 'concerning')])).toBe('traits:\n  ce_pulse: concerning # x\n');
  });

  it('writes a changed value in the quoting the old one had', () => {
    const text = 'traits:\n  last_activity: "2026-11-10"\n  ce_pulse: \'healthy\'\nlast_cbr: 2026-01-01\n';
    const out = edit(text, [set(['traits', 'last_activity'], '2026-11-20'), set(['traits', 'ce_pulse'], 'poor'), set(['last_cbr'], '2026-02-02')]);
    expect(out).toBe('traits:\n  last_activity: "2026-11-20"\n  ce_pulse: \'poor\'\nlast_cbr: 2026-02-02\n');
  });

  it('keeps odd spacing and indents a new key like its neighbours', () => {
    const text = 'traits:\n    ce_pulse:    healthy\n    versions_behind:  1\n';
    expect(edit(text, [set(['traits', 'ce_pulse'], 'poor'), set(['traits', 'mau_last_month'], 40)])).toBe(
      'traits:\n    ce_pulse:    poor\n    versions_behind:  1\n    mau_last_month: 40\n',
    );
  });

  it('edits and extends flow maps in flow style', () => {
    const text = 'team: { ae: sam }\ntraits: { ce_pulse: healthy,  versions_behind: 1 }   # all\n';
    const out = edit(text, [set(['traits', 'ce_pulse'], 'poor'), set(['traits', 'dau_4wk_avg'], 12.5), set(['reviewed', 'ce_pulse'], '2026-11-22')]);
    expect(out).toBe('team: { ae: sam }\ntraits: { ce_pulse: poor,  versions_behind: 1, dau_4wk_avg: 12.5 }   # all\nreviewed: { ce_pulse: 2026-11-22 }\n');
  });

  it('keeps CRLF line endings, in what it changes and in what it adds', () => {
    const text = 'name: Acme\r\ntraits:\r\n  ce_pulse: healthy  # c\r\nnotes:\r\n  - { date: 2026-01-01, author: jane, text: "hi" }\r\n';
    const out = edit(text, [
      set(['traits', 'ce_pulse'], 'poor'),
      set(['reviewed', 'ce_pulse'], '2026-11-22'),
      { op: 'append', path: ['notes'], value: { date: '2026-11-22', author: 'jane', text: 'two words' } },
    ]);
    expect(out).toBe(
      'name: Acme\r\ntraits:\r\n  ce_pulse: poor     # c\r\nreviewed:\r\n  ce_pulse: 2026-11-22\r\nnotes:\r\n  - { date: 2026-01-01, author: jane, text: "hi" }\r\n  - { date: 2026-11-22, author: jane, text: "two words" }\r\n',
    );
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('puts a new key where the schema orders it, after its neighbour\'s comment lines but before the next key\'s', () => {
    const text = ['name: Acme', 'traits:', '  ce_pulse: healthy', '    # more about the pulse', '  # about versions', '  versions_behind: 1', 'contacts: []', ''].join('\n');
    const out = edit(text, [set(['traits', 'active_champion'], true), set(['reviewed', 'ce_pulse'], '2026-11-22')]);
    expect(out).toBe(
      ['name: Acme', 'traits:', '  ce_pulse: healthy', '    # more about the pulse', '  active_champion: true', '  # about versions', '  versions_behind: 1',
        'reviewed:', '  ce_pulse: 2026-11-22', 'contacts: []', ''].join('\n'),
    );
  });

  it('appends to a list in the style of its last item, and creates a missing list', () => {
    const text = 'name: Acme\nnotes:\n- date: 2026-01-01\n  author: jane\n  text: hi\n# the end\n';
    const out = edit(text, [
      { op: 'append', path: ['notes'], value: { date: '2026-11-22', author: 'jane', text: 'Upgrade "5.3" planned' } },
      { op: 'append', path: ['tasks'], value: { title: 'Call', done: false } },
    ]);
    expect(out).toBe('name: Acme\nnotes:\n- date: 2026-01-01\n  author: jane\n  text: hi\n- date: 2026-11-22\n  author: jane\n  text: "Upgrade \\"5.3\\" planned"\ntasks:\n- { title: Call, done: false }\n# the end\n');
  });

  it('appends to a flow list written with a trailing comma after its last item', () => {
    const text = 'notes: [\n  { date: 2026-11-01, author: jane, text: first },\n]\n';
    const out = edit(text, [{ op: 'append', path: ['notes'], value: { date: '2026-11-22', author: 'jane', text: 'second' } }]);
    expect(out).toBe('notes: [\n  { date: 2026-11-01, author: jane, text: first }, { date: 2026-11-22, author: jane, text: second },\n]\n');
  });

  it('writes a new flow mapping with or without spaces inside its braces, as the file writes them', () => {
    // PyYAML's and many tools' style: `{a: 1}`.
    const tight = 'team: {ae: sam, ce: ana}\nnotes:\n  - {date: 2026-11-01, author: jane, text: first}\n';
    const out = edit(tight, [{ op: 'append', path: ['notes'], value: { date: '2026-11-22', author: 'jane', text: 'second' } }, { op: 'append', path: ['tasks'], value: { title: 'Call', done: false } }]);
    expect(out).toBe(`${tight}  - {date: 2026-11-22, author: jane, text: second}\ntasks:\n  - {title: Call, done: false}\n`);
    const spaced = 'notes:\n  - { date: 2026-11-01, author: jane, text: first }\n';
    expect(edit(spaced, [{ op: 'append', path: ['notes'], value: { date: '2026-11-22', author: 'jane', text: 'second' } }])).toBe(`${spaced}  - { date: 2026-11-22, author: jane, text: second }\n`);
  });

  it('appends to a list that ends with a comment line, as the list\'s next item', () => {
    for (const [item, added] of [
      ['  - {date: 2026-11-11, author: priya, text: a}\n', '  - {date: 2026-11-22, author: jane, text: b}\n'],
      ['  - date: 2026-11-11\n    author: priya\n    text: a\n', '  - date: 2026-11-22\n    author: jane\n    text: b\n'],
    ]) {
      const out = edit(`name: A\nnotes:\n${item}  # more to come\n`, [{ op: 'append', path: ['notes'], value: { date: '2026-11-22', author: 'jane', text: 'b' } }]);
      expect(out).toBe(`name: A\nnotes:\n${item}${added}  # more to come\n`);
    }
  });

  it('inserts an item before a given one, in a block or a flow list', () => {
    const value = { date: '2026-11-05', author: 'jane', text: 'b' };
    const block = 'notes:\n  - date: 2026-11-01\n    text: a\n  - date: 2026-11-09\n    text: c\n';
    expect(edit(block, [{ op: 'append', path: ['notes'], value, before: 1 }])).toBe('notes:\n  - date: 2026-11-01\n    text: a\n  - date: 2026-11-05\n    author: jane\n    text: b\n  - date: 2026-11-09\n    text: c\n');
    // A comment line above an item stays with it.
    const commented = 'notes:\n  - date: 2026-11-01\n    text: a\n  # the call with Pat\n  - date: 2026-11-09\n    text: c\n';
    expect(edit(commented, [{ op: 'append', path: ['notes'], value, before: 1 }])).toBe('notes:\n  - date: 2026-11-01\n    text: a\n  - date: 2026-11-05\n    author: jane\n    text: b\n  # the call with Pat\n  - date: 2026-11-09\n    text: c\n');
    const flow = 'notes: [{ date: 2026-11-01, text: a }, { date: 2026-11-09, text: c }]\n';
    expect(edit(flow, [{ op: 'append', path: ['notes'], value, before: 1 }])).toBe('notes: [{ date: 2026-11-01, text: a }, { date: 2026-11-05, author: jane, text: b }, { date: 2026-11-09, text: c }]\n');
  });

  it('quotes a word YAML 1.1 readers (PyYAML) take for a boolean: a note that says yes stays text to them', () => {
    const out = edit('name: A\n', [{ op: 'append', path: ['notes'], value: { date: '2026-11-22', author: 'jane', text: 'yes' } }, { op: 'append', path: ['tasks'], value: { title: 'Off', done: false } }]);
    expect(out).toBe('name: A\nnotes:\n  - { date: 2026-11-22, author: jane, text: "yes" }\ntasks:\n  - { title: "Off", done: false }\n');
  });

  it('follows the file\'s date quoting for new dates', () => {
    const text = 'contract:\n  close_date: "2025-01-15"\n  renewal_date: "2027-01-15"\ntraits:\n  ce_pulse: poor\n';
    expect(edit(text, [set(['reviewed', 'ce_pulse'], '2026-11-22')])).toBe(`${text}reviewed:\n  ce_pulse: "2026-11-22"\n`);
  });

  it('adds its line to a file that lacks the last newline', () => {
    expect(edit('traits:\n  ce_pulse: poor', [set(['traits', 'versions_behind'], 2)])).toBe('traits:\n  ce_pulse: poor\n  versions_behind: 2\n');
  });

  it('sets a key of a list item, in a flow or a block item', () => {
    const text = 'tasks:\n  - { title: "A", done: false }\n  - title: B\n    due: 2026-12-01\n';
    const out = edit(text, [set(['tasks', 0, 'done'], true), set(['tasks', 1, 'done'], true)]);
    expect(out).toBe('tasks:\n  - { title: "A", done: true }\n  - title: B\n    due: 2026-12-01\n    done: true\n');
  });

  it('changes nothing but the value, whatever else the file holds', () => {
    const text = [
      '%YAML 1.2', '---', '# header', "name: 'Acme ''Corp'''", 'seats:   500   ', 'x_notes: |', '  free text', '  kept', 'traits:', '  ce_pulse: "healthy"', '  help_tickets_90d: 0x10', '...', '',
    ].join('\n');
    const out = edit(text, [set(['traits', 'ce_pulse'], 'poor')]);
    expect(changedLines(text, out)).toEqual({ removed: ['  ce_pulse: "healthy"'], added: ['  ce_pulse: "poor"'] });
  });

  it('returns the text unchanged for no ops', () => {
    const text = 'a:   1 # c\r\n\r\nb: { c: d }\r\n';
    expect(edit(text, [])).toBe(text);
  });

  it('refuses to rewrite a value that is not a single scalar', () => {
    expect(() => edit('traits:\n  ce_pulse: |\n    healthy\n', [set(['traits', 'ce_pulse'], 'poor')])).toThrow(/not written as a single value/);
  });
});
