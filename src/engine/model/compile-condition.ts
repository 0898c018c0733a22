import type { Condition, Predicate } from '../../types/schema.js';
import { effectiveSegment } from '../score/effective-segment.js';
import { lifecycleStage } from '../score/lifecycle-stage.js';
import type { Test, ValueOf } from './compiled-model.js';
import { conditionForm } from './condition-form.js';
import { predicateTest } from './predicate-test.js';

/** What a condition's names resolve to while compiling. */
export interface ConditionScope {
  valueOf: (name: string) => ValueOf;
  staleOf: (name: string) => Test;
  traitIndex: ReadonlyMap<string, number>;
  categoryIndex: ReadonlyMap<string, number>;
  /** Inside segments.yaml `segment` means the assigned segment. */
  assignedSegment: boolean;
}

const never: Test = () => false;
const always: Test = () => true;

/**
 * A condition (SPEC 3.2) as one closure over an account's facts, built once per model. An invalid
 * condition never holds; `checkModel` reports it.
 */
export function compileCondition(c: Condition, scope: ConditionScope): Test {
  const shape = conditionForm(c);
  if ('error' in shape) return never;
  const raw = c as Record<string, unknown>;
  switch (shape.form) {
    case 'all': {
      const parts = (raw.all as Condition[]).map((p) => compileCondition(p, scope));
      return (f) => {
        for (const p of parts) if (!p(f)) return false;
        return true;
      };
    }
    case 'any': {
      const parts = (raw.any as Condition[]).map((p) => compileCondition(p, scope));
      return (f) => {
        for (const p of parts) if (p(f)) return true;
        return false;
      };
    }
    case 'not': {
      const inner = compileCondition(raw.not as Condition, scope);
      return (f) => !inner(f);
    }
    case 'always':
      return always;
    case 'metric': {
      const value = scope.valueOf(raw.metric as string);
      const test = predicateTest(raw as Predicate);
      return (f) => {
        const v = value(f);
        return v !== undefined && test(v);
      };
    }
    case 'status': {
      const index = scope.traitIndex.get(raw.status as string);
      if (index === undefined) return never;
      const wanted = new Set(raw.in as unknown[]);
      return (f) => wanted.has(f.status[index]);
    }
    case 'category': {
      const index = scope.categoryIndex.get(raw.category as string);
      if (index === undefined) return never;
      const wanted = new Set(raw.in as unknown[]);
      return (f) => wanted.has(f.categoryColor[index]);
    }
    case 'color': {
      const wanted = new Set(raw.color as unknown[]);
      return (f) => wanted.has(f.color);
    }
    case 'stage': {
      const wanted = new Set(raw.stage as unknown[]);
      return (f) => wanted.has(lifecycleStage(f));
    }
    case 'segment': {
      const wanted = new Set(raw.segment as unknown[]);
      return scope.assignedSegment
        ? (f) => wanted.has(f.account.segment)
        : (f) => wanted.has(effectiveSegment(f));
    }
    case 'flag': {
      const name = raw.flag as string;
      return (f) => {
        // Own keys only: a flag named `constructor` must not find Object.prototype's.
        const flag = Object.hasOwn(f.flags, name) ? f.flags[name] : undefined;
        return flag !== undefined && flag !== null && flag !== false;
      };
    }
    case 'stale':
      return scope.staleOf(raw.stale as string);
  }
}
