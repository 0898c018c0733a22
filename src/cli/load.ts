import { bookChecks } from '../engine/index.js';
import type { Book, Problem } from '../book/book.js';
import { accountId } from '../load/account-files.js';
import { loadBook, type LoadOptions } from '../load/load-book.js';
import { gitSource } from '../history/git-source.js';
import { verifyCommit } from '../git/git.js';
import { plain } from '../util/sanitize.js';
import { requireBook, type Context } from './context.js';
import { where } from './report/problems.js';

export interface Loaded {
  book: Book;
  /** 1 when any file has an error (the command still works on what loaded), else 0. */
  exitCode: number;
  /**
   * Says on stderr which files failed, after the command's own output: the playbooks' first
   * (without a model nothing is scored), then the files of the accounts asked for, then the rest.
   */
  reportProblems(asked?: readonly string[]): void;
}

/** The book for a command that reads it: the work tree, or a commit with `rev`. */
export async function loadForCommand(ctx: Context, rev?: string, options: Pick<LoadOptions, 'keepAccounts' | 'onAccount'> = {}): Promise<Loaded> {
  requireBook(ctx);
  const source = rev === undefined ? undefined : gitSource(ctx.root, ctx.io.env, await verifyCommit(ctx.root, ctx.io.env, rev));
  // Only errors are reported (below), so no account's warnings are worked out.
  const book = loadBook({ root: ctx.root, asOf: ctx.asOf, checks: bookChecks, warnings: false, ...options, ...(source ? { source } : {}) });
  const errors = book.problems.filter((p) => p.severity === 'error');
  return {
    book,
    exitCode: errors.length > 0 ? 1 : 0,
    reportProblems(asked = []) {
      if (errors.length === 0) return;
      const wanted = new Set(asked);
      const rank = (p: Problem) => (p.file.startsWith('playbooks/') ? 0 : wanted.has(accountId(p.file)) ? 1 : 2);
      const first = [...errors].sort((a, b) => rank(a) - rank(b));
      for (const p of first.slice(0, 5)) ctx.io.stderr.write(`vitals: ${plain(where(p))}: ${plain(p.message)}\n`);
      const more = errors.length > 5 ? ` (${errors.length - 5} more)` : '';
      ctx.io.stderr.write(`vitals: ${errors.length} error${errors.length === 1 ? '' : 's'} in the book${more}: run vitals validate for all of them\n`);
    },
  };
}
