import { addDays, summariseBook } from '../../engine/index.js';
import { gitSource } from '../../history/git-source.js';
import { commitOnOrBefore } from '../../git/git.js';
import { loadBook } from '../../load/load-book.js';
import { buildDashboard } from '../../review/dashboard.js';
import { UsageError } from '../../util/errors.js';
import { plain } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { loadForCommand } from '../load.js';
import { resolveOwner } from '../owner.js';
import { dashboardText } from '../report/dashboard-text.js';

/**
 * `vitals` / `vitals review`: the weekly review. It prints the dashboard once as text; the
 * interactive review in a terminal is its own piece of work.
 */
export async function review(ctx: Context, args: string[], options: { owner?: string | undefined }): Promise<number> {
  if (args.length > 0) throw new UsageError(`review takes no arguments, got "${plain(args[0])}"`);
  const loaded = await loadForCommand(ctx);
  const { book } = loaded;
  const owner = resolveOwner(ctx, book.playbooks?.team, options.owner);
  const lastWeek = addDays(ctx.asOf, -7);
  const previous = await scoresAt(ctx, lastWeek);
  const dashboard = buildDashboard(book.accounts, summariseBook(book, ctx.asOf), previous, {
    asOf: ctx.asOf,
    owner,
    lastWeek: previous ? lastWeek : undefined,
  });
  ctx.out(dashboardText(ctx, dashboard));
  loaded.reportProblems();
  return loaded.exitCode;
}

/** The book as committed on that date, scored at that date; undefined without such a commit. */
async function scoresAt(ctx: Context, date: string) {
  const commit = commitOnOrBefore(ctx.root, date);
  if (!commit) return undefined;
  const book = await loadBook({ root: ctx.root, asOf: date, source: gitSource(ctx.root, commit), warnings: false });
  return summariseBook(book, date);
}
