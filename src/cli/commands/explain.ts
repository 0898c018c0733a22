import { compileModel, scoreAccount, type AccountScore, type Explanation } from '../../engine/index.js';
import { plain, plainText } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { loadForCommand } from '../load.js';
import { oneOf } from '../options.js';
import { textWidth } from '../../util/text-width.js';
import { table } from '../report/table.js';
import { truncate, wrap } from '../report/fit.js';
import { coverage, oneDecimal, percent, renewalDays } from '../../review/format.js';
import { pointsLine } from '../../review/points.js';
import { unknownIds } from '../select-entries.js';
import { UsageError } from '../../util/errors.js';

/** `vitals explain ID`: why this score, trait by trait, to its colour. */
export async function explain(ctx: Context, ids: string[], options: { format?: string | undefined; rev?: string | undefined }): Promise<number> {
  const format = oneOf('--format', options.format ?? 'text', ['text', 'json'] as const);
  if (ids.length !== 1) throw new UsageError('explain takes one account id: vitals explain ID');
  const loaded = await loadForCommand(ctx, options.rev);
  const [unknown] = unknownIds(ids, new Set(loaded.book.accounts.map((e) => e.id)), loaded.book.problems);
  if (unknown) {
    // As score says it (exit 1), and a file with errors shows them: where, not only "run vitals validate".
    ctx.io.stderr.write(`vitals: ${unknown}\n`);
    loaded.reportProblems(ids);
    return 1;
  }
  const entry = loaded.book.accounts.find((e) => e.id === ids[0]);
  const { playbooks } = loaded.book;
  if (!playbooks) {
    loaded.reportProblems(ids);
    return loaded.exitCode;
  }
  const account = scoreAccount(compileModel(playbooks), entry!, ctx.asOf);
  if (format === 'json') ctx.json(account);
  else ctx.out(explanationText(ctx, account));
  loaded.reportProblems(ids);
  return loaded.exitCode;
}


/** A value for people: derived ratios rounded to 4 decimals, so 0.41000000000000003 reads 0.41. */
export const showValue = (v: unknown) => (v === null || v === undefined ? '-' : typeof v === 'number' ? String(Number(v.toFixed(4))) : String(v));

export function explanationText(ctx: Context, a: AccountScore): string {
  const e = a.explanation;
  const { style, width } = ctx;
  const renewal = a.days_until_renewal < 0 ? `renewal ${renewalDays(a.days_until_renewal)}` : `renews ${renewalDays(a.days_until_renewal)}`;
  const out: string[] = [
    style.bold(truncate(`${plain(a.name)} (${plain(a.id)})`, width)),
    wrap(`owner ${plain(a.owner)} · ${plain(a.effective_segment)} · stage ${a.stage ?? '-'} · ${renewal} · as of ${e.as_of}`, width, '  '),
    `score ${oneDecimal(a.score)} → ${style.health(a.color)} · coverage ${coverage(a.coverage)} (minimum ${percent(e.min_coverage)})${e.variant ? ` · weights of variant ${plain(e.variant)}` : ''}`,
    '',
    style.bold('Categories'),
    table(
      ['category', 'weight', 'share', 'score', 'colour'],
      e.categories.map((c) => [c.name, String(c.weight), percent(c.effective_share), oneDecimal(c.score), c.color]),
      (row, col, text) => (col === 4 ? style.health(e.categories[row]!.color) : text),
      width,
    ),
    '',
    style.bold('Traits'),
    traitTable(ctx, e),
    wrap(pointsLine(a, '; exact in --format json'), width, '  '),
    '',
    ...colourSteps(ctx, e),
  ];
  if (e.stale.length > 0) {
    out.push('', style.bold('Stale'));
    for (const t of e.traits.filter((t) => t.stale)) out.push(wrap(`  ${t.trait}: ${plain(t.stale_reason ?? 'stale')}`, width, '    '));
  }
  out.push('', style.bold('Scenarios'));
  if (e.scenarios.length === 0) out.push('  none: nothing asks for action this week');
  for (const s of e.scenarios) {
    const project = s.project === null ? '' : s.project_started ? ` (project ${plain(s.project)}: under way)` : ` (project: ${plain(s.project)})`;
    out.push(wrap(`  ${plain(s.id)}: ${plain(s.title)}${project}`, width, '    '));
    s.actions.forEach((action, n) => {
      const [first, ...rest] = plainText(action).split('\n');
      const lines = [`${s.done[n] ? '    ✓ done: ' : '    - '}${first}`, ...rest.map((l) => `      ${l}`)];
      out.push(...lines.map((l) => wrap(l, width, '      ')));
    });
  }
  return out.join('\n');
}

/**
 * Every trait with its value, rule, status and points. The rule is the widest cell: when the
 * table would not fit the terminal, each rule goes on its own line under its trait.
 */
function traitTable(ctx: Context, e: Explanation): string {
  const row = (t: Explanation['traits'][number]) => [
    `${t.trait}${t.stale ? ' (stale)' : ''}`,
    showValue(t.value),
    t.status,
    oneDecimal(t.score),
    percent(t.effective_share),
    t.status === 'missing' ? '-' : t.contribution.toFixed(1),
  ];
  const header = ['trait', 'value', 'status', 'score', 'share', 'points'];
  const wide = table([...header.slice(0, 2), 'rule', ...header.slice(2)], e.traits.map((t) => [...row(t).slice(0, 2), t.rule, ...row(t).slice(2)]));
  if (wide.split('\n').every((line) => textWidth(line) <= ctx.width)) return wide;
  const [head, ...lines] = table(header, e.traits.map(row), undefined, ctx.width).split('\n');
  return [head!, ...lines.flatMap((line, i) => [line, wrap(`    ${plain(e.traits[i]!.rule)}`, ctx.width, '      ')])].join('\n');
}

function colourSteps(ctx: Context, e: Explanation): string[] {
  const { style } = ctx;
  const lines = [style.bold('Colour'), `  from the score and coverage: ${style.health(e.score_color)}`];
  for (const g of e.guardrails) {
    const effect = g.from === g.to ? `no effect, already ${style.health(g.to)}` : `${style.health(g.from)} → ${style.health(g.to)}`;
    lines.push(`  guardrail ${plain(g.when)} caps at ${g.max_color}: ${effect}${g.reason ? ` (${plain(g.reason)})` : ''}`);
  }
  if (e.override) {
    const o = e.override;
    lines.push(
      o.in_force
        ? `  override until ${o.until}: ${style.health(e.guarded_color)} → ${style.health(o.color)} (${plain(o.reason)})`
        : `  override to ${o.color} expired on ${o.until}: not applied`,
    );
  }
  return lines.map((line) => wrap(line, ctx.width, '    '));
}
