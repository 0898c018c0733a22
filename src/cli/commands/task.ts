import { readAccountFile } from '../../edit/account-file.js';
import { planEdit, withEditLock, type EditChange } from '../../edit/index.js';
import { UsageError } from '../../util/errors.js';
import { isIsoDate } from '../../util/iso-date.js';
import { plain } from '../../util/sanitize.js';
import { requireBook, type Context } from '../context.js';
import { finishEdit, type EditOptions } from '../edit-report.js';

export interface TaskOptions extends EditOptions {
  due?: string | undefined;
  done?: string | undefined;
}

/**
 * `vitals task ID TITLE [--due DATE]` adds a task; `--done N` completes the N-th (as numbered by
 * `vitals task ID`, which lists them).
 */
export function task(ctx: Context, positionals: string[], options: TaskOptions): number | Promise<number> {
  const [id, ...words] = positionals;
  if (id === undefined) throw new UsageError('give an account: vitals task acme "Send the upgrade guide" --due 2026-11-28');
  requireBook(ctx);
  if (options.done !== undefined && words.length > 0) throw new UsageError('give a title to add a task, or --done N to complete one, not both');
  if (options.done === undefined && words.length === 0) return listTasks(ctx, id);
  let change: EditChange;
  if (options.done !== undefined) {
    if (!/^\d+$/.test(options.done)) throw new UsageError(`--done takes the task's number (see vitals task ${id}), not "${plain(options.done)}"`);
    if (options.due !== undefined) throw new UsageError('--due is for a new task, not with --done');
    change = { kind: 'task-done', number: Number(options.done) };
  } else {
    if (options.due !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(options.due) && isIsoDate(options.due))) {
      throw new UsageError(`--due "${plain(options.due)}" is not a date: use YYYY-MM-DD`);
    }
    change = { kind: 'task', title: words.join(' '), due: options.due };
  }
  return withEditLock(ctx.root, ctx.io.env, () => finishEdit(ctx, planEdit({ root: ctx.root, id, asOf: ctx.asOf, changes: [change], message: options.message }), options));
}

function listTasks(ctx: Context, id: string): number {
  const tasks = readAccountFile(ctx.root, id).data.tasks ?? [];
  if (tasks.length === 0) ctx.out(`${id} has no tasks: add one with vitals task ${id} "TITLE" --due YYYY-MM-DD`);
  tasks.forEach((t, i) => {
    const due = t.due === undefined ? '' : `  due ${t.due}`;
    ctx.out(`${String(i + 1).padStart(3)}  [${t.done ? 'x' : ' '}] ${plain(t.title)}${due}`);
  });
  return 0;
}
