import type { AccountEntry } from '../book/book.js';
import { scoreColour, type CompiledModel, type HealthColor } from '../engine/index.js';
import { colourModel } from './colour-model.js';
import type { DiffSide } from './diff-side.js';
import { changeCause } from './change-cause.js';
import { modelChanges, type ModelChange } from './model-changes.js';
import { shownChange } from '../review/format.js';

export type DiffColor = HealthColor | 'none';

export interface AccountImpact {
  id: string;
  name: string;
  before: { score: number | null; color: DiffColor };
  after: { score: number | null; color: DiffColor };
  cause: 'data' | 'model' | 'both' | 'added' | 'removed';
}

/** SPEC §4's `vitals diff --format json`, with the transition matrix counted over every account. */
export interface DiffReport {
  base: string;
  head: string | null;
  as_of: string;
  model_changes: ModelChange[];
  accounts: AccountImpact[];
  /** `matrix[from][to]`: how many accounts went from one colour to another (same colour included). */
  matrix: Record<string, Record<string, number>>;
  /** Account files that do not load on a side, so their accounts are left out: `{ base: [...], head: [...] }`. */
  unread: { base: string[]; head: string[] };
}

/**
 * The impact of a change: both sides scored at one date, so time cannot pass for a change. Listed:
 * every account whose colour changed or whose score moved by a point or more, largest move first.
 */
export function diffBooks(base: DiffSide & { commit: string }, head: DiffSide, asOf: string): DiffReport {
  const model = { before: colourModel(base.playbooks!), after: colourModel(head.playbooks!) };
  const changes = modelChanges(base.playbooks!, head.playbooks!);
  const modelChanged = changes.length > 0;
  const matrix: DiffReport['matrix'] = {};
  const accounts: AccountImpact[] = [];
  const ids = [...new Set([...base.accounts.keys(), ...head.accounts.keys()])].sort();
  for (const id of ids) {
    // A file that is there and does not load is a problem, reported as one: neither added nor removed.
    if (base.unread.has(id) || head.unread.has(id)) continue;
    const b = base.accounts.get(id);
    const h = head.accounts.get(id);
    const dataChanged = b?.data !== h?.data;
    const before = scored(model.before, b, asOf);
    // An account neither the change nor the model touched scores the same: scored once.
    const after = !dataChanged && !modelChanged ? before : scored(model.after, h, asOf);
    (matrix[before.color] ??= {})[after.color] = (matrix[before.color]?.[after.color] ?? 0) + 1;
    // A point as the scores are shown (rounded down): an account shown moving by 1.0 is listed.
    if (before.color === after.color && Math.abs(shownChange(before.score ?? 0, after.score ?? 0)) < 1) continue;
    const cause = !b ? 'added' : !h ? 'removed' : !modelChanged ? 'data' : !dataChanged ? 'model' : changeCause(before, after, scored(model.after, b, asOf), scored(model.before, h, asOf));
    accounts.push({ id, name: (h ?? b)!.data.name, before, after, cause });
  }
  accounts.sort((x, y) => shownDelta(y) - shownDelta(x) || delta(y) - delta(x) || (x.id < y.id ? -1 : 1));
  const unread = { base: [...base.unread.values()].sort(), head: [...head.unread.values()].sort() };
  return { base: base.commit, head: head.commit, as_of: asOf, model_changes: changes, accounts, matrix, unread };
}

/** How far the score moved; an account that appears or goes counts its whole score. */
export const delta = (a: AccountImpact) => Math.abs((a.after.score ?? 0) - (a.before.score ?? 0));
const shownDelta = (a: AccountImpact) => Math.abs(shownChange(a.before.score ?? 0, a.after.score ?? 0));

function scored(model: CompiledModel, entry: AccountEntry | undefined, asOf: string): AccountImpact['before'] {
  if (!entry) return { score: null, color: 'none' };
  return scoreColour(model, entry, asOf);
}
