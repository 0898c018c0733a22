import type { AccountEntry } from '../book/book.js';
import { daysBetween, renewalAtRisk, scoreAccount, type AccountSummary, type CompiledModel, type HealthColor } from '../engine/index.js';
import { rowMarks, type RowMark } from './marks.js';

/** One row of the weekly review: an account's health now, its move since last week, and its risk. */
export interface DashboardRow {
  score: AccountSummary;
  /** What the row calls the account: its name, with the id when another row has the same name. */
  name: string;
  /** Score a week earlier (null: no score then, or no history). */
  previousScore: number | null;
  previousColor: HealthColor | 'none' | null;
  /** Days since the last logged contact; null when none is logged. */
  daysSinceContact: number | null;
  /** The account's flags that hold, by name. */
  flags: string[];
  /** What a TA would otherwise misread (marks.ts): a colour set by an override or guardrail, a passed renewal, ... */
  marks: RowMark[];
  /** What the Red/Yellow Renewals review covers (the engine's `renewalAtRisk`). */
  renewalAtRisk: boolean;
}

export interface Dashboard {
  asOf: string;
  owner: string | undefined;
  /** The date the "last week" figures are from; undefined without history. */
  lastWeek: string | undefined;
  counts: Record<HealthColor, number>;
  /** Colour counts a week earlier, for the header's change; undefined without history. */
  lastWeekCounts: Record<HealthColor, number> | undefined;
  rows: DashboardRow[];
}

const RISK: Record<HealthColor, number> = { red: 0, yellow: 1, unknown: 2, green: 3 };

/**
 * The weekly review (SPEC §6): the owner's accounts sorted by risk — red/yellow renewals first,
 * then by colour (red, yellow, unknown, green); within each group nearest renewal first, then
 * lowest score.
 */
export function buildDashboard(
  entries: readonly AccountEntry[],
  scores: readonly AccountSummary[],
  previous: readonly AccountSummary[] | undefined,
  options: { asOf: string; owner: string | undefined; lastWeek: string | undefined; model: CompiledModel | undefined },
): Dashboard {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const before = previous && new Map(previous.map((s) => [s.id, s]));
  const mine = scores.filter((s) => options.owner === undefined || s.owner === options.owner);
  const names = new Map<string, number>();
  for (const s of mine) names.set(s.name, (names.get(s.name) ?? 0) + 1);
  const rows = mine.map((score): DashboardRow => {
    const data = byId.get(score.id)!.data;
    const last = data.traits?.last_activity;
    const then = before?.get(score.id);
    const previousColor = before ? (then?.color ?? 'none') : null;
    return {
      score,
      name: names.get(score.name)! > 1 ? `${score.name} (${score.id})` : score.name,
      previousScore: then?.score ?? null,
      previousColor,
      // Without a model there are no scores, so no rows to mark.
      marks: options.model ? rowMarks(score, data, previousColor, options.model, () => scoreAccount(options.model!, byId.get(score.id)!, options.asOf).explanation) : [],
      daysSinceContact: last === undefined ? null : daysBetween(last, options.asOf),
      flags: Object.entries(data.flags ?? {})
        .filter(([, v]) => v !== false && v !== null && v !== undefined)
        .map(([k]) => k.replace(/_/g, ' ')),
      renewalAtRisk: renewalAtRisk(score.days_until_renewal, score.color),
    };
  });
  rows.sort(
    (a, b) =>
      Number(b.renewalAtRisk) - Number(a.renewalAtRisk) ||
      // The renewals are one group (SPEC §6): red or yellow, the nearest renewal comes first.
      (a.renewalAtRisk ? 0 : RISK[a.score.color] - RISK[b.score.color]) ||
      a.score.days_until_renewal - b.score.days_until_renewal ||
      (a.score.score ?? 101) - (b.score.score ?? 101) ||
      (a.score.id < b.score.id ? -1 : 1),
  );
  const count = (list: readonly AccountSummary[]) => {
    const counts: Record<HealthColor, number> = { red: 0, yellow: 0, green: 0, unknown: 0 };
    for (const s of list) counts[s.color]++;
    return counts;
  };
  const ids = new Set(mine.map((s) => s.id));
  return {
    asOf: options.asOf,
    owner: options.owner,
    lastWeek: options.lastWeek,
    counts: count(mine),
    // Without a model nothing is scored today: no count moved, whatever last week's were.
    lastWeekCounts: previous && options.model && count(previous.filter((s) => ids.has(s.id) || options.owner === undefined || s.owner === options.owner)),
    rows,
  };
}
