import type { Playbooks } from '../../book/book.js';
import type { Account, Metric } from '../../types/schema.js';
import { dayNumber } from '../dates/day-number.js';
import { BUILTINS } from './builtins.js';
import { manualTraits } from './manual-traits.js';
import { GENERATED_MAX_AGE_DAYS } from './name-resolvers.js';
import { PREDICATE_KEYS } from './predicate-test.js';

/** A date of the account that scoring counts days from, and the offsets from it where a count meets a bound. */
export interface DateStep {
  date: (account: Account) => unknown;
  /** Sorted. */
  offsets: number[];
}

/** Counted from the as-of date: how a value's count of days is made, from which date of the account. */
type Count = { source: string; sign: 1 | -1 };

/**
 * Where time alone can move an account's colour under this model: for each date of an account the
 * colour counts days from, the day offsets at which a test of that count may change its answer.
 * null when the colour may move on any day: a count interpolated, or divided in a ratio.
 *
 * The as-of date reaches the colour only as whole days counted from a date of the account — a
 * `days_since`/`days_until` metric of a trait, a `days_*` built-in, a manual trait's age against
 * its `max_age_days` and the metrics' age against 35 days (where a `stale` condition reads them),
 * an override's `until` — and each count is compared with numbers of the model (predicate
 * bounds). A comparison can change its answer only on a day the count meets a bound or passes it,
 * so between those days every test answers the same, and the score and colour stay the same.
 * Only what colours an account is read: the health model, lifecycle stages and segments.
 */
export function dateSteps(playbooks: Playbooks): DateStep[] | null {
  const health = playbooks.health;
  const metrics = health.metrics ?? {};
  const bounds = new Map<string, Count & { bounds: Set<number> }>();
  let anyDay = false;

  const visiting = new Set<string>();
  /** How a name's value is counted from the as-of date, if it is (a ratio over a count makes `anyDay`). */
  const countOf = (name: string): Count | undefined => {
    if (Object.hasOwn(BUILTINS, name)) {
      if (name === 'days_until_renewal') return { source: 'renewal', sign: -1 };
      if (name === 'days_since_close') return { source: 'close', sign: 1 };
      return name === 'days_until_close' ? { source: 'close', sign: -1 } : undefined;
    }
    const metric: Metric | undefined = Object.hasOwn(metrics, name) ? metrics[name] : undefined;
    if (metric === undefined || visiting.has(name)) return undefined;
    // In the order the model resolves a metric (nameResolvers): a ratio, else days since, else until.
    if (metric.ratio !== undefined) {
      visiting.add(name);
      if (metric.ratio.some((input) => countOf(input) !== undefined)) anyDay = true;
      visiting.delete(name);
      return undefined;
    }
    const from = metric.days_since ?? metric.days_until;
    // Days from a trait's date; from a built-in or a metric (a number) the count is always missing.
    if (from === undefined || Object.hasOwn(BUILTINS, from) || Object.hasOwn(metrics, from)) return undefined;
    return { source: `trait ${from}`, sign: metric.days_since !== undefined ? 1 : -1 };
  };
  const addBounds = (count: Count, predicate: unknown) => {
    const key = `${count.sign} ${count.source}`;
    const entry = bounds.get(key) ?? bounds.set(key, { ...count, bounds: new Set() }).get(key)!;
    for (const op of PREDICATE_KEYS) {
      const bound = (predicate as Record<string, unknown>)[op];
      for (const b of Array.isArray(bound) ? bound : [bound]) if (typeof b === 'number' && Number.isFinite(b)) entry.bounds.add(b);
    }
  };

  for (const name of Object.keys(metrics)) countOf(name);
  for (const category of health.categories) {
    for (const rule of category.traits) {
      const count = countOf(rule.trait);
      if (count === undefined) continue;
      if (rule.interpolate === true) anyDay = true;
      addBounds(count, rule.healthy);
      addBounds(count, rule.poor);
    }
  }
  // Every condition that can colour an account: a `{metric: NAME, ...}` leaf tests a count; a
  // `{stale: TRAIT}` leaf, the age of reviews and metrics.
  let readsStale = false;
  const conditions = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(conditions);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const count = typeof record.metric === 'string' ? countOf(record.metric) : undefined;
    if (count) addBounds(count, record);
    if (typeof record.stale === 'string') readsStale = true;
    for (const value of Object.values(record)) conditions(value);
  };
  conditions([health.guardrails, health.variants, playbooks.lifecycle, playbooks.segments]);
  if (anyDay) return null;

  const steps: DateStep[] = [...bounds.values()].map((b) => ({ date: dateOf(b.source), offsets: offsets(b.sign, b.bounds) }));
  if (readsStale) {
    for (const [trait, maxAge] of manualTraits(health)) steps.push({ date: (a) => (a.reviewed as Record<string, unknown> | undefined)?.[trait], offsets: offsets(1, [maxAge]) });
    steps.push({ date: (a) => a.metrics_as_of, offsets: offsets(1, [GENERATED_MAX_AGE_DAYS]) });
  }
  // In force through `until`: from the day after, the colour is the scored one.
  steps.push({ date: (a) => a.override?.until, offsets: offsets(-1, [0]) });
  return steps;
}

/**
 * The offsets from a date D at which a count (d - D, or D - d with sign -1) tested against one of
 * these bounds may answer differently from the day before: where it meets floor(b) or ceil(b), or
 * passes them by one, with a day to spare either side.
 */
function offsets(sign: 1 | -1, bounds: Iterable<number>): number[] {
  const found = new Set<number>();
  for (const b of bounds) {
    for (const edge of [Math.floor(b), Math.ceil(b)]) {
      for (let spare = -1; spare <= 2; spare++) found.add(sign * (edge + spare)).add(sign * (edge + spare) + 1);
    }
  }
  return [...found].sort((x, y) => x - y);
}

function dateOf(source: string): (account: Account) => unknown {
  if (source === 'renewal') return (a) => a.contract.renewal_date;
  if (source === 'close') return (a) => a.contract.close_date;
  const trait = source.slice('trait '.length);
  return (a) => (a.traits && Object.hasOwn(a.traits, trait) ? (a.traits as Record<string, unknown>)[trait] : undefined);
}

/**
 * The first day after `day` on which time alone may give this account another score or colour
 * (Infinity when none), from the model's `dateSteps`: until then, its score at `day` holds.
 */
export function nextDateStep(steps: readonly DateStep[], account: Account, day: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const { date, offsets } of steps) {
    const from = dayNumber(date(account));
    if (Number.isNaN(from)) continue;
    // The first offset that lands after `day`.
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (from + offsets[mid]! > day) hi = mid;
      else lo = mid + 1;
    }
    if (lo < offsets.length) next = Math.min(next, from + offsets[lo]!);
  }
  return next;
}
