function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest candidate when it is close enough to be a typo (a third of the word), else undefined. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
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
