import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookChecks } from '../../src/engine/index.js';
import { loadBook } from '../../src/load/load-book.js';
import { tempBook, validAccount } from '../helpers/book.js';

const AS_OF = '2026-11-22';
const edit = (from: string, to: string) => {
  expect(validAccount).toContain(from);
  return validAccount.replace(from, to);
};

/** Each case changes one thing in a valid book and expects exactly this problem. */
const cases: Array<{ name: string; files: Record<string, string>; file: string; line?: number; severity: 'error' | 'warning'; says: RegExp }> = [
  { name: 'an owner not on the team', files: { 'accounts/x.yaml': edit('owner: priya', 'owner: nobody') }, file: 'accounts/x.yaml', line: 3, severity: 'error', says: /owner "nobody" is not a member/ },
  { name: 'an account team member not on the team', files: { 'accounts/x.yaml': edit('ae: sam', 'ae: samm') }, file: 'accounts/x.yaml', line: 4, severity: 'error', says: /ae "samm" is not a member .*did you mean "sam"/ },
  { name: 'an owner who is not a TA', files: { 'accounts/x.yaml': edit('owner: priya', 'owner: sam') }, file: 'accounts/x.yaml', line: 3, severity: 'error', says: /owner "sam" is an AE in playbooks\/team.yaml, not a TA/ },
  { name: 'an account team slot holding another role', files: { 'accounts/x.yaml': edit('ce: ana', 'ce: kofi') }, file: 'accounts/x.yaml', line: 4, severity: 'error', says: /ce "kofi" is an AE in playbooks\/team.yaml, not a CE/ },
  { name: 'a task from an unknown project', files: { 'accounts/x.yaml': `${validAccount}tasks:\n  - { title: Kickoff, project: onboardin }\n` }, file: 'accounts/x.yaml', line: 33, severity: 'error', says: /project "onboardin" is not in playbooks\/projects.yaml/ },
  { name: 'a renewal before the close date', files: { 'accounts/x.yaml': edit('close_date: 2025-01-15', 'close_date: 2027-07-01') }, file: 'accounts/x.yaml', line: 10, severity: 'error', says: /renewal date is before the close date/ },
  { name: 'a file name that is not an id', files: { 'accounts/Big_Co.yaml': validAccount }, file: 'accounts/Big_Co.yaml', severity: 'error', says: /not a valid id/ },
  { name: 'a .yml account file', files: { 'accounts/x.yml': validAccount }, file: 'accounts/x.yml', severity: 'warning', says: /account files end in \.yaml/ },
  { name: 'an unknown playbook file', files: { 'playbooks/extra.yaml': 'a: 1\n' }, file: 'playbooks/extra.yaml', severity: 'warning', says: /not a playbook vitals knows/ },
  { name: 'a renewal date that has passed', files: { 'accounts/x.yaml': edit('renewal_date: 2027-06-15', 'renewal_date: 2026-11-21') }, file: 'accounts/x.yaml', line: 10, severity: 'warning', says: /renewal date passed: update the contract/ },
  { name: 'an active champion who fails a champion test', files: { 'accounts/x.yaml': edit('sells: true', 'sells: false') }, file: 'accounts/x.yaml', severity: 'warning', says: /no contact passes all three champion tests/ },
  { name: 'generated traits without metrics_as_of', files: { 'accounts/x.yaml': edit('metrics_as_of: 2026-11-01\n', '') }, file: 'accounts/x.yaml', severity: 'warning', says: /metrics_as_of/ },
];

describe('cross-file rules, one change at a time', () => {
  it('a valid book has no problems', () => {
    expect(loadBook({ root: tempBook(), asOf: AS_OF, checks: bookChecks }).problems).toEqual([]);
  });

  it.each(cases)('$name', ({ files, file, line, severity, says }) => {
    const book = loadBook({ root: tempBook(files), asOf: AS_OF, checks: bookChecks });
    expect(book.problems).toHaveLength(1);
    const [problem] = book.problems;
    expect(problem).toMatchObject({ file, severity });
    if (line !== undefined) expect(problem!.line).toBe(line);
    expect(problem!.message).toMatch(says);
  });

  it('leaves out account warnings when asked, never an error', () => {
    const root = tempBook({
      'accounts/x.yaml': edit('renewal_date: 2027-06-15', 'renewal_date: 2026-11-21'),
      'accounts/y.yaml': edit('owner: priya', 'owner: nobody'),
    });
    const all = loadBook({ root, asOf: AS_OF, checks: bookChecks });
    const errorsOnly = loadBook({ root, asOf: AS_OF, checks: bookChecks, warnings: false });
    expect(all.problems.map((p) => p.severity).sort()).toEqual(['error', 'warning']);
    expect(errorsOnly.problems).toEqual(all.problems.filter((p) => p.severity === 'error'));
    expect(errorsOnly.accounts.map((a) => a.id)).toEqual(all.accounts.map((a) => a.id));
  });

  it('a missing playbook is an error, and the accounts still load', () => {
    const root = tempBook();
    rmSync(join(root, 'playbooks', 'calendar.yaml'));
    const book = loadBook({ root, asOf: AS_OF, checks: bookChecks });
    expect(book.problems).toEqual([expect.objectContaining({ file: 'playbooks/calendar.yaml', severity: 'error', message: expect.stringMatching(/missing playbook file/) })]);
    expect(book.playbooks).toBeUndefined();
    expect(book.accounts.map((a) => a.id)).toEqual(['acme']);
  });

  it('a playbook no score reads (projects, cadences) that does not load is its error alone: the book still scores', () => {
    const withProject = `${validAccount}tasks:\n  - { title: Kickoff, project: new_customer_onboarding }\n`;
    for (const [name, field] of [['projects.yaml', 'projects'], ['cadences.yaml', 'cadences']] as const) {
      const root = tempBook({ 'accounts/x.yaml': withProject, [`playbooks/${name}`]: `${field}:\n  - id: [\n` });
      const book = loadBook({ root, asOf: AS_OF, checks: bookChecks });
      // One YAML error where the file breaks; no echo of it in the scenarios that name a project,
      // the tasks that came from one, or the agenda's cadences.
      expect(book.problems).toEqual([expect.objectContaining({ file: `playbooks/${name}`, line: 3, severity: 'error' })]);
      expect(book.playbooks?.[field]).toEqual({ [field]: [] });
      expect(book.emptied).toEqual([field]);
      expect(book.accounts.map((a) => a.id)).toEqual(['acme', 'x']);
      rmSync(join(root, 'playbooks', name));
      expect(loadBook({ root, asOf: AS_OF, checks: bookChecks }).problems.map((p) => p.message)).toEqual([`missing playbook file: every book needs playbooks/${name}`]);
    }
    // One a score reads still stops the scoring, whatever else loads.
    const book = loadBook({ root: tempBook({ 'playbooks/projects.yaml': 'projects: [\n', 'playbooks/lifecycle.yaml': 'stages: 3\n' }), asOf: AS_OF, checks: bookChecks });
    expect(book.playbooks).toBeUndefined();
    expect(book.problems.map((p) => p.file)).toEqual(['playbooks/lifecycle.yaml', 'playbooks/projects.yaml']);
  });
});

describe('the order of problems', () => {
  it('is file by file, top to bottom', () => {
    // The schema lists contract before metrics_as_of; this file has them the other way round.
    const bad = `metrics_as_of: 2026-02-31\n${validAccount.replace('metrics_as_of: 2026-11-01\n', '').replace('close_date: 2025-01-15', 'close_date: 2025-02-30')}`;
    const book = loadBook({ root: tempBook({ 'accounts/b.yaml': bad, 'accounts/a.yaml': bad }), asOf: AS_OF, checks: bookChecks });
    const lines = book.problems.map((p) => `${p.file}:${p.line}`);
    expect(lines).toEqual(['accounts/a.yaml:1', 'accounts/a.yaml:10', 'accounts/b.yaml:1', 'accounts/b.yaml:10']);
  });
});
