import type { Condition, Predicate } from '../../types/schema.js';
import { conditionForm } from './condition-form.js';
import { describePredicate } from './describe-predicate.js';

/** A condition as one line of text, for explanations: `ce_pulse status in [poor]`. */
export function describeCondition(c: Condition): string {
  const shape = conditionForm(c);
  if ('error' in shape) return '(invalid condition)';
  const raw = c as Record<string, unknown>;
  const names = (v: unknown): string => `[${(v as unknown[]).map(String).join(', ')}]`;
  switch (shape.form) {
    case 'all':
      return (raw.all as Condition[]).map((p) => `(${describeCondition(p)})`).join(' and ') || 'always';
    case 'any':
      return (raw.any as Condition[]).map((p) => `(${describeCondition(p)})`).join(' or ') || 'never';
    case 'not':
      return `not (${describeCondition(raw.not as Condition)})`;
    case 'always':
      return 'always';
    case 'metric':
      return describePredicate(raw.metric as string, raw as Predicate);
    case 'status':
      return `${String(raw.status)} status in ${names(raw.in)}`;
    case 'category':
      return `category ${String(raw.category)} in ${names(raw.in)}`;
    case 'color':
      return `color in ${names(raw.color)}`;
    case 'stage':
      return `stage in ${names(raw.stage)}`;
    case 'segment':
      return `segment in ${names(raw.segment)}`;
    case 'flag':
      return `flag ${String(raw.flag)}`;
    case 'stale':
      return `${String(raw.stale)} is stale`;
  }
}
