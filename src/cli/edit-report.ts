import { applyEdit, DETACHED, EditError, type EditPlan, type WritePlan } from '../edit/index.js';
import { plain, plainText } from '../util/sanitize.js';
import type { Context } from './context.js';
import { colourScore } from '../review/format.js';

export interface EditOptions {
  message?: string | undefined;
  'no-commit'?: boolean | undefined;
}

/** Prints what an edit changes and its score before → after, then writes and commits it. */
export async function finishEdit(ctx: Context, plan: EditPlan, options: EditOptions): Promise<number> {
  const changes = plan.changes.map((line) => `${plan.id}: ${plain(line)}`);
  if (plan.writes.length === 0) {
    ctx.out([...changes, 'nothing to change: the file is as asked'].join('\n'));
    return 0;
  }
  const { before, after } = plan;
  const score = `score ${colourScore(before.color, before.score)} ${ctx.style.health(before.color)} → ${colourScore(after.color, after.score)} ${ctx.style.health(after.color)}`;
  return commitAndReport(ctx, plan, options, [...changes, score]);
}

/**
 * Writes and commits a plan, then says what changed and which happened. What changed is printed
 * only once it is written: a refused or failed edit prints nothing on stdout, only why on stderr,
 * with git's words.
 */
export async function commitAndReport(ctx: Context, plan: WritePlan, options: EditOptions, summary: string[]): Promise<number> {
  const files = plan.writes.length === 1 ? plan.writes[0]!.file : `${plan.writes.length} account files`;
  try {
    const result = await applyEdit(plan, { env: ctx.io.env, commit: !options['no-commit'] });
    for (const line of summary) ctx.out(line);
    if (result.committed) ctx.out(`committed ${result.commit}: ${plain(plan.message.split('\n')[0])}${result.detached ? ` (${DETACHED})` : ''}`);
    else if (result.reason === 'no-commit') ctx.out(`wrote ${files}, not committed (--no-commit)`);
    else if (result.reason === 'not-a-repository') ctx.out(`wrote ${files}, not committed: ${plain(ctx.root)} is not in a git repository`);
    return 0;
  } catch (error) {
    if (error instanceof EditError && error.commandAlternative !== undefined) {
      ctx.io.stderr.write(`vitals: ${error.message}, ${error.commandAlternative}\n`);
      return error.exitCode;
    }
    if (!(error instanceof EditError) || error.detail === undefined) throw error;
    ctx.io.stderr.write(`vitals: ${error.message}\n${plainText(error.detail).replace(/^/gm, '  ')}\n`);
    return error.exitCode;
  }
}
