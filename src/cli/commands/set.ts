import { planEdit, TraitValueError, parseTraitValue, withEditLock, type EditChange } from '../../edit/index.js';
import { UsageError } from '../../util/errors.js';
import { plain } from '../../util/sanitize.js';
import { requireBook, type Context } from '../context.js';
import { finishEdit, type EditOptions } from '../edit-report.js';

/** `vitals set ID TRAIT=VALUE...`: traits parsed by their schema type, one commit for all of them. */
export function set(ctx: Context, positionals: string[], options: EditOptions): Promise<number> {
  const [id, ...assignments] = positionals;
  if (id === undefined || assignments.length === 0) throw new UsageError('give an account and at least one TRAIT=VALUE: vitals set acme ce_pulse=concerning');
  requireBook(ctx);
  const seen = new Set<string>();
  const changes: EditChange[] = assignments.map((assignment) => {
    const eq = assignment.indexOf('=');
    if (eq <= 0) throw new UsageError(`"${plain(assignment)}" is not TRAIT=VALUE (e.g. ce_pulse=concerning)`);
    const trait = assignment.slice(0, eq);
    if (seen.has(trait)) throw new UsageError(`${plain(trait)} is given twice`);
    seen.add(trait);
    try {
      return { kind: 'trait', trait, value: parseTraitValue(trait, assignment.slice(eq + 1), ctx.asOf) };
    } catch (error) {
      if (error instanceof TraitValueError) throw new UsageError(error.message);
      throw error;
    }
  });
  // Read, written and committed under the edit lock: a concurrent edit waits, then sees this one.
  return withEditLock(ctx.root, ctx.io.env, () => finishEdit(ctx, planEdit({ root: ctx.root, id, asOf: ctx.asOf, changes, message: options.message }), options));
}
