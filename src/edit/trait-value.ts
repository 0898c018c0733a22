import { traitNames } from '../generated/facts.js';
import { didYouMeanHint } from '../util/did-you-mean.js';
import { isIsoDate } from '../util/iso-date.js';
import { plain } from '../util/sanitize.js';
import { traitKind, type TraitKind } from './account-schema.js';

export type TraitValue = string | number | boolean;

/** A value that does not fit its trait, said the way a person fixes it. */
export class TraitValueError extends Error {}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The trait's kind, or a TraitValueError naming the closest trait. */
export function knownTrait(trait: string): TraitKind {
  const kind = traitKind(trait);
  if (kind) return kind;
  const hint = didYouMeanHint(trait, traitNames);
  throw new TraitValueError(`unknown trait "${plain(trait)}"${hint || `: the traits are ${traitNames.join(', ')}`}`);
}

/**
 * A value typed on a command line or in a CSV cell, read by the trait's schema type: `true`/`false`,
 * whole numbers, numbers, YYYY-MM-DD dates (`today` is the as-of date) or one of an enum's words.
 * JSON values that already have the right type pass through the same checks.
 */
export function parseTraitValue(trait: string, raw: unknown, asOf: string): TraitValue {
  const kind = knownTrait(trait);
  const text = typeof raw === 'string' ? raw.trim() : raw;
  // As given: a string quoted with its controls escaped once; a number as it is (JSON has no Infinity).
  const shown = typeof raw === 'string' ? `"${plain(raw)}"` : typeof raw === 'number' ? String(raw) : plain(JSON.stringify(raw));
  switch (kind.type) {
    case 'boolean':
      // Any case: spreadsheets export TRUE and FALSE.
      if (text === true || (typeof text === 'string' && text.toLowerCase() === 'true')) return true;
      if (text === false || (typeof text === 'string' && text.toLowerCase() === 'false')) return false;
      throw new TraitValueError(`${trait} is true or false, not ${shown}`);
    case 'integer':
    case 'number': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && (kind.type === 'integer' ? INTEGER : NUMBER).test(text) ? Number(text) : NaN;
      const whole = kind.type === 'integer';
      if (!Number.isFinite(n) || (whole && !Number.isInteger(n))) {
        // A European export writes 1,5 and 1.500: say how to write it rather than guess which it meant.
        const comma = typeof text === 'string' && /^[+-]?[\d.]*\d,\d+$/.test(text) ? ': write numbers with a decimal point and no thousands separator' : '';
        throw new TraitValueError(`${trait} is ${whole ? 'a whole number' : 'a number'}, not ${shown}${comma}`);
      }
      if (kind.minimum !== undefined && n < kind.minimum) throw new TraitValueError(`${trait} is at least ${kind.minimum}, not ${shown}`);
      // Past 2^53 a number is kept only approximately: it would be written back as a different one.
      if (Math.abs(n) > Number.MAX_SAFE_INTEGER) {
        throw new TraitValueError(`${trait} is at most ${Number.MAX_SAFE_INTEGER} (2^53 - 1), not ${shown}: a larger number cannot be kept exactly`);
      }
      return n;
    }
    case 'date': {
      const date = text === 'today' ? asOf : text;
      if (!(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && isIsoDate(date))) {
        throw new TraitValueError(`${trait} is a date that exists, written YYYY-MM-DD (or today), not ${shown}`);
      }
      // A date trait records something that happened (the last activity): a later one would hold
      // off staleness and "not contacted" until the day came.
      if (date > asOf) throw new TraitValueError(`${trait} is a day that has happened, on or before the as-of date ${asOf}, not ${shown}`);
      return date;
    }
    case 'enum': {
      if (typeof text === 'string' && kind.values.includes(text)) return text;
      const hint = typeof text === 'string' ? didYouMeanHint(text, kind.values) : '';
      throw new TraitValueError(`${trait} is one of ${kind.values.join(', ')}, not ${shown}${hint}`);
    }
  }
}
