import { parse } from 'yaml';
import { plain } from '../../util/sanitize.js';
import type { ImportTable } from './read-rows.js';

/** The columns a new account is made from: the account's own fields; any trait is a field too. */
export const ACCOUNT_FIELDS = ['id', 'name', 'owner', 'segment', 'arr', 'seats', 'close_date', 'renewal_date'] as const;

/** A column mapped to this is left out of the import (a CRM export has columns vitals has no use for). */
export const LEAVE_OUT = '-';

/** The export's column names → vitals' field names, e.g. `Account Name` → `name`. */
export type ColumnMap = Map<string, string>;

export class ColumnMapError extends Error {}

/**
 * `--map` values: each is `COLUMN=FIELD`, or the text of a mapping file (a YAML or JSON mapping of
 * `COLUMN: FIELD`, read by the caller), so one file per platform serves every export from it.
 */
export function columnMap(pairs: string[], files: Array<{ name: string; text: string }>): ColumnMap {
  const map: ColumnMap = new Map();
  const add = (column: string, field: unknown, where: string) => {
    if (typeof field !== 'string' || field.trim() === '') throw new ColumnMapError(`${where}: "${plain(column)}" maps to nothing: give a field name, or - to leave the column out`);
    if (map.has(column.trim())) throw new ColumnMapError(`${where}: the column "${plain(column)}" is mapped twice`);
    map.set(column.trim(), field.trim());
  };
  for (const { name, text } of files) {
    let data: unknown;
    try {
      data = parse(text, { uniqueKeys: true, maxAliasCount: 0 });
    } catch (error) {
      throw new ColumnMapError(`${plain(name)} is not a YAML or JSON mapping: ${plain((error as Error).message.split('\n')[0])}`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ColumnMapError(`${plain(name)} should map each export column to a field, e.g. "Account Name: name"`);
    for (const [column, field] of Object.entries(data)) add(column, field, plain(name));
  }
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new ColumnMapError(`--map "${plain(pair)}" is neither COLUMN=FIELD nor a mapping file`);
    add(pair.slice(0, at), pair.slice(at + 1), '--map');
  }
  return map;
}

/**
 * The table with its columns renamed (and the left-out ones dropped). Two columns arriving at one
 * field would make one of them win silently: that is a problem of the file's shape.
 */
export function renameColumns(table: ImportTable, map: ColumnMap): ImportTable {
  const problems = [...table.problems];
  const target = (column: string) => map.get(column) ?? column;
  const columns: string[] = [];
  for (const column of table.columns) {
    const field = target(column);
    if (field === LEAVE_OUT) continue;
    if (columns.includes(field)) problems.push(`two columns give ${plain(field)}: map one of them to another field, or to - to leave it out`);
    else columns.push(field);
  }
  const rows = table.rows.map((row) => ({
    where: row.where,
    cells: new Map([...row.cells].filter(([column]) => target(column) !== LEAVE_OUT).map(([column, cell]) => [target(column), cell])),
  }));
  return { columns, rows, problems };
}
