import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ValidationCache, type CachedResult } from '../../load/validation-cache.js';
import { requireBook, type Context } from '../context.js';
import { UsageError } from '../../util/errors.js';
import { count, printProblems, type ProblemFormat } from '../report/problems.js';
import { oneOf } from '../options.js';

export interface ValidateOptions {
  format?: string | undefined;
  strict?: boolean | undefined;
}

/** `vitals validate [PATH...]`: schema and cross-file checks; exit 1 on errors (or warnings with --strict). */
export async function validate(ctx: Context, paths: string[], options: ValidateOptions): Promise<number> {
  const format = oneOf<ProblemFormat>('--format', options.format ?? 'human', ['human', 'json', 'github']);
  requireBook(ctx);
  const selected = paths.length === 0 ? undefined : selectFiles(ctx, paths);
  const cache = ValidationCache.open(ctx.root, ctx.io.env);
  const key = cache?.key(ctx.root, ctx.asOf, selected);
  let result = key === undefined ? undefined : cache!.get(key);
  if (!result) {
    result = await check(ctx, selected);
    if (key !== undefined) cache!.set(key, result);
  }
  const { problems, checked } = result;
  printProblems(ctx, problems, format, checked);
  const { errors, warnings } = count(problems);
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}

/** Loads and checks the book (or the selected files) and counts the files checked. */
async function check(ctx: Context, selected: string[] | undefined): Promise<CachedResult> {
  const { loadBook } = await import('../../load/load-book.js');
  const accountFiles = selected?.filter((f) => f.startsWith('accounts/'));
  const book = loadBook({ root: ctx.root, asOf: ctx.asOf, keepAccounts: false, ...(accountFiles ? { accountFiles } : {}) });
  // A broken playbook is always reported: without the model no account can be checked.
  const problems = selected
    ? book.problems.filter((p) => selected.includes(p.file) || (!book.playbooks && p.file.startsWith('playbooks/')))
    : book.problems;
  return { problems, checked: selected?.length ?? book.files };
}

/** Paths given on the command line, as repository-relative files; directories expand to their YAML files. */
function selectFiles(ctx: Context, paths: string[]): string[] {
  const files = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(ctx.io.cwd, path);
    if (!existsSync(absolute)) throw new UsageError(`${path}: no such file or directory`);
    const rel = relative(ctx.root, absolute).split(sep).join('/');
    if (rel.startsWith('..')) throw new UsageError(`${path} is outside the repository ${ctx.root}`);
    if (statSync(absolute).isDirectory()) {
      for (const dir of ['accounts', 'playbooks']) {
        if (rel === '' || rel === dir || dir.startsWith(`${rel}/`)) {
          for (const name of safeList(join(ctx.root, dir))) files.add(`${dir}/${name}`);
        }
      }
    } else if (/^(accounts|playbooks)\/[^/]+\.yaml$/.test(rel)) files.add(rel);
    else throw new UsageError(`${path} is not an account or playbook file (accounts/*.yaml, playbooks/*.yaml)`);
  }
  return [...files].sort();
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.yaml'));
  } catch {
    return [];
  }
}
