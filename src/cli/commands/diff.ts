import { mergeBase, verifyCommit } from '../../git/git.js';
import { diffBooks } from '../../history/book-diff.js';
import { sideAtCommit, sideBeforeWorkTree, sideInWorkTree, type DiffSide, type ParsedTexts } from '../../history/diff-side.js';
import { DataError, UsageError } from '../../util/errors.js';
import { plain } from '../../util/sanitize.js';
import { requireBook, type Context } from '../context.js';
import { oneOf } from '../options.js';
import { diffMarkdown } from '../report/diff-markdown.js';
import { diffTable } from '../report/diff-table.js';
import { where } from '../report/problems.js';

/** `vitals diff BASE [HEAD]`: what a change does to every account, both sides scored at the as-of date. */
export async function diff(ctx: Context, args: string[], options: { format?: string | undefined }): Promise<number> {
  const format = oneOf('--format', options.format ?? 'table', ['table', 'markdown', 'json'] as const);
  if (args.length < 1 || args.length > 2) throw new UsageError('diff takes a base revision and, optionally, a head revision (default: the work tree)');
  requireBook(ctx);
  const { base, head } = await revisions(ctx, args);
  let before: DiffSide;
  let after: DiffSide;
  if (head === undefined) {
    const workTree = sideInWorkTree(ctx.root);
    after = workTree;
    before = sideBeforeWorkTree(ctx.root, ctx.io.env, base, workTree.read);
  } else {
    const parsed: ParsedTexts = new Map();
    before = sideAtCommit(ctx.root, ctx.io.env, base, parsed);
    after = sideAtCommit(ctx.root, ctx.io.env, head, parsed, true);
  }
  // A base before the book existed (the pull request that adds it): every account is added.
  if (before.empty && after.playbooks) before = { ...before, playbooks: after.playbooks, problems: [] };
  for (const [side, name] of [[before, args[0]!], [after, args[1] ?? 'the work tree']] as const) requireModel(side, name);
  const report = diffBooks({ ...before, commit: base }, after, ctx.asOf);
  if (format === 'json') ctx.json(report);
  else if (format === 'markdown') ctx.io.stdout.write(diffMarkdown(report));
  else ctx.out(diffTable(ctx, report));
  const errors = after.problems;
  for (const p of errors.slice(0, 5)) ctx.io.stderr.write(`vitals: ${plain(where(p))}: ${plain(p.message)}\n`);
  const left = after.unread.size > 0 ? ` (left out: ${after.unread.size} account${after.unread.size === 1 ? '' : 's'} whose file does not load)` : '';
  if (errors.length > 0) ctx.io.stderr.write(`vitals: ${errors.length} error${errors.length === 1 ? '' : 's'} in the head's book${left}: run vitals validate\n`);
  return errors.length > 0 ? 1 : 0;
}

/**
 * BASE and HEAD, or a range as git reads one: `A..B` is A against B, `A...B` where B left A (their
 * merge base) against B, as a pull request shows its change; either end left out is HEAD.
 */
async function revisions(ctx: Context, args: string[]): Promise<{ base: string; head: string | undefined }> {
  const verify = (rev: string) => verifyCommit(ctx.root, ctx.io.env, rev);
  // A ref name cannot hold `..`, but a revision can (`:/fix..typo`, `HEAD^{/a..b}`): one that
  // names a commit is that commit.
  const range = /^(.*?)(\.\.\.?)(.*)$/.exec(args[0]!);
  const whole = range ? await verify(args[0]!).catch(() => undefined) : undefined;
  if (!range || whole !== undefined) return { base: whole ?? (await verify(args[0]!)), head: args[1] === undefined ? undefined : await verify(args[1]) };
  if (args[1] !== undefined) throw new UsageError(`give a range (${plain(args[0]!)}) or two revisions, not both`);
  const [, from, dots, to] = range;
  const [left, right] = [await verify(from || 'HEAD'), await verify(to || 'HEAD')];
  return { base: dots === '...' ? await mergeBase(ctx.root, ctx.io.env, left, right, [from || 'HEAD', to || 'HEAD']) : left, head: right };
}

function requireModel(side: DiffSide, name: string): void {
  if (side.playbooks) return;
  const first = side.problems.find((p) => p.file.startsWith('playbooks/'));
  const why = first ? `${plain(where(first))}: ${plain(first.message)}` : 'a playbook file is missing';
  throw new DataError(`the playbooks at ${plain(name)} do not load, so nothing can be scored there (${why})`);
}
