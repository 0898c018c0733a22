import type { Metric } from '../../types/schema.js';
import { dayNumber } from '../dates/day-number.js';
import { BUILTINS } from './builtins.js';
import type { Test, ValueOf } from './compiled-model.js';

/** Generated traits are stale when the export they came from is older than this (SPEC 3.1(6)). */
export const GENERATED_MAX_AGE_DAYS = 35;


const missing: ValueOf = () => undefined;
const never: Test = () => false;

/**
 * Resolves a name — built-in, derived metric, or raw trait, in that order — to a value reader and
 * a staleness test, each built once and cached. A metric that refers back to itself is missing.
 */
export function nameResolvers(
  metrics: Readonly<Record<string, Metric>>,
  manual: ReadonlyMap<string, number>,
): { valueOf: (name: string) => ValueOf; staleOf: (name: string) => Test } {
  const valueOf = resolvedOnce((name) => buildValue(name), missing);
  const staleOf = resolvedOnce((name) => buildStale(name), never);

  const metricOf = (name: string): Metric | undefined => (Object.hasOwn(metrics, name) ? metrics[name] : undefined);
  const inputsOf = (m: Metric): string[] => m.ratio ?? [m.days_since ?? m.days_until ?? ''];


  function buildValue(name: string): ValueOf {
    if (Object.hasOwn(BUILTINS, name)) return BUILTINS[name]!;
    const metric = metricOf(name);
    if (metric === undefined) return rawTrait(name);
    if (metric.ratio !== undefined) return ratio(valueOf(metric.ratio[0]), valueOf(metric.ratio[1]));
    if (metric.days_since !== undefined) return daysFrom(valueOf(metric.days_since), -1);
    if (metric.days_until !== undefined) return daysFrom(valueOf(metric.days_until), 1);
    return missing;
  }


  function buildStale(name: string): Test {
    if (Object.hasOwn(BUILTINS, name)) return never;
    const value = valueOf(name);
    const maxAge = manual.get(name);
    if (maxAge !== undefined) {
      return (f) => {
        if (value(f) === undefined) return false;
        const reviewed = dayNumber(f.reviewed[name]);
        return Number.isNaN(reviewed) || f.asOf - reviewed > maxAge;
      };
    }
    const metric = metricOf(name);
    if (metric !== undefined) {
      const inputs = inputsOf(metric).map(staleOf);
      return (f) => {
        if (value(f) === undefined) return false;
        for (const input of inputs) if (input(f)) return true;
        return false;
      };
    }
    return (f) => value(f) !== undefined && f.asOf - f.metricsAsOf > GENERATED_MAX_AGE_DAYS;
  }

  return { valueOf, staleOf };
}

function rawTrait(name: string): ValueOf {
  return (f) => {
    const v = f.traits[name];
    return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : undefined;
  };
}

/** numerator / denominator; missing on an absent numerator or a zero or absent denominator. */
function ratio(numerator: ValueOf, denominator: ValueOf): ValueOf {
  return (f) => {
    const d = denominator(f);
    if (typeof d !== 'number' || d === 0) return undefined;
    const n = numerator(f);
    return typeof n === 'number' ? n / d : undefined;
  };
}

/** Whole days between the as-of date and a date value; `sign` -1 for days since, 1 for days until. */
function daysFrom(date: ValueOf, sign: 1 | -1): ValueOf {
  return (f) => {
    const day = dayNumber(date(f));
    if (Number.isNaN(day)) return undefined;
    return sign === 1 ? day - f.asOf : f.asOf - day;
  };
}

/**
 * A resolver that builds each name once and answers `onCycle` for a name that refers back to
 * itself (a metric defined through itself), rather than recursing forever.
 */
function resolvedOnce<T>(build: (name: string) => T, onCycle: T): (name: string) => T {
  const built = new Map<string, T>();
  const visiting = new Set<string>();
  return (name) => {
    const known = built.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return onCycle;
    visiting.add(name);
    const result = build(name);
    visiting.delete(name);
    built.set(name, result);
    return result;
  };
}
