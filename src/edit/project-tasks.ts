import { addDays } from '../engine/index.js';
import type { Account, Project } from '../types/schema.js';
import type { EditChange } from './plan-edit.js';

/**
 * A project template's tasks as edits (SPEC 3.6): each due on the template's anchor date (the day
 * the scenario fired, i.e. the as-of date; the close date; the renewal date) plus its offset. A
 * date that has already passed (a renewal assessment started 9 days before the renewal) is due on
 * the as-of date instead, and says so: a task created overdue is work late before it starts. All
 * of them go into one commit.
 */
export function projectTasks(project: Project, account: Account, asOf: string): EditChange[] {
  const anchor = project.anchor === 'close_date' ? account.contract.close_date : project.anchor === 'renewal_date' ? account.contract.renewal_date : asOf;
  return project.tasks.map((task) => {
    const planned = addDays(anchor, task.offset_days);
    return { kind: 'task', title: task.title, due: planned < asOf ? asOf : planned, project: project.id, ...(planned < asOf && { planned }) };
  });
}
