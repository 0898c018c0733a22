import type { Predicate } from '../../types/schema.js';
import { PREDICATE_KEYS } from '../model/predicate-test.js';
import { fitsKind, KIND_WORDS, type ValueKind } from '../model/value-kinds.js';

/**
 * A predicate whose value can never match what the trait holds (`eq: two` on a number, `lt` on
 * true/false): it would silently never hold. Each such key is reported at its own pointer.
 */
export function checkPredicateKind(name: string, kind: ValueKind | undefined, predicate: Predicate, at: string, report: (path: string, message: string) => void): void {
  if (kind === undefined) return;
  const raw = predicate as Record<string, unknown>;
  for (const key of PREDICATE_KEYS) {
    const bound = raw[key];
    if (bound === undefined) continue;
    const ordering = key !== 'eq' && key !== 'ne' && key !== 'in';
    if (ordering && (kind === 'boolean' || kind === 'word')) {
      report(`${at}/${key}`, `${key} can never hold: ${name} holds ${KIND_WORDS[kind]}, which has no order`);
      continue;
    }
    const values = key === 'in' && Array.isArray(bound) ? bound : [bound];
    values.forEach((value, i) => {
      if (!fitsKind(value, kind)) {
        const where = key === 'in' && Array.isArray(bound) ? `${at}/${key}/${i}` : `${at}/${key}`;
        report(where, `${key} ${JSON.stringify(value)} can never match: ${name} holds ${KIND_WORDS[kind]}`);
      }
    });
  }
}
