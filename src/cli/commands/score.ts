import { compileModel, scoreSummary, type AccountSummary, type CompiledModel } from '../../engine/index.js';
import type { Playbooks } from '../../book/book.js';
import { unknownIds } from '../select-entries.js';
import type { Context } from '../context.js';
import { loadForCommand } from '../load.js';
import { checkTa } from '../../review/owner.js';
import { oneOf } from '../options.js';
import { chunkedWriter } from '../report/chunked-writer.js';
import { csvField, table } from '../report/table.js';
import { coverage, oneDecimal, renewalDays } from '../../review/format.js';
import { verifyCommit } from '../../git/git.js';
import { plain, safeJson } from '../../util/sanitize.js';

export interface ScoreOptions {
  format?: string | undefined;
  owner?: string | undefined;
  rev?: string | undefined;
}

/** `vitals score [ID...]`: every account's score, colour, stage and scenarios at the as-of date. */
export async function score(ctx: Context, ids: string[], options: ScoreOptions): Promise<number> {
  const format = oneOf('--format', options.format ?? 'table', ['table', 'json', 'csv'] as const);
  // The whole book into a pipe or file is written as it is scored, a chunk at a time: 10,000
  // accounts held until the end (13 MB of JSON, joined, then encoded) doubled the memory and cost
  // more than the scoring. With ids or --owner, which are checked after loading, nothing is written
  // before they are.
  const whole = ids.length === 0 && options.owner === undefined;
  const stream = whole && (format === 'csv' || (format === 'json' && ctx.io.stdout.isTTY !== true)) ? chunkedWriter(ctx.io.stdout) : undefined;
  // The revision is verified before the book is read, so that JSON can open with its commit.
  const commit = options.rev === undefined ? undefined : await verifyCommit(ctx.root, ctx.io.env, options.rev);
  const head = { as_of: ctx.asOf, ...(options.rev === undefined ? {} : { rev: options.rev, commit }) };
  const jsonStart = `${safeJson(head, 0).slice(0, -1)},"accounts":[`;
  const wanted = new Set(ids);
  const seen = new Set<string>();
  const rows: AccountSummary[] = [];
  let written = 0;
  let model: CompiledModel | undefined;
  const loaded = await loadForCommand(ctx, commit, {
    keepAccounts: false,
    onAccount(entry, playbooks) {
      seen.add(entry.id);
      if (!playbooks || (wanted.size > 0 && !wanted.has(entry.id)) || (options.owner !== undefined && entry.data.owner !== options.owner)) return;
      model ??= compileModel(playbooks);
      // No explanation is made: for 10,000 accounts it cost as much as the scoring itself.
      const summary = scoreSummary(model, entry, ctx.asOf);
      if (!stream) rows.push(summary);
      else if (format === 'csv') stream.write(`${written++ === 0 ? `${csvHeader(playbooks)}\n` : ''}${csvRow(summary)}\n`);
      // An array's JSON is its elements' JSON joined by commas: the same bytes as ctx.json of the whole.
      else stream.write(`${written++ === 0 ? jsonStart : ','}${safeJson(summary, 0)}`);
    },
  });
  const { book } = loaded;
  if (options.owner !== undefined) checkTa(book.playbooks?.team, options.owner);
  const unknown = unknownIds(ids, seen, book.problems);
  if (stream && format === 'csv') stream.write(written === 0 ? `${csvHeader(book.playbooks)}\n` : '');
  else if (stream) stream.write(`${written === 0 ? jsonStart : ''}]}\n`);
  if (stream) stream.flush();
  else if (format === 'csv') ctx.out([csvHeader(book.playbooks), ...rows.map(csvRow)].join('\n'));
  else if (format === 'json') ctx.json({ ...head, accounts: rows });
  else {
    if (commit !== undefined) ctx.out(`the book at ${plain(options.rev)} (commit ${commit.slice(0, 12)}), as of ${ctx.asOf}`);
    // Without a model nothing is scored, whatever the book holds: not "no accounts".
    ctx.out(book.playbooks ? scoreTable(ctx, rows) : 'nothing scored: the playbooks do not load (the errors follow)');
  }
  for (const message of unknown) ctx.io.stderr.write(`vitals: ${message}\n`);
  loaded.reportProblems(ids);
  return unknown.length > 0 ? 1 : loaded.exitCode;
}


function scoreTable(ctx: Context, scores: AccountSummary[]): string {
  if (scores.length === 0) return 'no accounts';
  const rows = scores.map((s) => [
    s.id,
    s.owner,
    s.stage ?? '-',
    s.color,
    oneDecimal(s.score),
    coverage(s.coverage),
    renewalDays(s.days_until_renewal),
    String(s.scenarios.length),
  ]);
  const header = ['account', 'owner', 'stage', 'colour', 'score', 'coverage', 'renews', 'scenarios'];
  return table(header, rows, (row, col, text) => (col === 3 ? ctx.style.health(scores[row]!.color) : text));
}

function csvHeader(playbooks: Playbooks | undefined): string {
  const categories = playbooks?.health.categories.map((c) => c.id) ?? [];
  const header = ['id', 'name', 'owner', 'segment', 'effective_segment', 'stage', 'score', 'color', 'coverage', 'days_until_renewal'];
  return [...header, ...categories.map((c) => `${c}_score`), 'scenarios'].map(csvField).join(',');
}

function csvRow(s: AccountSummary): string {
  const fields = [s.id, s.name, s.owner, s.segment, s.effective_segment, s.stage, s.score, s.color, s.coverage, s.days_until_renewal];
  for (const category of Object.values(s.categories)) fields.push(category.score);
  fields.push(s.scenarios.join(' '));
  return fields.map(csvField).join(',');
}
