import type { FiscalQuarter } from '../dates/fiscal-quarter.js';
import type { IsoWeek } from '../dates/iso-week.js';
import type { HealthColor } from '../types.js';

/** A cadence from cadences.yaml, as the agenda shows it. */
export interface Duty {
  id: string;
  title: string;
  every: string;
  audience: string;
  asks: string[];
}

export interface AgendaAccount {
  id: string;
  name: string;
  owner: string;
}

/** One agenda item kind: the duty that asks for it (null when cadences.yaml lacks it) and its rows. */
export interface AgendaSection<T> {
  duty: Duty | null;
  items: T[];
}

export interface NotContacted extends AgendaAccount {
  last_activity: string;
  days_since_last_activity: number;
}

export interface CheckInDue extends AgendaAccount {
  check_in: string;
  period_days: number;
  /** null: no contact ever logged. */
  last_activity: string | null;
  /** last_activity + period; null when never contacted. */
  due: string | null;
}

export interface TraitUpdateDue extends AgendaAccount {
  trait: string;
  /** null: never reviewed. */
  reviewed: string | null;
}

export interface RenewalAtRisk extends AgendaAccount {
  color: HealthColor;
  score: number | null;
  renewal_date: string;
  days_until_renewal: number;
}

export interface MbrCandidate extends AgendaAccount {
  arr: number;
  renewal_date: string;
  renewing_this_quarter: boolean;
  expansion_opportunity: boolean;
}

export interface CbrDue extends AgendaAccount {
  /** null: no CBR on record. */
  last_cbr: string | null;
}

export interface TaskDue extends AgendaAccount {
  /** Index in the account's `tasks`, for `vitals task --done N`. */
  index: number;
  title: string;
  due: string;
  overdue: boolean;
  project: string | null;
}

export interface WeeklyAgenda {
  as_of: string;
  /** The owner the agenda is for; null for the whole book. */
  owner: string | null;
  week: IsoWeek;
  fiscal_quarter: FiscalQuarter;
  /** Every cadence that falls in this week (see `dutiesThisWeek`), file order. */
  duties: Duty[];
  not_contacted: AgendaSection<NotContacted>;
  check_ins: AgendaSection<CheckInDue>;
  trait_updates: AgendaSection<TraitUpdateDue>;
  red_yellow_renewals: AgendaSection<RenewalAtRisk>;
  /** Only in the week holding the month's 8th: per owner, their top 3. */
  mbr_top3: (AgendaSection<{ owner: string; accounts: MbrCandidate[] }> & { month: string }) | null;
  /** Only in the first week of a fiscal quarter (the week holding its first weekday). */
  internal_qbr: { duty: Duty | null; quarter: FiscalQuarter } | null;
  cbr_due: AgendaSection<CbrDue>;
  /** Only in bi-weekly weeks: the bi-weekly cadences. */
  biweekly: { duties: Duty[]; weeks_from_anchor: number } | null;
  tasks: AgendaSection<TaskDue>;
}
