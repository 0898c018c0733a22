import { planEdit, playbooksForEdit, withEditLock } from '../../edit/index.js';
import { noteAuthor } from '../../review/owner.js';
import { UsageError } from '../../util/errors.js';
import { requireBook, type Context } from '../context.js';
import { finishEdit, type EditOptions } from '../edit-report.js';

export interface NoteOptions extends EditOptions {
  author?: string | undefined;
  contact?: boolean | undefined;
}

/**
 * `vitals note ID TEXT`: a dated note, newest last, by who wrote it (review's `noteAuthor`).
 * `--contact` logs a contact with it: last_activity moves to the as-of date, in the same commit.
 */
export async function note(ctx: Context, positionals: string[], options: NoteOptions): Promise<number> {
  const [id, ...words] = positionals;
  if (id === undefined || words.length === 0) throw new UsageError('give an account and the note: vitals note acme "Upgrade planned for December"');
  requireBook(ctx);
  const playbooks = playbooksForEdit(ctx.root, ctx.asOf);
  const author = await noteAuthor(ctx.root, ctx.io.env, playbooks.team, options.author);
  const change = { kind: 'note' as const, text: words.join(' '), author, contact: options.contact };
  return withEditLock(ctx.root, ctx.io.env, () => finishEdit(ctx, planEdit({ root: ctx.root, id, asOf: ctx.asOf, playbooks, changes: [change], message: options.message }), options));
}
