import { isatty } from 'node:tty';
import { compileModel, summariseBook } from '../../engine/index.js';
import { buildDashboard } from '../../review/dashboard.js';
import { openHistory } from '../../history/open-history.js';
import type { ReviewHistory } from '../../history/review-history.js';
import { currentMember, ownerOf } from '../../review/owner.js';
import { UsageError } from '../../util/errors.js';
import { plain } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { loadForCommand, type Loaded } from '../load.js';
import { dashboardText } from '../report/dashboard-text.js';

/**
 * `vitals` / `vitals review`: the weekly review, in the TUI when stdin and stdout are terminals,
 * else the dashboard printed once as text (SPEC §6).
 */
export async function review(ctx: Context, args: string[], options: { owner?: string | undefined; 'no-commit'?: boolean | undefined }): Promise<number> {
  if (args.length > 0) throw new UsageError(`review takes no arguments, got "${plain(args[0])}"`);
  // Ink and React load (their own bundle, dist/bin/tui.mjs) while the book loads.
  const tui = ctx.io.stdout.isTTY === true && isatty(0) ? import('../../tui/index.js') : undefined;
  // Awaited below only once the book has loaded: an error before that must not leave it unhandled.
  tui?.catch(() => undefined);
  const loaded = await loadForCommand(ctx);
  const { book } = loaded;
  // The current member writes the notes (any member, a TA or not); a TA's own book opens.
  const me = await currentMember(ctx.root, ctx.io.env, book.playbooks?.team);
  const owner = ownerOf(book.playbooks?.team, options.owner, me);
  // One reading of git history for the whole session: the TUI asks it for sparklines, the Changes
  // view and each account's log once its first frame is up; the text dashboard for last week only.
  const history = openHistory({ root: ctx.root, asOf: ctx.asOf, env: ctx.io.env });
  try {
    if (tui) {
      const { runTui } = await tui;
      return await runTui({ root: ctx.root, asOf: ctx.asOf, book, owner, me, color: ctx.style.color, env: ctx.io.env, stdin: process.stdin, stdout: process.stdout, history, noCommit: options['no-commit'] === true });
    }
    return await printDashboard(ctx, loaded, owner, await history.lastWeek());
  } finally {
    history.close();
  }
}

async function printDashboard(
  ctx: Context,
  loaded: Loaded,
  owner: string | undefined,
  previous: Awaited<ReturnType<ReviewHistory['lastWeek']>>,
): Promise<number> {
  const { book } = loaded;
  if (!book.playbooks) {
    // As score says it: without a model nothing is scored, whatever the book holds.
    ctx.out('nothing to review: the playbooks do not load (the errors follow)');
    loaded.reportProblems();
    return loaded.exitCode;
  }
  const dashboard = buildDashboard(book.accounts, summariseBook(book, ctx.asOf), previous?.scores, {
    model: compileModel(book.playbooks),
    asOf: ctx.asOf,
    owner,
    lastWeek: previous?.date,
  });
  ctx.out(dashboardText(ctx, dashboard));
  loaded.reportProblems();
  return loaded.exitCode;
}
