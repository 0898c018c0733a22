import { planImport, type ImportPlan } from '../../edit/import/plan-import.js';
import type { HealthColor } from '../../engine/index.js';
import type { Context } from '../context.js';
import { colourScore } from '../../review/format.js';
import { commitAndReport } from '../edit-report.js';
import { readExport, reportProblems, type ImportOptions } from '../import-file.js';

const SHOWN = 20;

/** `vitals import FILE`: generated traits from the monthly export, all rows checked first, one commit. */
export async function importMetrics(ctx: Context, positionals: string[], options: ImportOptions): Promise<number> {
  const { name, metricsDate, table } = readExport(ctx, positionals, options);
  const plan = planImport({
    root: ctx.root,
    asOf: ctx.asOf,
    table,
    metricsDate,
    skipInvalid: options['skip-invalid'] === true,
    force: options.force,
    message: options.message,
  });
  reportProblems(ctx, name, plan.problems);
  if (plan.blocked) {
    ctx.io.stderr.write(`vitals: nothing was imported: fix the ${plan.problems.length === 1 ? 'problem' : `${plan.problems.length} problems`} above, or import the valid rows with --skip-invalid\n`);
    return 1;
  }
  const rows = `${plan.accounts.length} account${plan.accounts.length === 1 ? '' : 's'} updated, ${plan.unchanged} unchanged${plan.skipped > 0 ? `, ${plan.skipped} row${plan.skipped === 1 ? '' : 's'} skipped` : ''}`;
  const kept = plan.datesKept;
  const summary = [
    `metrics sync ${metricsDate}: ${rows}`,
    ...(kept.accounts > 0
      ? [`metrics_as_of left as it was for ${kept.accounts} account${kept.accounts === 1 ? '' : 's'}: the export has no column for ${kept.columns.join(', ')}, which ${kept.accounts === 1 ? 'it holds' : 'they hold'}`]
      : []),
  ];
  if (plan.writes.length === 0) {
    summary.forEach((line) => ctx.out(line));
    return plan.problems.length > 0 ? 1 : 0;
  }
  const code = await commitAndReport(ctx, plan, options, summary);
  if (code === 0) printColourChanges(ctx, plan);
  return code !== 0 ? code : plan.problems.length > 0 ? 1 : 0;
}

/** Which accounts the import moved to another colour: counts by transition, then the accounts, worst first. */
function printColourChanges(ctx: Context, plan: ImportPlan): void {
  const moved = plan.accounts.filter((a) => a.before.color !== a.after.color);
  if (moved.length === 0) return void ctx.out('no colour changed');
  const rank: Record<HealthColor, number> = { red: 0, yellow: 1, unknown: 2, green: 3 };
  const counts = new Map<string, number>();
  for (const a of moved) counts.set(`${a.before.color} → ${a.after.color}`, (counts.get(`${a.before.color} → ${a.after.color}`) ?? 0) + 1);
  ctx.out(`colour changes: ${moved.length} (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')})`);
  moved.sort((a, b) => rank[a.after.color] - rank[b.after.color] || (a.id < b.id ? -1 : 1));
  for (const a of moved.slice(0, SHOWN)) {
    ctx.out(`  ${a.id}  ${ctx.style.health(a.before.color)} → ${ctx.style.health(a.after.color)}  ${colourScore(a.before.color, a.before.score)} → ${colourScore(a.after.color, a.after.score)}`);
  }
  if (moved.length > SHOWN) ctx.out(`  ... and ${moved.length - SHOWN} more (vitals log shows them all)`);
}
