/** The longest id: the id pattern allows 63 characters. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

const MAX = 63;

/**
 * An id from an account's name, in the book's style: `Café Noir S.A.` → `cafe-noir-s-a`. Letters
 * lose their accents, anything else between words becomes one dash; a name with no Latin letter
 * or digit gives no id (the row needs an id column then).
 */
export function idFromName(name: string): string | undefined {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // The Latin letters that are no letter and an accent: Straße → strasse, Søren → soren.
    .replace(/[ßæœøłđþ]/g, (ch) => LETTERS[ch]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX)
    .replace(/-+$/, '');
  return id === '' ? undefined : id;
}

/** The n-th id a name may get: `id` itself, then `id-2`, `id-3`, ... (cut so the suffix fits the 63 characters). */
export function suffixed(id: string, n: number): string {
  if (n === 1) return id;
  const suffix = `-${n}`;
  return `${id.slice(0, MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** The first of `suffixed(id, 1)`, `suffixed(id, 2)`, ... that is not taken. */
export function freeId(id: string, taken: (candidate: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = suffixed(id, n);
    if (!taken(candidate)) return candidate;
  }
}
