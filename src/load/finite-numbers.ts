// Only these spellings can read as an infinite or not-a-number value: a large exponent, .inf, .nan.
const MAYBE_NOT_FINITE = /[eE]\+?[0-9]{3}|\.(?:inf|Inf|INF|nan|NaN|NAN)\b/;

/**
 * The JSON pointer of the first number in the value that is not finite (`1e400`, `.inf`), or
 * undefined. Such a number passes every "is a number" rule and then turns scores into NaN, so it is
 * refused where it is written. The text is looked at first: a walk only for files that could hold one.
 */
export function firstNonFinite(text: string, value: unknown): string | undefined {
  return MAYBE_NOT_FINITE.test(text) ? walk(value, '') : undefined;
}

function walk(value: unknown, pointer: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : pointer;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = walk(inner, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
