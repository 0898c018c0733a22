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

/** Reads an export: a JSON array of objects when it looks like JSON (or is named .json), else CSV. */
export function readRows(text: string, name: string): ImportTable {
  const body = text.replace(/^\uFEFF/, '');
  return name.toLowerCase().endsWith('.json') || /^\s*\[/.test(body) ? jsonRows(body) : csvRows(body);
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

function csvRows(text: string): ImportTable {
  const records = parseCsv(text);
  if ('problem' in records) return { columns: [], rows: [], problems: [records.problem] };
  const [header, ...data] = records.records;
  if (!header) return { columns: [], rows: [], problems: ['the file is empty: expected a header row naming the columns'] };
  const columns = header.map((h) => h.trim());
  const problems: string[] = [];
  const rows: ImportRow[] = [];
  data.forEach((record, i) => {
    const where = `row ${i + 2}`;
    if (record.length === 1 && record[0] === '') return;
    if (record.length !== columns.length) return void problems.push(`${where} has ${record.length} cells, the header ${columns.length}`);
    rows.push({ where, cells: new Map(columns.map((c, k) => [c, record[k]])) });
  });
  return { columns, rows, problems };
}

/** RFC 4180: commas, double quotes (`""` inside), LF or CRLF line ends. */
export function parseCsv(text: string): { records: string[][] } | { problem: string } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"' && field === '') (quoted = true), i++;
    else if (ch === ',') record.push(field), (field = ''), i++;
    else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      (record = []), (field = '');
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else (field += ch), i++;
  }
  if (quoted) return { problem: `a quoted field in row ${records.length + 1} is never closed` };
  if (field !== '' || record.length > 0) record.push(field), records.push(record);
  return { records };
}
