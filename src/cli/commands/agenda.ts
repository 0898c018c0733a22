import { summariseBook, weeklyAgenda, type Duty, type HealthColor, type WeeklyAgenda } from '../../engine/index.js';
import type { Team } from '../../types/schema.js';
import { UsageError } from '../../util/errors.js';
import { plain, plainText } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { loadForCommand } from '../load.js';
import { oneOf } from '../options.js';
import { AGENDA_TITLES, traitsByAccount } from '../../review/agenda-parts.js';
import { resolveOwner } from '../../review/owner.js';
import { md, mdCell, mdTable } from '../report/markdown.js';
import { table } from '../report/table.js';
import { colourScore } from '../../review/format.js';
import { usd } from '../report/money.js';

/** A table cell: data text, or a health colour (painted in the terminal, always the word). */
type Cell = string | { health: HealthColor };

/** One part of the agenda, the same for the terminal and for markdown. */
interface Section {
  title: string;
  duty: Duty | null;
  /** A line under the title, for parts that are a date rather than a list (internal QBRs). */
  note?: string;
  columns: string[];
  rows: Cell[][];
}

/** `vitals agenda`: this week's agenda (SPEC 3.7) for the user's book, or --owner's, or everyone's. */
export async function agenda(ctx: Context, args: string[], options: { owner?: string | undefined; format?: string | undefined }): Promise<number> {
  const format = oneOf('--format', options.format ?? 'text', ['text', 'markdown'] as const);
  if (args.length > 0) throw new UsageError(`agenda takes no arguments, not "${plain(args[0])}": use --owner ID for one TA's book`);
  const loaded = await loadForCommand(ctx);
  const { book } = loaded;
  if (book.playbooks === undefined) {
    ctx.out('no agenda: the playbooks did not load');
    loaded.reportProblems();
    return 1;
  }
  const playbooks = book.playbooks;
  const owner = await resolveOwner(ctx.root, ctx.io.env, playbooks.team, options.owner);
  const week = weeklyAgenda({ accounts: book.accounts, playbooks }, ctx.asOf, {
    ...(owner === undefined ? {} : { owner }),
    scores: summariseBook(book, ctx.asOf),
  });
  const who = ownerName(week.owner, playbooks.team);
  ctx.out(format === 'markdown' ? agendaMarkdown(week, who) : agendaText(ctx, week, who));
  loaded.reportProblems();
  return loaded.exitCode;
}

function ownerName(owner: string | null, team: Team): string | null {
  if (owner === null) return null;
  const member = team.members.find((m) => m.id === owner);
  return member ? `${member.name} (${owner})` : owner;
}

const EVERY = ['daily', 'weekly', 'biweekly', 'monthly', 'bimonthly', 'quarterly'] as const;
const EVERY_LABEL: Record<string, string> = { biweekly: 'bi-weekly' };
const everyLabel = (every: string) => EVERY_LABEL[every] ?? every;
const fiscal = (w: WeeklyAgenda) => `FY${w.fiscal_quarter.year} Q${w.fiscal_quarter.quarter}`;
const weekLine = (w: WeeklyAgenda) =>
  `ISO week ${w.week.week} of ${w.week.year}: Mon ${w.week.start} – Sun ${w.week.end} · ${fiscal(w)} (${w.fiscal_quarter.start} – ${w.fiscal_quarter.end}) · as of ${w.as_of}`;
const never = (date: string | null) => date ?? 'never';

/** The agenda's parts in SPEC 3.7 order; only those with something in them. */
function sections(w: WeeklyAgenda): Section[] {
  const everyone = w.owner === null;
  // Whole-book agendas name each account's owner; one TA's agenda does not repeat their id.
  const who = (a: { id: string; name: string; owner: string }): Cell[] => (everyone ? [a.id, a.name, a.owner] : [a.id, a.name]);
  const whoColumns = everyone ? ['account', 'name', 'owner'] : ['account', 'name'];
  const out: Section[] = [
    {
      title: AGENDA_TITLES.notContacted,
      duty: w.not_contacted.duty,
      columns: [...whoColumns, 'last contact', 'days since'],
      rows: w.not_contacted.items.map((a) => [...who(a), a.last_activity, String(a.days_since_last_activity)]),
    },
    {
      title: AGENDA_TITLES.checkIns,
      duty: w.check_ins.duty,
      columns: [...whoColumns, 'check-in', 'last contact', 'due'],
      rows: w.check_ins.items.map((a) => [
        ...who(a),
        `${a.check_in} (${a.period_days} days)`,
        never(a.last_activity),
        a.due === null ? 'now: no contact logged' : a.due < w.as_of ? `${a.due} (overdue)` : a.due,
      ]),
    },
    {
      title: AGENDA_TITLES.traitUpdates,
      duty: w.trait_updates.duty,
      columns: [...whoColumns, 'traits (last reviewed)'],
      rows: traitsByAccount(w).map(({ account, traits }) => [...who(account), traits]),
    },
    {
      title: AGENDA_TITLES.renewals,
      duty: w.red_yellow_renewals.duty,
      columns: [...whoColumns, 'colour', 'score', 'renewal', 'days to renewal'],
      rows: w.red_yellow_renewals.items.map((a) => [
        ...who(a), { health: a.color }, colourScore(a.color, a.score), a.renewal_date, String(a.days_until_renewal),
      ]),
    },
  ];
  if (w.mbr_top3) {
    out.push({
      title: AGENDA_TITLES.mbr(w.mbr_top3.month),
      duty: w.mbr_top3.duty,
      columns: ['owner', 'rank', 'account', 'name', 'ARR', 'renewal', 'why'],
      rows: w.mbr_top3.items.flatMap(({ owner, accounts }) =>
        accounts.map((a, i) => [owner, String(i + 1), a.id, a.name, usd(a.arr), a.renewal_date, mbrReason(a)]),
      ),
    });
  }
  const qbr = w.internal_qbr;
  if (qbr) {
    const q = qbr.quarter;
    out.push({ title: AGENDA_TITLES.internalQbrs, duty: qbr.duty, note: `first week of FY${q.year} Q${q.quarter} (${q.start} – ${q.end})`, columns: [], rows: [] });
  }
  out.push(
    {
      title: AGENDA_TITLES.cbrs,
      duty: w.cbr_due.duty,
      columns: [...whoColumns, 'last CBR'],
      rows: w.cbr_due.items.map((a) => [...who(a), never(a.last_cbr)]),
    },
    {
      title: AGENDA_TITLES.tasks,
      duty: w.tasks.duty,
      // The number is the one `vitals task ID --done N` takes, counted from 1.
      columns: [...whoColumns, 'due', 'status', 'no.', 'task', 'project'],
      rows: w.tasks.items.map((t) => [...who(t), t.due, t.overdue ? 'overdue' : 'this week', String(t.index + 1), t.title, t.project ?? '-']),
    },
  );
  return out.filter((s) => s.rows.length > 0 || s.note !== undefined);
}

function mbrReason(a: { renewing_this_quarter: boolean; expansion_opportunity: boolean }): string {
  const why = [a.renewing_this_quarter ? 'renews this quarter' : '', a.expansion_opportunity ? 'expansion opportunity' : ''].filter(Boolean);
  return why.length > 0 ? why.join(', ') : 'ARR';
}

/** The week's recurring duties by how often they come, skipping kinds with none this week. */
function dutiesByEvery(w: WeeklyAgenda): { every: string; duties: Duty[] }[] {
  return EVERY.map((every) => ({ every, duties: w.duties.filter((d) => d.every === every) })).filter((g) => g.duties.length > 0);
}

const dutyLine = (d: Duty) => `${d.title} · ${everyLabel(d.every)}, ${d.audience}`;

function agendaText(ctx: Context, w: WeeklyAgenda, who: string | null): string {
  const { style } = ctx;
  const shown = new Set<string>();
  // Two parts can come from one duty (not contacted, check-ins): its asks are printed once.
  // Under "This week's duties" a duty sits under how often it comes, so the line does not repeat it.
  const duty = (d: Duty | null, indent: string, every = true): string[] => {
    if (d === null) return [];
    const line = plain(every ? dutyLine(d) : `${d.title} (${d.audience})`);
    if (shown.has(d.id)) return [`${indent}${line}${style.dim(': asks above')}`];
    shown.add(d.id);
    return [`${indent}${line}`, ...d.asks.map((a) => `${indent}  ${style.dim(`- ${plainText(a).replace(/\n/g, `\n${indent}    `)}`)}`)];
  };
  const out = [style.bold(who === null ? 'Agenda for the whole book' : `Agenda for ${plain(who)}`), weekLine(w)];
  const parts = sections(w);
  if (parts.length === 0) out.push('', 'Nothing due this week.');
  for (const s of parts) {
    out.push('', style.bold(s.rows.length > 0 ? `${s.title}: ${s.rows.length}` : s.title));
    if (s.note) out.push(`  ${s.note}`);
    out.push(...duty(s.duty, '  '));
    if (s.rows.length === 0) continue;
    const texts = s.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.health)));
    const grid = table(s.columns, texts, (row, col, text) => {
      const cell = s.rows[row]![col];
      return typeof cell === 'object' ? style.health(cell.health) : text;
    });
    out.push(...grid.split('\n').map((l) => `  ${l}`));
  }
  const groups = dutiesByEvery(w);
  if (groups.length > 0) out.push('', style.bold("This week's duties"));
  for (const g of groups) {
    const biweekly = g.every === 'biweekly' && w.biweekly ? ` (week ${w.biweekly.weeks_from_anchor} from the anchor)` : '';
    out.push(`  ${everyLabel(g.every)}${biweekly}`);
    for (const d of g.duties) out.push(...duty(d, '    ', false));
  }
  return out.join('\n');
}

function agendaMarkdown(w: WeeklyAgenda, who: string | null): string {
  const shown = new Set<string>();
  const duty = (d: Duty | null): string[] => {
    if (d === null) return [];
    const line = `**${mdCell(d.title)}** (${everyLabel(d.every)}, ${mdCell(d.audience)})`;
    if (shown.has(d.id)) return [`${line}: asks above.`, ''];
    shown.add(d.id);
    return [line, '', ...d.asks.map((a) => `- ${md(a)}`), ''];
  };
  const out = [`# Agenda: ${who === null ? 'whole book' : md(who)}`, '', md(weekLine(w)), ''];
  const parts = sections(w);
  if (parts.length === 0) out.push('Nothing due this week.', '');
  for (const s of parts) {
    out.push(`## ${md(s.title)}`, '');
    if (s.note) out.push(md(s.note), '');
    out.push(...duty(s.duty));
    if (s.rows.length === 0) continue;
    const rows = s.rows.map((r) => r.map((c) => (typeof c === 'string' ? mdCell(c) : c.health)));
    out.push(mdTable(s.columns.map(md), rows), '');
  }
  const groups = dutiesByEvery(w);
  if (groups.length > 0) out.push("## This week's duties", '');
  for (const g of groups) {
    const label = everyLabel(g.every);
    out.push(`### ${md(label[0]!.toUpperCase() + label.slice(1))}`, '');
    for (const d of g.duties) {
      if (shown.has(d.id)) out.push(`- **${mdCell(d.title)}** (${mdCell(d.audience)}): asks above`);
      else {
        shown.add(d.id);
        out.push(`- **${mdCell(d.title)}** (${mdCell(d.audience)})`, ...d.asks.map((a) => `  - ${md(a)}`));
      }
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
