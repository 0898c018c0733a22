import { PREDICATE_KEYS } from './predicate-test.js';

export const CONDITION_FORMS = [
  'all', 'any', 'not', 'always', 'metric', 'status', 'category', 'color', 'stage', 'segment', 'flag', 'stale',
] as const;
export type ConditionForm = (typeof CONDITION_FORMS)[number];

const FORMS: ReadonlySet<string> = new Set(CONDITION_FORMS);
const PREDICATES: ReadonlySet<string> = new Set(PREDICATE_KEYS);
const LIST_FORMS: ReadonlySet<string> = new Set(['all', 'any', 'color', 'stage', 'segment']);
const NAME_FORMS: ReadonlySet<string> = new Set(['metric', 'status', 'category', 'flag', 'stale']);

/**
 * Which of SPEC 3.2's forms a condition object is, or why it is none: each object is exactly one
 * form. The compiler and `checkModel` share this so that what validates is what runs.
 */
export function conditionForm(c: unknown): { form: ConditionForm } | { error: string } {
  if (c === null || typeof c !== 'object' || Array.isArray(c)) {
    return { error: 'a condition is an object such as {metric: arr, gte: 50000} or {always: true}' };
  }
  const keys = Object.keys(c);
  const unknown = keys.filter((k) => !FORMS.has(k) && !PREDICATES.has(k));
  if (unknown.length > 0) return { error: `unknown condition key ${list(unknown)}` };
  const heads = keys.filter((k) => FORMS.has(k)) as ConditionForm[];
  const preds = keys.filter((k) => PREDICATES.has(k));
  if (heads.length === 0) {
    if (preds.length === 0) return { error: 'empty condition: use {always: true} for one that always holds' };
    return { error: `${list(preds)} needs a \`metric\` (or \`status\`/\`category\` with \`in\`)` };
  }
  if (heads.length > 1) {
    return { error: `one form per condition, found ${list(heads)}: combine them with {all: [...]} or {any: [...]}` };
  }
  const form = heads[0]!;
  const value = (c as Record<string, unknown>)[form];
  const shape = shapeError(form, value);
  if (shape !== null) return { error: shape };
  if (form === 'metric') {
    if (preds.length === 0) return { error: '`metric` needs a predicate: eq, ne, lt, lte, gt, gte or in' };
  } else if (form === 'status' || form === 'category') {
    const extra = preds.filter((k) => k !== 'in');
    if (extra.length > 0) return { error: `\`${form}\` takes only \`in\`, not ${list(extra)}` };
    if (!preds.includes('in')) return { error: `\`${form}\` needs \`in: [...]\`` };
  } else if (preds.length > 0) {
    return { error: `${list(preds)} does not go with \`${form}\`; predicates belong to \`metric\`` };
  }
  return { form };
}

function shapeError(form: ConditionForm, value: unknown): string | null {
  if (LIST_FORMS.has(form) && !Array.isArray(value)) return `\`${form}\` takes a list`;
  if (NAME_FORMS.has(form) && typeof value !== 'string') return `\`${form}\` takes a name`;
  if (form === 'always' && value !== true) return '`always` takes only `true`';
  if (form === 'not' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    return '`not` takes one condition object';
  }
  return null;
}

function list(keys: string[]): string {
  return keys.map((k) => `\`${k}\``).join(', ');
}
