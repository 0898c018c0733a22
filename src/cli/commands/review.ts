import { compileModel, summariseBook } from '../../engine/index.js';
import { buildDashboard } from '../../review/dashboard.js';
import { lastWeek } from '../../review/last-week.js';
import { resolveOwner } from '../../review/owner.js';
import { UsageError } from '../../util/errors.js';
import { plain } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { loadForCommand } from '../load.js';
import { dashboardText } from '../report/dashboard-text.js';

/**
 * `vitals` / `vitals review`: the weekly review. It prints the dashboard once as text; the
 * interactive review in a terminal is its own piece of work.
 */
export async function review(ctx: Context, args: string[], options: { owner?: string | undefined }): Promise<number> {
  if (args.length > 0) throw new UsageError(`review takes no arguments, got "${plain(args[0])}"`);
  const loaded = await loadForCommand(ctx);
  const { book } = loaded;
  const owner = await resolveOwner(ctx.root, ctx.io.env, book.playbooks?.team, options.owner);
  const previous = await lastWeek(ctx.root, ctx.io.env, ctx.asOf);
  if (!book.playbooks) {
    loaded.reportProblems();
    return loaded.exitCode;
  }
  const dashboard = buildDashboard(book.accounts, summariseBook(book, ctx.asOf), previous.scores, {
    model: compileModel(book.playbooks),
    asOf: ctx.asOf,
    owner,
    lastWeek: previous.scores ? previous.date : undefined,
  });
  ctx.out(dashboardText(ctx, dashboard));
  loaded.reportProblems();
  return loaded.exitCode;
}
