/** Edits between two words, a swap of neighbours counting as one: `pryia` is one typo of `priya`. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The closest candidate when it is close enough to be a typo (a third of the word), else the one
 * candidate the word begins (`ember` for `emberly`), else undefined.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  return closest(word, candidates) ?? onlyStartingWith(word, candidates);
}

function onlyStartingWith(word: string, candidates: readonly string[]): string | undefined {
  if (word.length < 3) return undefined;
  const starting = candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase()));
  return starting.length === 1 ? starting[0] : undefined;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.floor(Math.max(word.length, 1) / 3)) ? best : undefined;
}

/** The hint that ends a message about an unknown name: ` (did you mean "acme"?)`, or '' when nothing is close. */
export function didYouMeanHint(word: string, candidates: readonly string[]): string {
  const guess = didYouMean(word, candidates);
  return guess !== undefined && guess !== word ? ` (did you mean "${guess}"?)` : '';
}
