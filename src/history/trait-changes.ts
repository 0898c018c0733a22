import type { Account } from '../types/schema.js';

/** The keys under `traits:` whose raw values differ between two versions of an account (absent: null). */
export function traitChanges(before: Account | undefined, after: Account | undefined): Array<{ trait: string; from: unknown; to: unknown }> {
  const from = (before?.traits ?? {}) as Record<string, unknown>;
  const to = (after?.traits ?? {}) as Record<string, unknown>;
  const changes: Array<{ trait: string; from: unknown; to: unknown }> = [];
  const compare = (name: string) => {
    const a = from[name] ?? null;
    const b = to[name] ?? null;
    // Most traits are scalars: compared as they are, lists and mappings by their JSON.
    if (a !== b && (typeof a !== 'object' || typeof b !== 'object' || JSON.stringify(a) !== JSON.stringify(b))) changes.push({ trait: name, from: a, to: b });
  };
  for (const name of Object.keys(from)) compare(name);
  for (const name of Object.keys(to)) if (!Object.hasOwn(from, name)) compare(name);
  return changes;
}
