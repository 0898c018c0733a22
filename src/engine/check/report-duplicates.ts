/** Reports every item whose `id` an earlier item of the same list already has. */
export function reportDuplicates(
  ids: readonly unknown[],
  path: (index: number) => string,
  what: string,
  report: (path: string, message: string) => void,
): void {
  const seen = new Map<unknown, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else report(path(i), `${what} "${String(id)}" appears twice (first at index ${first})`);
  });
}
