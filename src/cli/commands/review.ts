import { isatty } from 'node:tty';
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
 * `vitals` / `vitals review`: the weekly review, in the TUI when stdin and stdout are terminals,
 * else the dashboard printed once as text (SPEC §6).
 */
export async function review(ctx: Context, args: string[], options: { owner?: string | undefined }): Promise<number> {
  if (args.length > 0) throw new UsageError(`review takes no arguments, got "${plain(args[0])}"`);
  // Ink and React load (their own bundle, dist/bin/tui.mjs) while the book loads.
  const tui = ctx.io.stdout.isTTY === true && isatty(0) ? import('../../tui/index.js') : undefined;
  tui?.catch(() => undefined);
  const loaded = await loadForCommand(ctx);
  const { book } = loaded;
  const owner = resolveOwner(ctx, book.playbooks?.team, options.owner);
  if (tui) {
    const { runTui } = await tui;
    const me = options.owner === undefined ? owner : resolveOwner(ctx, book.playbooks?.team, undefined);
    return runTui({ root: ctx.root, asOf: ctx.asOf, book, owner, me, color: ctx.style.color, env: ctx.io.env, stdin: process.stdin, stdout: process.stdout });
  }
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
