import { findGitDir } from '../../git/find-git-dir.js';
import { shallowCommits } from '../../git/shallow.js';
import { openHistory, type OpenHistory } from '../../history/open-history.js';
import { diskSource } from '../../load/source.js';
import { loadDocument } from '../../load/load-document.js';
import { checkTa } from '../../review/owner.js';
import type { Team } from '../../types/schema.js';
import { didYouMeanHint } from '../../util/did-you-mean.js';
import type { LogEntry } from '../../history/review-history.js';
import { UsageError } from '../../util/errors.js';
import { isIsoDate } from '../../util/iso-date.js';
import { plain } from '../../util/sanitize.js';
import { requireBook, type Context } from '../context.js';
import { oneOf } from '../options.js';
import { mdCell, mdTable } from '../report/markdown.js';
import { table } from '../report/table.js';
import { colourScore } from '../../review/format.js';
import { historyProgress } from './history-progress.js';

export interface LogOptions {
  since?: string | undefined;
  until?: string | undefined;
  account?: string | undefined;
  owner?: string | undefined;
  format?: string | undefined;
}

/** `vitals log`: the health-change log of HEAD's first-parent history (SPEC §4). */
export async function log(ctx: Context, args: string[], options: LogOptions): Promise<number> {
  const format = oneOf('--format', options.format ?? 'table', ['table', 'json', 'markdown'] as const);
  if (args.length > 0) throw new UsageError(`log takes no arguments, not "${plain(args[0])}": use --account ID`);
  for (const flag of ['since', 'until'] as const) {
    const value = options[flag];
    if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${flag} "${plain(value)}" is not a date: use YYYY-MM-DD`);
  }
  const filter = { since: options.since, until: options.until ?? ctx.asOf, account: options.account, owner: options.owner };
  if (filter.since !== undefined && filter.since > filter.until) {
    throw new UsageError(`--since ${filter.since} is after ${options.until === undefined ? 'the as-of date' : '--until'} ${filter.until}: the range is empty`);
  }
  requireBook(ctx);
  const progress = historyProgress(ctx);
  const history = openHistory({ root: ctx.root, asOf: ctx.asOf, env: ctx.io.env, onProgress: progress.update });
  const { count, json } = await history.logJson(filter);
  if (!(await history.hasHistory())) throw new UsageError(`${plain(ctx.root)} has no git history: vitals log reads the commits of HEAD`);
  if (count === 0) await checkNamed(ctx, history, filter);
  // Into a pipe or file the entries go as they were saved (compact JSON), not parsed and rewritten.
  if (format === 'json' && ctx.io.stdout.isTTY !== true) {
    progress.done();
    ctx.io.stdout.write('{"entries":');
    for (const piece of json) ctx.io.stdout.write(piece);
    ctx.io.stdout.write('}\n');
  } else {
    const entries = JSON.parse(Buffer.concat(json).toString('utf8')) as LogEntry[];
    progress.done();
    if (format === 'json') ctx.json({ entries });
    else if (format === 'markdown') ctx.out(logMarkdown(entries));
    else ctx.out(entries.length === 0 ? 'No colour changed in this range.' : logTable(ctx, entries));
  }
  const gitDir = findGitDir(ctx.root, ctx.io.env);
  if (gitDir && shallowCommits(gitDir).length > 0) {
    ctx.io.stderr.write('vitals: this clone is shallow, so the log starts where its history does, with the book as it was then: git fetch --unshallow reads the rest\n');
  }
  const problems = await history.problems();
  for (const p of problems.slice(0, 5)) {
    ctx.io.stderr.write(`vitals: at ${p.commit.slice(0, 7)} (${p.date}): ${plain(p.file)}${p.line ? `:${p.line}:${p.col}` : ''}: ${plain(p.message)}\n`);
  }
  if (problems.length > 5) ctx.io.stderr.write(`vitals: ${problems.length - 5} more problems in old commits (the last version that loaded stayed in force)\n`);
  return 0;
}

/**
 * An empty log for `--account` or `--owner`: a name the history never held is a typo, said as one,
 * not "no colour changed". An owner is also known as a member of the team (an account handed over
 * with no change of colour names its new owner in no entry).
 */
async function checkNamed(ctx: Context, history: OpenHistory, filter: { until: string; account?: string | undefined; owner?: string | undefined }): Promise<void> {
  if (filter.account === undefined && filter.owner === undefined) return;
  const named = await history.named(filter.until);
  if (filter.account !== undefined && !named.accounts.has(filter.account)) {
    throw new UsageError(`--account "${plain(filter.account)}" is no account in the history of HEAD${didYouMeanHint(filter.account, [...named.accounts])}`);
  }
  if (filter.owner !== undefined && !named.owners.has(filter.owner)) {
    const team = loadDocument(diskSource(ctx.root), 'playbooks/team.yaml', 'team').value as Team | undefined;
    if (team) checkTa(team, filter.owner);
  }
}

const changesText = (e: LogEntry) => e.changes.map((c) => `${c.trait} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`).join(', ');

function logTable(ctx: Context, entries: LogEntry[]): string {
  const rows = entries.map((e) => [e.date, e.account, `${e.from} → ${e.to}`, `${colourScore(e.from, e.score_before)} → ${colourScore(e.to, e.score_after)}`, e.cause, e.commit.slice(0, 7), e.author ?? '', changesText(e)]);
  return table(['DATE', 'ACCOUNT', 'COLOUR', 'SCORE', 'CAUSE', 'COMMIT', 'AUTHOR', 'CHANGES'], rows);
}

function logMarkdown(entries: LogEntry[]): string {
  const rows = entries.map((e) => [e.date, mdCell(e.account), `${e.from} → ${e.to}`, `${colourScore(e.from, e.score_before)} → ${colourScore(e.to, e.score_after)}`, e.cause, `\`${e.commit.slice(0, 7)}\``, mdCell(e.author ?? ''), mdCell(changesText(e))]);
  const title = '# Health score category changes';
  return entries.length === 0 ? `${title}\n\nNo colour changed in this range.` : `${title}\n\n${mdTable(['Date', 'Account', 'Colour', 'Score', 'Cause', 'Commit', 'Author', 'Changes'], rows)}`;
}
