import type { SchemaIssue } from './schema-check.js';

/** Keys named like what every JavaScript object has: refused anywhere, `x_` data included (SPEC §7). */
const BUILT_IN = new Set(['__proto__', 'constructor']);

/**
 * Every `__proto__` or `constructor` key in the value, as schema issues at the key. The schema
 * reports them where it knows the keys; under a user's own `x_` key it does not look. The text is
 * looked at first: a walk only for files that could hold one.
 */
export function prototypeKeys(text: string, value: unknown): SchemaIssue[] {
  if (!text.includes('__proto__') && !text.includes('constructor')) return [];
  const found: SchemaIssue[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, inner] of Object.entries(node)) {
      if (BUILT_IN.has(key)) found.push({ pointer, key, message: `key "${key}" is not allowed: it is the name of what every object has` });
      walk(inner, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  walk(value, '');
  return found;
}
