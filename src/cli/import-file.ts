import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { readRows, type ImportTable } from '../edit/import/read-rows.js';
import type { ImportProblem } from '../edit/import/plan-import.js';
import { UsageError } from '../util/errors.js';
import { isIsoDate } from '../util/iso-date.js';
import { plain } from '../util/sanitize.js';
import { requireBook, type Context } from './context.js';
import { noSuchFile } from './no-such-file.js';
import type { EditOptions } from './edit-report.js';

export interface ImportOptions extends EditOptions {
  'metrics-date'?: string | undefined;
  'skip-invalid'?: boolean | undefined;
  force?: boolean | undefined;
  delimiter?: string | undefined;
  create?: boolean | undefined;
  map?: string[] | undefined;
}

/** Problems shown one a line; the rest are counted. */
const SHOWN = 20;

/** What both kinds of import start from: the one file named, read as a table, and the export's date. */
export function readExport(ctx: Context, positionals: string[], options: ImportOptions): { name: string; metricsDate: string; table: ImportTable } {
  if (positionals.length !== 1) throw new UsageError('give one file to import: vitals import metrics.csv');
  if (options.map && !options.create) throw new UsageError('--map renames the columns of an export of new accounts: use it with --create');
  requireBook(ctx);
  const name = positionals[0]!;
  const metricsDate = options['metrics-date'] ?? ctx.asOf;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(metricsDate) || !isIsoDate(metricsDate)) throw new UsageError(`--metrics-date "${plain(metricsDate)}" is not a date: use YYYY-MM-DD`);
  const delimiter = options.delimiter === 'tab' ? '\t' : options.delimiter;
  if (delimiter !== undefined && [...delimiter].length !== 1) throw new UsageError(`--delimiter "${plain(delimiter)}" is not one character: use , or ; (or tab)`);
  return { name, metricsDate, table: readRows(readText(ctx, name), name, delimiter) };
}

/** Larger than any export of a book (100,000 accounts of generous rows are ~20 MB). */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/**
 * The file's text, read up to MAX_IMPORT_BYTES: a pipe (`<(curl …)`) is read as it comes, and a
 * file or device that never ends (`/dev/zero`) is refused at the limit rather than read forever.
 */
export function readText(ctx: Context, name: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(resolve(ctx.io.cwd, name), 'r');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(1 << 20);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > MAX_IMPORT_BYTES) throw new UsageError(`${plain(name)} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB, more than an export of any book: is it the right file?`);
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw noSuchFile(name);
    if (code === 'EISDIR') throw new UsageError(`${plain(name)} is a folder: give the export's file`);
    throw new UsageError(`cannot read ${plain(name)} (${code ?? String(error)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Each problem with where it is (`row 7, owner: ...`), the first twenty of them. */
export function reportProblems(ctx: Context, name: string, problems: ImportProblem[]): void {
  const say = (p: ImportProblem) => `vitals: ${plain(name)}: ${p.where}${p.column === undefined ? '' : `, ${plain(p.column)}`}: ${p.message}\n`;
  for (const p of problems.slice(0, SHOWN)) ctx.io.stderr.write(say(p));
  if (problems.length > SHOWN) ctx.io.stderr.write(`vitals: ... and ${problems.length - SHOWN} more problems\n`);
}
