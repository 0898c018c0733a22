import type { AccountEntry } from '../../book/book.js';
import type { AccountScore } from '../../engine/index.js';
import type { LogEntry } from '../../history/review-history.js';
import { colourScore, coverage, endingToday, oneDecimal } from '../../review/format.js';
import { pointsLine } from '../../review/points.js';
import { plain, plainText } from '../../util/sanitize.js';
import { textWidth } from '../../util/text-width.js';
import { HEALTH, type Line } from '../theme.js';
import { fit } from './fit.js';
import { trendChart } from './trend-chart.js';
import { wrap, wrapIndented } from './wrap.js';

export interface DetailHistory {
  /** undefined: no history (yet). */
  weekly: ReadonlyArray<number | null> | undefined;
  log: LogEntry[] | undefined;
  /** History is being read: what is undefined is not there yet. */
  reading?: boolean;
}

const heading = (text: string): Line => [{ text, bold: true }];
const health = (color: keyof typeof HEALTH, width = 0) => ({ text: fit(`${HEALTH[color].glyph} ${HEALTH[color].word}`, width || 2 + HEALTH[color].word.length), color: HEALTH[color].color });
/** A trait's value as a person reads it: ratios to two decimals. */
const shown = (value: unknown) => (value === null ? '—' : typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : plain(String(value)));
/** Long text wrapped under an indent, as lines. */
const wrapped = (first: string, rest: string, text: string, width: number): Line[] => wrapIndented(first, rest, text, width).map((line) => [{ text: line }]);

/**
 * The detail of an account (SPEC §6), as lines: categories and traits with the rule that fired and
 * their contribution, guardrails and override, scenarios with their actions, open tasks numbered as
 * `vitals task --done N` counts them, recent notes, its health-change log and weekly trend.
 */
export function detailLines(score: AccountScore, entry: AccountEntry, problems: string[], history: DetailHistory, width: number): Line[] {
  const x = score.explanation;
  const data = entry.data;
  const about = `${score.id} · ${plain(score.owner)} · ${score.effective_segment} · ${score.stage ?? '-'}`;
  // A name too long to leave room for the rest has it on a line of its own, not cut off.
  const header: Line[] =
    textWidth(plain(score.name)) + 2 + textWidth(about) <= width
      ? [[{ text: plain(score.name), bold: true }, { text: `  ${about}`, dim: true }]]
      : [...wrap(plain(score.name), width).map((text): Line => [{ text, bold: true }]), [{ text: fit(about, width), dim: true }]];
  const lines: Line[] = [
    ...header,
    [health(score.color), { text: `  score ${colourScore(score.color, score.score)} · coverage ${coverage(score.coverage)} · ${score.days_until_renewal < 0 ? `renewal date passed ${-score.days_until_renewal}d ago` : `renews in ${score.days_until_renewal}d`} (${data.contract.renewal_date})` }],
  ];
  for (const problem of problems) lines.push(...wrapped('  ! ', '    ', plain(problem), width).map((l): Line => l.map((seg) => ({ ...seg, bold: true }))));
  lines.push([], heading('Categories and traits'));
  const name = 24;
  // Narrow: the rule that fired goes under its trait rather than being cut at the edge.
  const ruleBeside = width >= 110;
  for (const c of x.categories) {
    lines.push([{ text: `  ${fit(c.name, name + 2)} `, bold: true }, health(c.color, 10), { text: `  ${fit(oneDecimal(c.score), 5, 'right')}   weight ${c.weight}`, dim: true }]);
    for (const t of x.traits.filter((t) => t.category === c.id)) {
      const rule = { text: t.status === 'missing' ? 'no data' : plain(t.rule), dim: true };
      lines.push([
        // Two spaces between columns: a value or status of ten letters (`concerning`) still stands apart, and points up to +100.0 line up.
        { text: `    ${fit(t.trait, name)} ${fit(shown(t.value), 10)}  ${fit(t.status, 10)}  ${fit(t.status === 'missing' ? '' : `+${t.contribution.toFixed(1)}`, 6, 'right')}` },
        ...(t.manual ? [{ text: ' manual', dim: true }] : []),
        ...(t.stale ? [{ text: ' STALE', bold: true }] : []),
        ...(ruleBeside ? [{ text: '  ' }, rule] : []),
      ]);
      if (!ruleBeside) lines.push([{ text: '      ' }, rule]);
      if (t.stale && t.stale_reason) lines.push([{ text: `      stale: ${plain(t.stale_reason)}`, bold: true }]);
    }
  }
  lines.push(...wrapped('  ', '    ', pointsLine(score), width).map((l): Line => l.map((seg) => ({ ...seg, dim: true }))));
  if (x.guardrails.length > 0) {
    lines.push([], heading('Guardrails'));
    for (const g of x.guardrails) lines.push([{ text: `  when ${plain(g.when)}: at most ${g.max_color} (${g.from === g.to ? `no effect, already ${g.to}` : `${g.from} → ${g.to}`})` }]);
  }
  const flags = Object.entries(data.flags ?? {}).filter(([, v]) => v !== false && v !== null && v !== undefined);
  if (flags.length > 0) {
    lines.push([], heading('Flags'));
    for (const [name, v] of flags) {
      const detail = typeof v === 'object' ? [v.since && `since ${v.since}`, v.reason && plain(v.reason)].filter(Boolean).join(': ') : '';
      lines.push(...wrapped('  ', '    ', `${plain(name.replace(/_/g, ' '))}${detail ? ` ${detail}` : ''}`, width));
    }
  }
  if (x.override) {
    const o = x.override;
    lines.push([], heading('Override'), [{ text: `  ${o.color} until ${o.until}${o.in_force ? '' : ' (expired)'}: ${plain(o.reason)}` }]);
  }
  lines.push([], heading(`What to do (${x.scenarios.length} scenario${x.scenarios.length === 1 ? '' : 's'})`));
  if (x.scenarios.length === 0) lines.push([{ text: '  nothing: no scenario fires', dim: true }]);
  for (const s of x.scenarios) {
    lines.push(...wrap(plain(s.title), width - 4).map((line, i): Line => [{ text: `${i === 0 ? '  ' : '    '}${line}`, bold: true }]));
    if (s.project) lines.push([{ text: `    p: start the ${s.project} project`, dim: true }]);
    for (const a of s.actions) lines.push(...wrapped('    - ', '      ', plainText(a), width));
  }
  const tasks = (data.tasks ?? []).map((t, i) => ({ ...t, number: i + 1 })).filter((t) => t.done !== true);
  lines.push([], heading(`Open tasks (${tasks.length})  x: complete · t: add`));
  // Wrapped, so the due date is never what is cut; one passed is said.
  for (const t of tasks) {
    const due = t.due ? `  due ${t.due}${t.due < x.as_of ? ' (overdue)' : ''}` : '';
    lines.push(...wrapped(`  ${String(t.number).padStart(3)}  `, '       ', `${plain(t.title)}${due}`, width));
  }
  // By date, as a file edited by hand may not keep them; a day's notes in the order written.
  const notes = [...(data.notes ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-5).reverse();
  lines.push([], heading(`Recent notes (${data.notes?.length ?? 0})  n: add`));
  for (const n of notes) lines.push(...wrapped('  ', '    ', `${n.date} ${plain(n.author)}: ${plainText(n.text)}`, width));
  lines.push([], heading('Health-change log'));
  const none = history.reading ? '  reading history…' : '  no history';
  if (history.log === undefined) lines.push([{ text: none, dim: true }]);
  else if (history.log.length === 0) lines.push([{ text: '  no colour change on record', dim: true }]);
  for (const e of (history.log ?? []).slice(-8).reverse()) {
    lines.push([{ text: `  ${e.date} ` }, health(e.from), { text: ' → ' }, health(e.to), { text: `  ${e.cause}${e.author ? ` by ${plain(e.author)}` : ''}`, dim: true }]);
  }
  lines.push([], heading(history.weekly ? `Weekly score: the last ${history.weekly.length - 1} Sundays and today` : 'Weekly score'));
  if (history.weekly === undefined) lines.push([{ text: none, dim: true }]);
  else lines.push(...trendChart(endingToday(history.weekly, score)));
  return lines;
}
