import type { Playbooks } from '../book/book.js';

/** One value of the playbooks that differs: `categories.utilization.weight`, 55 → 75 (absent: null). */
export interface ModelChange {
  path: string;
  from: unknown;
  to: unknown;
}

/**
 * What differs between two versions of the playbooks, by path (SPEC §4). Every playbook file's
 * top-level keys are distinct, so the files' contents are addressed as one document:
 * `categories.utilization.weight`, `scenarios.handoff.priority`. List items with an `id` or a
 * `trait` are addressed by it, so that inserting an item does not re-address everything after it.
 * Where the order of such a list decides (lifecycle stages, variants, derived segments: first match
 * wins), a new order is a change of the list, its ids before and after.
 */
export function modelChanges(before: Playbooks, after: Playbooks): ModelChange[] {
  const changes: ModelChange[] = [];
  compare('', merged(before), merged(after), changes);
  return changes;
}

function merged(playbooks: Playbooks): Record<string, unknown> {
  return Object.assign({}, ...Object.values(playbooks)) as Record<string, unknown>;
}

function compare(path: string, a: unknown, b: unknown, out: ModelChange[]): void {
  if (same(a, b)) return;
  if (isObject(a) && isObject(b)) {
    for (const key of union(Object.keys(a), Object.keys(b))) compare(join(path, key), a[key], b[key], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = identity(a, b);
    if (key) {
      const byKey = (list: unknown[]) => new Map(list.map((item) => [String((item as Record<string, unknown>)[key]), item]));
      const [x, y] = [byKey(a), byKey(b)];
      if (ORDERED.has(path)) {
        const [from, to] = [[...x.keys()].filter((n) => y.has(n)), [...y.keys()].filter((n) => x.has(n))];
        if (from.some((name, i) => name !== to[i])) out.push({ path, from: [...x.keys()], to: [...y.keys()] });
      }
      for (const name of union([...x.keys()], [...y.keys()])) compare(join(path, name), x.get(name), y.get(name), out);
      return;
    }
    for (let i = 0; i < Math.max(a.length, b.length); i++) compare(join(path, String(i)), a[i], b[i], out);
    return;
  }
  out.push({ path, from: a ?? null, to: b ?? null });
}

/** The lists read in order, the first item that matches winning (SPEC §3.1, §3.3, §3.5). */
const ORDERED = new Set(['stages', 'variants', 'segments']);

/** The key that names every item of both lists once (`id`, else `trait`), if there is one. */
function identity(a: unknown[], b: unknown[]): string | undefined {
  return ['id', 'trait'].find((key) => [a, b].every((list) => {
    const names = list.map((item) => (isObject(item) && typeof item[key] === 'string' ? item[key] : undefined));
    return names.every((n) => n !== undefined) && new Set(names).size === names.length;
  }));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  return false;
}
