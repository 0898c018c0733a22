import { describe, expect, it } from 'vitest';
import { planEdit } from '../../src/edit/index.js';
import { projectTasks } from '../../src/edit/project-tasks.js';
import { bookChecks } from '../../src/engine/index.js';
import { loadBook } from '../../src/load/load-book.js';
import { validAccount } from '../helpers/book.js';
import { gitBook } from './git-book.js';

// acme renewing on 2027-05-01, 160 days after this as-of date: the -180 day task's date has passed.
const AS_OF = '2026-11-22';
const acme = validAccount.replace('renewal_date: 2027-06-15', 'renewal_date: 2027-05-01');

function renewalProject(dir: string) {
  const book = loadBook({ root: dir, asOf: AS_OF, checks: bookChecks, warnings: false });
  const project = book.playbooks!.projects.projects.find((p) => p.id === 'renewal_health_assessment')!;
  return { book, project };
}

describe('a project started late', () => {
  it('is due on the as-of date where the template date has passed, and says which date that was', () => {
    const dir = gitBook({ 'accounts/acme.yaml': acme });
    const { book, project } = renewalProject(dir);
    const tasks = projectTasks(project, book.accounts[0]!.data, AS_OF);
    expect(tasks.map((t) => (t.kind === 'task' ? [t.due, t.planned] : []))).toEqual([
      ['2026-11-22', '2026-11-02'],
      ['2027-01-01', undefined],
      ['2027-01-08', undefined],
    ]);
  });

  it('commits with the project named in the subject and every title whole in the body', () => {
    const dir = gitBook({ 'accounts/acme.yaml': acme });
    const { book, project } = renewalProject(dir);
    const plan = planEdit({ root: dir, id: 'acme', asOf: AS_OF, changes: projectTasks(project, book.accounts[0]!.data, AS_OF) });
    const [subject, , ...body] = plan.message.split('\n');
    expect(subject).toBe('acme: project Renewal health assessment (3 tasks)');
    expect(body.slice(0, 3)).toEqual([
      "- task \"Bring manual traits up to date so the health colour is right\" due 2026-11-22 (the template's 2026-11-02 has passed)",
      '- task "Complete the renewal health assessment with the AE" due 2027-01-01',
      '- task "Review with the TA and AE managers and agree the rating (green or yellow/red)" due 2027-01-08',
    ]);
    // The screen's lines may be shortened; the record is not.
    expect(plan.changes[2]).toMatch(/…" due 2027-01-08$/);
  });
});
