import type { DashboardRow } from '../../review/dashboard.js';

export const SORTS = ['risk', 'score', 'Δ', 'renewal', 'name'] as const;
export type SortKey = (typeof SORTS)[number];

/** Score change since last week; null without history or a score. */
export function delta(row: DashboardRow): number | null {
  return row.previousScore === null || row.score.score === null ? null : row.score.score - row.previousScore;
}

const last = (n: number | null, fallback: number) => (n === null ? fallback : n);

const ORDER: Record<Exclude<SortKey, 'risk'>, (a: DashboardRow, b: DashboardRow) => number> = {
  // Lowest first: the accounts that need a look come first whatever the sort.
  score: (a, b) => last(a.score.score, 101) - last(b.score.score, 101),
  // Biggest fall first.
  Δ: (a, b) => last(delta(a), Infinity) - last(delta(b), Infinity),
  renewal: (a, b) => a.score.days_until_renewal - b.score.days_until_renewal,
  name: (a, b) => a.score.name.localeCompare(b.score.name),
};

/**
 * The rows the Review view lists: the dashboard's risk order, narrowed by the filter (name or id,
 * any case) and re-sorted on request; ties keep the risk order.
 */
export function reviewList(rows: readonly DashboardRow[], filter: string, sort: SortKey): DashboardRow[] {
  const needle = filter.trim().toLowerCase();
  const kept = needle === '' ? [...rows] : rows.filter((r) => r.score.name.toLowerCase().includes(needle) || r.score.id.includes(needle));
  return sort === 'risk' ? kept : kept.sort(ORDER[sort]);
}
