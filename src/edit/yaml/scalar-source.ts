import { controlChars } from '../../util/control-chars.js';
import type { Scalar } from './changes.js';

export type Quote = '' | '"' | "'";

const PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*( [A-Za-z0-9_./-]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// The core schema's words, and YAML 1.1's booleans, which PyYAML and other 1.1 readers of the
// same files still take for true and false (`text: yes`).
const RESERVED = /^(null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
// Characters a reader should see escaped rather than raw (C0 has its own YAML escapes).
const INVISIBLE = controlChars({ c0: 'none', global: true });
const UNQUOTABLE = controlChars();

/**
 * A scalar as YAML source that reads back as the same value under the core schema. Numbers and
 * booleans are plain; a string keeps the quoting asked for (the style the old value was written
 * in), is plain when it is simple words or a date, and otherwise double-quoted.
 */
export function scalarSource(value: Scalar, quote: Quote): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write the number ${value}`);
    return String(value);
  }
  if (quote === "'" && !UNQUOTABLE.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (quote === '' && isPlainSafe(value)) return value;
  return doubleQuoted(value);
}

export function isPlainSafe(value: string): boolean {
  return (PLAIN.test(value) && !RESERVED.test(value)) || DATE.test(value);
}

/** JSON's string escapes are all YAML double-quoted escapes; the invisible ones are escaped too. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
