import type { Playbooks } from '../book/book.js';
import { bookChecks } from '../engine/index.js';
import { loadBook } from '../load/load-book.js';
import { plain } from '../util/sanitize.js';
import { EditError } from './edit-error.js';

/**
 * The playbooks alone (no account is read): what an edit needs to know which traits are manual and
 * to score the account before and after, the team (a note's author, an imported owner) and the
 * projects (a task's). Scenarios and cadences come into no edit and are not read: a mistake in them
 * refuses no edit, and an edit of a large book saves ~15 ms of its start.
 */
export function playbooksForEdit(root: string, asOf: string): Playbooks {
  const book = loadBook({ root, asOf, checks: bookChecks, accountFiles: [], unread: ['scenarios', 'cadences'] });
  if (book.playbooks) return book.playbooks;
  const first = book.problems.find((p) => p.severity === 'error');
  const where = first ? ` (${first.file}${first.line ? `:${first.line}` : ''}: ${plain(first.message)})` : '';
  throw new EditError(`the playbooks do not load, so the score cannot be computed${where}: run vitals validate`);
}
