import { compileModel, scoreSummary, type AccountSummary } from '../../engine/index.js';
import type { AccountEntry } from '../../load/book.js';
import { UsageError } from '../../util/errors.js';
import { plain } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { loadForCommand } from '../load.js';
import { checkOwner } from '../owner.js';
import { oneOf } from '../options.js';
import { csvField, oneDecimal, table } from '../report/table.js';

export interface ScoreOptions {
  format?: string | undefined;
  owner?: string | undefined;
  rev?: string | undefined;
}

/** `vitals score [ID...]`: every account's score, colour, stage and scenarios at the as-of date. */
export function score(ctx: Context, ids: string[], options: ScoreOptions): number {
  const format = oneOf('--format', options.format ?? 'table', ['table', 'json', 'csv'] as const);
  const loaded = loadForCommand(ctx, options.rev);
  const { book } = loaded;
  if (options.owner !== undefined) checkOwner(book.playbooks?.team, options.owner);
  const model = book.playbooks && compileModel(book.playbooks);
  // No explanation is made: for 10,000 accounts it cost as much as the scoring itself.
  const scores = model ? selectEntries(book.accounts, ids, options.owner).map((e) => scoreSummary(model, e, ctx.asOf)) : [];
  if (format === 'json') {
    ctx.json({ as_of: ctx.asOf, accounts: scores });
  } else if (format === 'csv') {
    ctx.out(toCsv(scores));
  } else {
    ctx.out(scoreTable(ctx, scores));
  }
  loaded.reportProblems();
  return loaded.exitCode;
}

/** The accounts asked for, by id and owner; an id that is not in the book is a usage error. */
export function selectEntries(entries: AccountEntry[], ids: string[], owner: string | undefined): AccountEntry[] {
  const known = new Set(entries.map((e) => e.id));
  for (const id of ids) {
    if (!known.has(id)) throw new UsageError(`no account "${plain(id)}" in the book (or its file has errors)`);
  }
  const wanted = new Set(ids);
  return entries.filter((e) => (ids.length === 0 || wanted.has(e.id)) && (owner === undefined || e.data.owner === owner));
}

function scoreTable(ctx: Context, scores: AccountSummary[]): string {
  if (scores.length === 0) return 'no accounts';
  const rows = scores.map((s) => [
    s.id,
    s.owner,
    s.stage ?? '-',
    s.color,
    oneDecimal(s.score),
    `${Math.round(s.coverage * 100)}%`,
    String(s.days_until_renewal),
    String(s.scenarios.length),
  ]);
  const header = ['account', 'owner', 'stage', 'colour', 'score', 'coverage', 'renewal in', 'scenarios'];
  return table(header, rows, (row, col, text) => (col === 3 ? ctx.style.health(scores[row]!.color) : text));
}

function toCsv(scores: AccountSummary[]): string {
  const categories = scores[0] ? Object.keys(scores[0].categories) : [];
  const header = ['id', 'name', 'owner', 'segment', 'effective_segment', 'stage', 'score', 'color', 'coverage', 'days_until_renewal', ...categories.map((c) => `${c}_score`), 'scenarios'];
  const rows = scores.map((s) => [
    s.id, s.name, s.owner, s.segment, s.effective_segment, s.stage, s.score, s.color, s.coverage, s.days_until_renewal,
    ...categories.map((c) => s.categories[c]?.score ?? null),
    s.scenarios.join(' '),
  ]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n');
}
