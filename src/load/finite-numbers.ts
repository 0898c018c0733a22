// Only these spellings can read as an infinite or not-a-number value: a large exponent, .inf, .nan.
const MAYBE_NOT_FINITE = /[eE]\+?[0-9]{3}|\.(?:inf|Inf|INF|nan|NaN|NAN)\b/;

/**
 * The JSON pointer of the first number in the value that is not finite (`1e400`, `.inf`), or
 * undefined. Such a number passes every "is a number" rule and then turns scores into NaN, so it is
 * refused where it is written. The text is looked at first: a walk only for files that could hold one.
 */
export function firstNonFinite(text: string, value: unknown): string | undefined {
  return MAYBE_NOT_FINITE.test(text) ? walk(value, '', (n) => !Number.isFinite(n)) : undefined;
}

// Only a run of 16 digits or more can be an integer past 2^53.
const MAYBE_INEXACT = /[0-9]{16}/;

/**
 * The JSON pointer of the first integer past 2^53 (9007199254740993), or undefined: it is read as
 * the nearest number that can be kept (…992), so a file would say one thing and score another.
 */
export function firstInexactInteger(text: string, value: unknown): string | undefined {
  return MAYBE_INEXACT.test(text) ? walk(value, '', (n) => Number.isInteger(n) && Math.abs(n) > Number.MAX_SAFE_INTEGER) : undefined;
}

function walk(value: unknown, pointer: string, bad: (n: number) => boolean): string | undefined {
  if (typeof value === 'number') return bad(value) ? pointer : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = walk(inner, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, bad);
    if (found !== undefined) return found;
  }
  return undefined;
}
