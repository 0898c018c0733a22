import { planEdit, playbooksForEdit, withEditLock } from '../../edit/index.js';
import { currentMember } from '../../review/owner.js';
import { UsageError } from '../../util/errors.js';
import { requireBook, type Context } from '../context.js';
import { finishEdit, type EditOptions } from '../edit-report.js';

/**
 * `vitals note ID TEXT`: a dated note, newest last. Its author is the team member whose e-mail is
 * the user's `git config user.email`; when none matches, the account's owner (the note is about
 * their account, and `author` must be a team member).
 */
export async function note(ctx: Context, positionals: string[], options: EditOptions): Promise<number> {
  const [id, ...words] = positionals;
  if (id === undefined || words.length === 0) throw new UsageError('give an account and the note: vitals note acme "Upgrade planned for December"');
  requireBook(ctx);
  const playbooks = playbooksForEdit(ctx.root, ctx.asOf);
  const author = await currentMember(ctx.root, ctx.io.env, playbooks.team);
  const changes = [{ kind: 'note' as const, text: words.join(' '), author }];
  return withEditLock(ctx.root, ctx.io.env, () => finishEdit(ctx, planEdit({ root: ctx.root, id, asOf: ctx.asOf, playbooks, changes, message: options.message }), options));
}
