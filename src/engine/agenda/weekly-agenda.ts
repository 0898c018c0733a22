import type { AccountEntry, Playbooks } from '../../book/book.js';
import { dayNumber } from '../dates/day-number.js';
import { dateOfDay } from '../dates/date-of-day.js';
import { fiscalQuarter } from '../dates/fiscal-quarter.js';
import { isoWeek } from '../dates/iso-week.js';
import { compileModel } from '../model/compile-model.js';
import { scoreAccount } from '../score/score-account.js';
import type { AccountSummary } from '../types.js';
import type { AgendaAccount, Duty, TaskDue, WeeklyAgenda } from './agenda-types.js';
import { weekInCalendar } from './agenda-calendar.js';
import { CHECK_IN_DAYS, DEFAULT_CHECK_IN } from './check-in-days.js';
import { dutiesThisWeek, isEven, toDuty } from './duties-this-week.js';
import { mbrTopThree } from './mbr-top-three.js';
import { notContacted } from './not-contacted.js';
import { renewalAtRisk } from './renewal-at-risk.js';

/** Manual traits not reviewed within this many days of the week's end are due an update (SPEC 3.7). */
const TRAIT_UPDATE_DAYS = 30;
const CBR_DAYS = 91;

export interface AgendaOptions {
  /** Only this owner's accounts; all accounts when absent. */
  owner?: string;
  /** The book already scored at the same as-of date, to avoid scoring it twice. */
  scores?: readonly AccountSummary[];
}

/**
 * SPEC 3.7: the agenda for the ISO week (Monday–Sunday) holding `asOf`, for one owner or the whole
 * book. "Before the week ends" means on or before its Sunday.
 */
export function weeklyAgenda(
  book: { accounts: AccountEntry[]; playbooks: Playbooks },
  asOf: string,
  options: AgendaOptions = {},
): WeeklyAgenda {
  const { playbooks } = book;
  const today = dayNumber(asOf);
  const week = isoWeek(asOf);
  const weekEnd = dayNumber(week.end);
  const when = weekInCalendar(week, playbooks.calendar);
  const startMonth = playbooks.calendar.fiscal_year_start_month;
  const quarter = fiscalQuarter(asOf, startMonth);
  const duty = dutyLookup(playbooks);
  const accounts = book.accounts.filter((a) => options.owner === undefined || a.data.owner === options.owner);
  const model = compileModel(playbooks);
  const manual = [...model.manual.keys()];
  const given = new Map((options.scores ?? []).map((s) => [s.id, s]));

  const agenda: WeeklyAgenda = {
    as_of: asOf,
    owner: options.owner ?? null,
    week,
    fiscal_quarter: quarter,
    duties: dutiesThisWeek(playbooks.cadences, when, startMonth),
    not_contacted: { duty: duty('customer_contact'), items: [] },
    check_ins: { duty: duty('customer_contact'), items: [] },
    trait_updates: { duty: duty('trait_upkeep'), items: [] },
    red_yellow_renewals: { duty: duty('red_yellow_renewals'), items: [] },
    mbr_top3:
      when.mbrMonth === null
        ? null
        : { duty: duty('mbr_top3'), month: when.mbrMonth, items: mbrTopThree(accounts, quarter) },
    internal_qbr: when.quarterStart === null ? null : { duty: duty('internal_qbr'), quarter: when.quarterStart },
    cbr_due: { duty: duty('cbr'), items: [] },
    biweekly: isEven(when.weeksFromAnchor)
      ? { duties: playbooks.cadences.cadences.filter((c) => c.every === 'biweekly').map(toDuty), weeks_from_anchor: when.weeksFromAnchor }
      : null,
    tasks: { duty: duty('task_list'), items: [] },
  };

  for (const entry of accounts) {
    const { id, data } = entry;
    const who: AgendaAccount = { id, name: data.name, owner: data.owner };
    const traits = (data.traits ?? {}) as Record<string, unknown>;
    const lastActivity = typeof traits.last_activity === 'string' ? traits.last_activity : null;
    const contactDay = dayNumber(lastActivity);
    if (notContacted(today - contactDay)) {
      agenda.not_contacted.items.push({ ...who, last_activity: lastActivity!, days_since_last_activity: today - contactDay });
    }
    const checkIn = data.check_in ?? DEFAULT_CHECK_IN;
    const period = CHECK_IN_DAYS[checkIn] ?? CHECK_IN_DAYS[DEFAULT_CHECK_IN]!;
    if (Number.isNaN(contactDay) || contactDay + period <= weekEnd) {
      const due = Number.isNaN(contactDay) ? null : dateOfDay(contactDay + period);
      agenda.check_ins.items.push({ ...who, check_in: checkIn, period_days: period, last_activity: lastActivity, due });
    }
    const reviewed = (data.reviewed ?? {}) as Record<string, unknown>;
    for (const trait of manual) {
      const on = typeof reviewed[trait] === 'string' ? (reviewed[trait] as string) : null;
      const day = dayNumber(on);
      if (Number.isNaN(day) || weekEnd - day > TRAIT_UPDATE_DAYS) agenda.trait_updates.items.push({ ...who, trait, reviewed: on });
    }
    const scored = given.get(id) ?? scoreAccount(model, entry, asOf);
    const daysToRenewal = scored.days_until_renewal;
    if (renewalAtRisk(daysToRenewal, scored.color)) {
      agenda.red_yellow_renewals.items.push({
        ...who,
        color: scored.color,
        score: scored.score,
        renewal_date: data.contract.renewal_date,
        days_until_renewal: daysToRenewal,
      });
    }
    const cbrDay = dayNumber(data.last_cbr);
    if (Number.isNaN(cbrDay) || weekEnd - cbrDay > CBR_DAYS) agenda.cbr_due.items.push({ ...who, last_cbr: data.last_cbr ?? null });
    (data.tasks ?? []).forEach((task, index) => {
      const due = dayNumber(task.due);
      if (task.done === true || Number.isNaN(due) || due > weekEnd) return;
      agenda.tasks.items.push({ ...who, index, title: task.title, due: task.due!, overdue: due < today, project: task.project ?? null });
    });
  }

  agenda.not_contacted.items.sort((a, b) => b.days_since_last_activity - a.days_since_last_activity || byId(a, b));
  agenda.check_ins.items.sort((a, b) => byDate(a.due, b.due) || byId(a, b));
  agenda.red_yellow_renewals.items.sort((a, b) => a.days_until_renewal - b.days_until_renewal || byId(a, b));
  agenda.cbr_due.items.sort((a, b) => byDate(a.last_cbr, b.last_cbr) || byId(a, b));
  agenda.tasks.items.sort(byUrgency);
  return agenda;
}

function dutyLookup(playbooks: Playbooks): (id: string) => Duty | null {
  const byId = new Map(playbooks.cadences.cadences.map((c) => [c.id, toDuty(c)]));
  return (id) => byId.get(id) ?? null;
}

/** Overdue first, then by due date, account and task order. */
function byUrgency(a: TaskDue, b: TaskDue): number {
  return Number(b.overdue) - Number(a.overdue) || byDate(a.due, b.due) || byId(a, b) || a.index - b.index;
}

/** Dates ascending, absent (never) first. */
function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function byId(a: AgendaAccount, b: AgendaAccount): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
