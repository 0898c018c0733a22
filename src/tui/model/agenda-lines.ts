import type { AgendaSection, Duty, WeeklyAgenda } from '../../engine/index.js';
import { AGENDA_TITLES, traitsByAccount } from '../../review/agenda-parts.js';
import { plain } from '../../util/sanitize.js';
import { HEALTH, type Line } from '../theme.js';
import { fit } from './fit.js';
import { wrapItems } from './wrap.js';

const heading = (title: string, count: number | null, duty: Duty | null): Line => [
  { text: count === null ? title : `${title}: ${count}`, bold: true },
  ...(duty ? [{ text: `  ${plain(duty.title)}`, dim: true }] : []),
];

/** A part's heading, then a row per item (an item may take more than one line), or `none`. */
function section<T>(lines: Line[], title: string, part: Pick<AgendaSection<T>, 'items' | 'duty'>, row: (item: T) => Line | Line[]): void {
  lines.push(heading(title, part.items.length, part.duty));
  if (part.items.length === 0) lines.push([{ text: '  none', dim: true }]);
  for (const item of part.items) {
    const shown = row(item);
    for (const line of Array.isArray(shown[0]) ? (shown as Line[]) : [shown as Line]) lines.push([{ text: '  ' }, ...line]);
  }
  lines.push([]);
}

/** Where an item's text starts after the name column: the indent, the name, two spaces. */
const NAME_COLUMN = 2 + 30 + 2;

/** This week's agenda (SPEC 3.7) as lines: every part, each with its items or `none`, by the CLI's names and counts. */
export function agendaLines(agenda: WeeklyAgenda | undefined, width: number): Line[] {
  if (!agenda) return [[{ text: 'no agenda: the playbooks did not load (see 4 Problems)' }]];
  const lines: Line[] = [[{ text: `Week ${agenda.week.week} of ${agenda.week.year}: ${agenda.week.start} to ${agenda.week.end}`, bold: true }, { text: `  FY${agenda.fiscal_quarter.year} Q${agenda.fiscal_quarter.quarter}`, dim: true }], []];
  // Names in a column of their own, so dates and reasons line up.
  const who = (a: { name: string; id: string }) => fit(plain(a.name), 30);
  section(lines, AGENDA_TITLES.tasks, agenda.tasks, (t) => [{ text: `${t.overdue ? 'overdue' : 'due    '} ${t.due}  ${who(t)} ${plain(t.title)}`, bold: t.overdue }]);
  section(lines, AGENDA_TITLES.renewals, agenda.red_yellow_renewals, (r) => [
    { text: fit(`${HEALTH[r.color].glyph} ${HEALTH[r.color].word}`, 10), color: HEALTH[r.color].color },
    { text: `  ${who(r)}  renews ${r.renewal_date} (${r.days_until_renewal}d)` },
  ]);
  section(lines, AGENDA_TITLES.notContacted, agenda.not_contacted, (a) => [{ text: `${who(a)}  last ${a.last_activity} (${a.days_since_last_activity}d)` }]);
  section(lines, AGENDA_TITLES.checkIns, agenda.check_ins, (a) => [{ text: `${who(a)}  ${a.check_in}, ${a.due === null ? 'never contacted' : `due ${a.due}`}` }]);
  // Every trait shown, the list wrapped under itself rather than cut at the edge.
  section(lines, AGENDA_TITLES.traitUpdates, { items: traitsByAccount(agenda), duty: agenda.trait_updates.duty }, (r) =>
    wrapItems(plain(r.traits).split(', '), ', ', Math.max(20, width - NAME_COLUMN)).map((text, i) => [{ text: `${i === 0 ? who(r.account) : ' '.repeat(30)}  ${text}` }]),
  );
  section(lines, AGENDA_TITLES.cbrs, agenda.cbr_due, (a) => [{ text: `${who(a)}  ${a.last_cbr === null ? 'no CBR on record' : `last ${a.last_cbr}`}` }]);
  if (agenda.mbr_top3) {
    // Counted in accounts, as the CLI's table has a row for each.
    const ranked = agenda.mbr_top3.items.flatMap((o) => o.accounts.map((a, i) => ({ owner: o.owner, rank: i + 1, name: a.name })));
    section(lines, AGENDA_TITLES.mbr(agenda.mbr_top3.month), { items: ranked, duty: agenda.mbr_top3.duty }, (a) => [{ text: `${plain(a.owner)} ${a.rank}. ${plain(a.name)}` }]);
  }
  if (agenda.internal_qbr) lines.push(heading(`${AGENDA_TITLES.internalQbrs}: FY${agenda.internal_qbr.quarter.year} Q${agenda.internal_qbr.quarter.quarter} starts`, null, agenda.internal_qbr.duty), []);
  if (agenda.biweekly) {
    lines.push(heading('Bi-weekly duties', agenda.biweekly.duties.length, null));
    for (const d of agenda.biweekly.duties) lines.push([{ text: `  ${plain(d.title)}` }]);
    lines.push([]);
  }
  lines.push(heading('Duties this week', agenda.duties.length, null));
  for (const d of agenda.duties) lines.push([{ text: `  ${plain(d.title)}` }, { text: `  ${d.every}, ${d.audience}`, dim: true }]);
  return lines;
}
