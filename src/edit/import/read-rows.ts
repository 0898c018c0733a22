import { parse } from 'csv-parse/sync';
import { plain } from '../../util/sanitize.js';

/** One record of an import: where it is (for messages) and its cells by column name. */
export interface ImportRow {
  /** `row 5` (CSV, the header being row 1, as a spreadsheet numbers it) or `item 3` (JSON, from 1). */
  where: string;
  cells: Map<string, unknown>;
}

export interface ImportTable {
  columns: string[];
  rows: ImportRow[];
  /** Problems with the file's shape, which stop the import whatever `--skip-invalid` says. */
  problems: string[];
}

/**
 * Reads an export: a JSON array of objects when it looks like JSON (or is named .json), else CSV
 * separated by `delimiter`, or by whichever of tab, `;` and `,` the header row uses most (European
 * spreadsheets export with `;`, as `,` is their decimal separator; a TSV export with tabs).
 */
export function readRows(text: string, name: string, delimiter?: string): ImportTable {
  const body = text.replace(/^\uFEFF/, '');
  return name.toLowerCase().endsWith('.json') || /^\s*\[/.test(body) ? jsonRows(body) : csvRows(body, delimiter ?? csvDelimiter(body));
}

/** Whichever of tab and `;` the first line holds more of than commas (a tab first on a tie), else `,`. */
export function csvDelimiter(text: string): '\t' | ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => header.split(ch).length - 1;
  return (['\t', ';'] as const).find((ch) => count(ch) > count(',') && count(ch) >= count(ch === '\t' ? ';' : '\t')) ?? ',';
}

function jsonRows(text: string): ImportTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { columns: [], rows: [], problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  if (!Array.isArray(data)) return { columns: [], rows: [], problems: ['the JSON is not an array of objects, one per account'] };
  const columns: string[] = [];
  const rows: ImportRow[] = [];
  const problems: string[] = [];
  data.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return void problems.push(`item ${i + 1} is not an object`);
    const cells = new Map<string, unknown>(Object.entries(item));
    for (const key of cells.keys()) if (!columns.includes(key)) columns.push(key);
    rows.push({ where: `item ${i + 1}`, cells });
  });
  return { columns, rows, problems };
}

function csvRows(text: string, delimiter: string): ImportTable {
  let records: string[][];
  try {
    // Blank lines are kept as records (and passed over below) so that rows keep their spreadsheet numbers.
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    return { columns: [], rows: [], problems: [`not valid CSV: ${(error as Error).message}`] };
  }
  const [header, ...data] = records;
  if (!header) return { columns: [], rows: [], problems: ['the file is empty: expected a header row naming the columns'] };
  const columns = header.map((h) => h.trim());
  const problems: string[] = duplicateColumns(columns);
  const rows: ImportRow[] = [];
  data.forEach((record, i) => {
    const where = `row ${i + 2}`;
    if (record.length === 1 && record[0] === '') return;
    if (record.length !== columns.length) return void problems.push(`${where} has ${record.length} cells, the header ${columns.length}`);
    rows.push({ where, cells: new Map(columns.map((c, k) => [c, record[k]])) });
  });
  return { columns, rows, problems };
}

/** A column named twice would have one cell silently win: each pair is named, as a spreadsheet letters them. */
function duplicateColumns(columns: string[]): string[] {
  const problems: string[] = [];
  columns.forEach((name, i) => {
    const first = columns.indexOf(name);
    if (first !== i && name !== '') {
      problems.push(`columns ${columnLetter(first)} and ${columnLetter(i)} are both named "${plain(name)}": keep one`);
    }
  });
  return problems;
}

/** A, B, ... Z, AA, AB: the column's name in a spreadsheet. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
