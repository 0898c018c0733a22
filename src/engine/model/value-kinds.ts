import type { Metric } from '../../types/schema.js';
import type { ValueKind } from '../../book/checks.js';
import { BUILTINS } from './builtins.js';

export type { ValueKind } from '../../book/checks.js';

/**
 * The kind of value a name gives, or undefined for a name that is not known (reported on its own).
 * A metric is resolved before a trait, as the engine does, so a metric is a number.
 */
export function valueKinds(traitKinds: Readonly<Record<string, ValueKind>>, metrics: Readonly<Record<string, Metric>>) {
  return (name: string): ValueKind | undefined => {
    if (Object.hasOwn(BUILTINS, name) || Object.hasOwn(metrics, name)) return 'number';
    return Object.hasOwn(traitKinds, name) ? traitKinds[name] : undefined;
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value written in a predicate can ever equal a value of this kind. */
export function fitsKind(value: unknown, kind: ValueKind): boolean {
  if (kind === 'number') return typeof value === 'number';
  if (kind === 'boolean') return typeof value === 'boolean';
  if (kind === 'date') return typeof value === 'string' && DATE.test(value);
  return typeof value === 'string';
}

/** How a message says what a kind of value is: `holds a number`. */
export const KIND_WORDS: Readonly<Record<ValueKind, string>> = { number: 'a number', boolean: 'true or false', date: 'a date', word: 'a word' };
