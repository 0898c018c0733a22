import type { Account } from '../types/schema.js';

/** The keys under `traits:` whose raw values differ between two versions of an account (absent: null). */
export function traitChanges(before: Account | undefined, after: Account | undefined): Array<{ trait: string; from: unknown; to: unknown }> {
  const from = (before?.traits ?? {}) as Record<string, unknown>;
  const to = (after?.traits ?? {}) as Record<string, unknown>;
  const names = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return names
    .filter((name) => JSON.stringify(from[name] ?? null) !== JSON.stringify(to[name] ?? null))
    .map((name) => ({ trait: name, from: from[name] ?? null, to: to[name] ?? null }));
}
