import { feedbackReport, type FeedbackItem, type FeedbackReport } from '../../engine/index.js';
import { UsageError } from '../../util/errors.js';
import { isIsoDate } from '../../util/iso-date.js';
import { plain, plainText } from '../../util/sanitize.js';
import { usd } from '../report/money.js';
import type { Context } from '../context.js';
import { loadForCommand } from '../load.js';
import { oneOf } from '../options.js';
import { md, mdCell, mdTable } from '../report/markdown.js';

/** `vitals feedback`: the voice of the customer across the book, by product area, newest first. */
export async function feedback(ctx: Context, args: string[], options: { since?: string | undefined; format?: string | undefined }): Promise<number> {
  const format = oneOf('--format', options.format ?? 'text', ['text', 'markdown'] as const);
  if (args.length > 0) throw new UsageError(`feedback takes no arguments, not "${plain(args[0])}"`);
  const since = options.since;
  if (since !== undefined && !isIsoDate(since)) throw new UsageError(`--since "${plain(since)}" is not a date: use YYYY-MM-DD`);
  const loaded = await loadForCommand(ctx);
  const report = feedbackReport(loaded.book, since === undefined ? { until: ctx.asOf } : { since, until: ctx.asOf });
  ctx.out(format === 'markdown' ? feedbackMarkdown(report) : feedbackText(ctx, report));
  loaded.reportProblems();
  return loaded.exitCode;
}

const status = (item: FeedbackItem) => item.status ?? 'no status';

/** "12 entries in 5 areas since 2026-10-01", or why there are none. */
function summary(report: FeedbackReport): string {
  const entries = report.areas.reduce((n, a) => n + a.items.length, 0);
  const since = report.since === null ? '' : ` since ${report.since}`;
  if (entries === 0) return `No feedback${since}.`;
  const areas = report.areas.length;
  return `${entries} ${entries === 1 ? 'entry' : 'entries'} in ${areas} ${areas === 1 ? 'area' : 'areas'}${since}, newest first.`;
}

function feedbackText(ctx: Context, report: FeedbackReport): string {
  const { style } = ctx;
  const out = [style.bold('Voice of the customer'), summary(report)];
  for (const { area, items } of report.areas) {
    out.push('', style.bold(`${plain(area)} (${items.length})`));
    for (const item of items) {
      const a = item.account;
      out.push(`  ${item.date}  ${plain(a.id)} · ${plain(a.name)} · ${usd(a.arr)} ARR · ${plain(status(item))}`);
      out.push(`    ${plainText(item.text).replace(/\n/g, '\n    ')}`);
    }
  }
  return out.join('\n');
}

function feedbackMarkdown(report: FeedbackReport): string {
  const out = ['# Voice of the customer', '', summary(report)];
  for (const { area, items } of report.areas) {
    const rows = items.map((i) => [i.date, `${mdCell(i.account.name)} (${mdCell(i.account.id)})`, usd(i.account.arr), mdCell(status(i)), mdCell(i.text)]);
    out.push('', `## ${md(area)}`, '', mdTable(['Date', 'Account', 'ARR', 'Status', 'Feedback'], rows));
  }
  return out.join('\n');
}
