import { compileModel, scoreAccount, type AccountScore, type Explanation } from '../../engine/index.js';
import { plain, plainText } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { loadForCommand } from '../load.js';
import { oneOf } from '../options.js';
import { oneDecimal, table } from '../report/table.js';
import { selectEntries } from '../select-entries.js';
import { UsageError } from '../../util/errors.js';

/** `vitals explain ID`: why this score, trait by trait, to its colour. */
export async function explain(ctx: Context, ids: string[], options: { format?: string | undefined; rev?: string | undefined }): Promise<number> {
  const format = oneOf('--format', options.format ?? 'text', ['text', 'json'] as const);
  if (ids.length !== 1) throw new UsageError('explain takes one account id: vitals explain ID');
  const loaded = await loadForCommand(ctx, options.rev);
  const [entry] = selectEntries(loaded.book.accounts, ids, undefined, loaded.book.problems);
  const { playbooks } = loaded.book;
  if (!playbooks) {
    loaded.reportProblems();
    return loaded.exitCode;
  }
  const account = scoreAccount(compileModel(playbooks), entry!, ctx.asOf);
  if (format === 'json') ctx.json(account);
  else ctx.out(explanationText(ctx, account));
  loaded.reportProblems();
  return loaded.exitCode;
}

const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;

/** A value for people: derived ratios rounded to 4 decimals, so 0.41000000000000003 reads 0.41. */
export const showValue = (v: unknown) => (v === null || v === undefined ? '-' : typeof v === 'number' ? String(Number(v.toFixed(4))) : String(v));

export function explanationText(ctx: Context, a: AccountScore): string {
  const e = a.explanation;
  const { style } = ctx;
  const out: string[] = [
    style.bold(`${plain(a.id)}: ${plain(a.name)}`),
    `owner ${plain(a.owner)} · ${plain(a.effective_segment)} · stage ${a.stage ?? '-'} · renewal in ${a.days_until_renewal} days · as of ${e.as_of}`,
    `score ${oneDecimal(a.score)} → ${style.health(a.color)} · coverage ${percent(a.coverage)} (minimum ${percent(e.min_coverage)})${e.variant ? ` · weights of variant ${plain(e.variant)}` : ''}`,
    '',
    style.bold('Categories'),
    table(
      ['category', 'weight', 'share', 'score', 'colour'],
      e.categories.map((c) => [c.name, String(c.weight), percent(c.effective_share), oneDecimal(c.score), c.color]),
      (row, col, text) => (col === 4 ? style.health(e.categories[row]!.color) : text),
    ),
    '',
    style.bold('Traits'),
    table(
      ['trait', 'value', 'rule', 'status', 'score', 'share', 'points'],
      e.traits.map((t) => [
        `${t.trait}${t.stale ? ' (stale)' : ''}`,
        showValue(t.value),
        t.rule,
        t.status,
        oneDecimal(t.score),
        percent(t.effective_share),
        t.status === 'missing' ? '-' : t.contribution.toFixed(1),
      ]),
    ),
    `points add up to the score: ${oneDecimal(e.traits.reduce((sum, t) => sum + t.contribution, 0))}`,
    '',
    ...colourSteps(ctx, e),
  ];
  if (e.stale.length > 0) {
    out.push('', style.bold('Stale'));
    for (const t of e.traits.filter((t) => t.stale)) out.push(`  ${t.trait}: ${plain(t.stale_reason ?? 'stale')}`);
  }
  out.push('', style.bold('Scenarios'));
  if (e.scenarios.length === 0) out.push('  none: nothing asks for action this week');
  for (const s of e.scenarios) {
    out.push(`  ${plain(s.id)}: ${plain(s.title)}${s.project ? ` (project: ${plain(s.project)})` : ''}`);
    for (const action of s.actions) out.push(`    - ${plainText(action).replace(/\n/g, '\n      ')}`);
  }
  return out.join('\n');
}

function colourSteps(ctx: Context, e: Explanation): string[] {
  const { style } = ctx;
  const lines = [style.bold('Colour'), `  from the score and coverage: ${style.health(e.score_color)}`];
  for (const g of e.guardrails) {
    lines.push(`  guardrail ${plain(g.when)} caps at ${g.max_color}: ${style.health(g.from)} → ${style.health(g.to)}${g.reason ? ` (${plain(g.reason)})` : ''}`);
  }
  if (e.override) {
    const o = e.override;
    lines.push(
      o.in_force
        ? `  override until ${o.until}: ${style.health(e.guarded_color)} → ${style.health(o.color)} (${plain(o.reason)})`
        : `  override to ${o.color} expired on ${o.until}: not applied`,
    );
  }
  return lines;
}
