import { basename } from 'node:path';
import { columnMap, ColumnMapError, renameColumns } from '../../edit/import/column-map.js';
import { planCreate, type CreatePlan } from '../../edit/import/create-accounts.js';
import type { HealthColor } from '../../engine/index.js';
import { UsageError } from '../../util/errors.js';
import { plain } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { commitAndReport } from '../edit-report.js';
import { readExport, readText, reportProblems, type ImportOptions } from '../import-file.js';

/**
 * `vitals import FILE --create`: new account files from a platform's export, all or nothing, one
 * commit. `--map` renames the export's columns (COLUMN=FIELD, or a mapping file) so the export is
 * read as the platform wrote it.
 */
export async function importCreate(ctx: Context, positionals: string[], options: ImportOptions): Promise<number> {
  if (options['skip-invalid']) throw new UsageError('--create is all or nothing: --skip-invalid does not apply (fix the rows, or leave them out of the file)');
  const { name, metricsDate, table } = readExport(ctx, positionals, options);
  const maps = options.map ?? [];
  let map;
  try {
    map = columnMap(
      maps.filter((m) => m.includes('=')),
      maps.filter((m) => !m.includes('=')).map((file) => ({ name: file, text: mapFile(ctx, file) })),
    );
  } catch (error) {
    if (error instanceof ColumnMapError) throw new UsageError(error.message);
    throw error;
  }
  const plan = planCreate({ root: ctx.root, asOf: ctx.asOf, table: renameColumns(table, map), metricsDate, source: basename(name), message: options.message });
  reportProblems(ctx, name, plan.problems);
  if (plan.problems.length > 0) {
    ctx.io.stderr.write(`vitals: no account was created: fix the ${plan.problems.length === 1 ? 'problem' : `${plan.problems.length} problems`} above, then import the file again\n`);
    return 1;
  }
  if (plan.writes.length === 0) {
    ctx.out(`${plain(name)} holds no account: nothing to create`);
    return 0;
  }
  return commitAndReport(ctx, plan, options, summary(ctx, plan));
}

function mapFile(ctx: Context, file: string): string {
  try {
    return readText(ctx, file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(`--map "${plain(file)}" is neither COLUMN=FIELD nor a mapping file (${error.message})`);
  }
}

/** How many were made, each renamed id with why, and the new accounts' colours. */
function summary(ctx: Context, plan: CreatePlan): string[] {
  const n = plan.created.length;
  const lines = [`${n} new account${n === 1 ? '' : 's'} in accounts/`];
  for (const c of plan.created.filter((c) => c.collided)) {
    lines.push(`  ${c.id}: ${plain(c.name)} (${c.where}) would be ${c.collided!.id}, which is ${plain(c.collided!.with)}'s already`);
  }
  const counts = new Map<HealthColor, number>();
  for (const c of plan.created) counts.set(c.score.color, (counts.get(c.score.color) ?? 0) + 1);
  const order: HealthColor[] = ['red', 'yellow', 'green', 'unknown'];
  lines.push(`colours: ${order.filter((c) => counts.has(c)).map((c) => `${counts.get(c)} ${ctx.style.health(c)}`).join(', ')}`);
  return lines;
}
