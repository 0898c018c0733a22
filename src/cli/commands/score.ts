import { compileModel, scoreSummary, type AccountSummary, type CompiledModel } from '../../engine/index.js';
import type { AccountEntry } from '../../load/book.js';
import { UsageError } from '../../util/errors.js';
import { plain, safeJson } from '../../util/sanitize.js';
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
  // Into a pipe, each account is scored and written out as it is read, so no account outlives its
  // line: 10,000 accounts held until the end cost more in garbage collection than their scoring.
  const streamed = format === 'csv' || (format === 'json' && ctx.io.stdout.isTTY !== true);
  const wanted = new Set(ids);
  const seen = new Set<string>();
  const lines: string[] = [];
  const rows: AccountSummary[] = [];
  let model: CompiledModel | undefined;
  const loaded = loadForCommand(ctx, options.rev, {
    keepAccounts: false,
    onAccount(entry, playbooks) {
      seen.add(entry.id);
      if (!playbooks || (wanted.size > 0 && !wanted.has(entry.id)) || (options.owner !== undefined && entry.data.owner !== options.owner)) return;
      model ??= compileModel(playbooks);
      // No explanation is made: for 10,000 accounts it cost as much as the scoring itself.
      const summary = scoreSummary(model, entry, ctx.asOf);
      if (!streamed) rows.push(summary);
      else lines.push(format === 'csv' ? csvRow(summary) : safeJson(summary, 0));
    },
  });
  const { book } = loaded;
  for (const id of ids) {
    if (!seen.has(id)) throw new UsageError(`no account "${plain(id)}" in the book (or its file has errors)`);
  }
  if (options.owner !== undefined) checkOwner(book.playbooks?.team, options.owner);
  if (format === 'csv') ctx.out([csvHeader(book.playbooks?.health.categories.map((c) => c.id) ?? []), ...lines].join('\n'));
  else if (streamed) ctx.out(`{"as_of":${JSON.stringify(ctx.asOf)},"accounts":[${lines.join(',')}]}`);
  else if (format === 'json') ctx.json({ as_of: ctx.asOf, accounts: rows });
  else ctx.out(scoreTable(ctx, rows));
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

function csvHeader(categories: string[]): string {
  const header = ['id', 'name', 'owner', 'segment', 'effective_segment', 'stage', 'score', 'color', 'coverage', 'days_until_renewal'];
  return [...header, ...categories.map((c) => `${c}_score`), 'scenarios'].map(csvField).join(',');
}

function csvRow(s: AccountSummary): string {
  const fields = [s.id, s.name, s.owner, s.segment, s.effective_segment, s.stage, s.score, s.color, s.coverage, s.days_until_renewal];
  for (const category of Object.values(s.categories)) fields.push(category.score);
  fields.push(s.scenarios.join(' '));
  return fields.map(csvField).join(',');
}
