import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeFolder } from '../../edit/index.js';
import { currentBranch, defaultBranch, gitDir, prefixInRepository } from '../../git/git.js';
import { initRepository } from '../../git/new-files.js';
import { planInit } from '../../init/plan-init.js';
import { packageVersion } from '../../init/shipped-files.js';
import { UsageError } from '../../util/errors.js';
import { plain } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { commitAndReport } from '../edit-report.js';

/** `vitals init DIR`: a team's book to start from, in one commit; a folder holding a book is refused. */
export async function init(ctx: Context, positionals: string[]): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('give the folder for the book: vitals init acme-book (or . for this one)');
  const root = resolve(ctx.io.cwd, positionals[0]!);
  if (isFile(root)) throw new UsageError(`${plain(root)} is a file: vitals init needs a folder`);
  makeFolder(root, plain(root));
  const fresh = (await gitDir(root, ctx.io.env)) === undefined;
  // The workflow runs for the branch the book is on: a repository on master gets master. A new one
  // starts where the user's own `git init` would (init.defaultBranch), else on main.
  const branch = (await (fresh ? defaultBranch(root, ctx.io.env) : currentBranch(root, ctx.io.env))) ?? 'main';
  const plan = planInit(root, packageVersion(), branch);
  if (fresh) await initRepository(root, ctx.io.env, branch);
  const where = `${plain(root)}${fresh ? ' (a new git repository)' : ''}`;
  const kept = [
    ...plan.kept.map((file) => `kept your ${plain(file)}: vitals init writes one only where there is none`),
    ...plan.linked.map(({ file, link }) => `left out ${plain(file)}: ${plain(link)} is a symbolic link, and vitals writes nothing through one`),
  ];
  const code = await commitAndReport(ctx, plan, {}, [`started a book in ${where}: ${plan.writes.length} files`, ...kept]);
  if (code !== 0) return code;
  // GitHub runs only the workflows at the top of a repository: a book in a folder of one says where its goes.
  const prefix = fresh ? '' : await prefixInRepository(root, ctx.io.env);
  const workflow = prefix === ''
    ? '  .github/workflows/vitals.yml   VITALS_PACKAGE: where CI installs vitals from, pinned'
    : `  .github/workflows/vitals.yml   GitHub runs workflows only from the repository's top: move it to the top's .github/workflows/ and give its steps working-directory: ${plain(prefix.replace(/\/$/, ''))}`;
  ctx.out(
    [
      'next:',
      '  playbooks/team.yaml            your team: ids, names, e-mails (an account\'s owner is an id there)',
      '  vitals import FILE --create    your accounts, from the CS platform\'s CSV or JSON export',
      workflow,
    ].join('\n'),
  );
  return 0;
}

function isFile(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}
