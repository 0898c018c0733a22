import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { findGitDir } from '../../git/find-git-dir.js';
import { ValidationCache, type CachedResult } from '../../load/validation-cache.js';
import { accountEntriesOnDisk, diskSource, listData, stampedDiskSource, type BookSource } from '../../load/source.js';
import { requireBook, type Context } from '../context.js';
import { UsageError } from '../../util/errors.js';
import { passes, printProblems, type ProblemFormat } from '../report/problems.js';
import { oneOf } from '../options.js';
import { noSuchFile } from '../no-such-file.js';

export interface ValidateOptions {
  format?: string | undefined;
  strict?: boolean | undefined;
  cache?: boolean | undefined;
}

/** `vitals validate [PATH...]`: schema and cross-file checks; exit 1 on errors (or warnings with --strict). */
export async function validate(ctx: Context, paths: string[], options: ValidateOptions): Promise<number> {
  const format = oneOf<ProblemFormat>('--format', options.format ?? 'human', ['human', 'json', 'github']);
  requireBook(ctx);
  const selected = paths.length === 0 ? undefined : selectFiles(ctx, paths);
  const { problems, checked } = options.cache ? await cachedCheck(ctx, selected) : await check(ctx, selected, diskSource(ctx.root));
  const strict = options.strict === true;
  printProblems(ctx, problems, format, checked, strict);
  return passes(problems, strict) ? 0 : 1;
}

/**
 * `--cache`: the result from the cache when no file changed, else checked and stored; outside git
 * (no .git/ to keep it in) just checked. With nothing stored yet (a first run, a CI runner), the key
 * comes from the files as they are read rather than from a stat of every file beforehand.
 */
async function cachedCheck(ctx: Context, selected: string[] | undefined): Promise<CachedResult> {
  const dir = findGitDir(ctx.root, ctx.io.env);
  if (!dir) return check(ctx, selected, diskSource(ctx.root));
  const cache = new ValidationCache(dir);
  if (!selected && !cache.exists()) {
    const source = stampedDiskSource(ctx.root);
    const result = await check(ctx, selected, source);
    cache.set(cache.keyOf(ctx.root, ctx.asOf, selected, source.listed()), result);
    return result;
  }
  const key = cache.key(ctx.root, ctx.asOf, selected);
  const stored = cache.get(key);
  if (stored) return stored;
  const result = await check(ctx, selected, diskSource(ctx.root));
  cache.set(key, result);
  return result;
}

/**
 * Loads and checks the book (or the selected files) and counts the files checked. A playbook file
 * is checked with the whole book, which it is the rules of (a member taken out of team.yaml breaks
 * the accounts they own); an account file with the others' ids, so a copy under another folder
 * is caught in a pre-commit hook that names only the new file.
 */
async function check(ctx: Context, selected: string[] | undefined, source: BookSource): Promise<CachedResult> {
  const { loadBook } = await import('../../load/load-book.js');
  const { accountFilesById, accountId, duplicateId } = await import('../../load/account-files.js');
  const { bookChecks } = await import('../../engine/index.js');
  const whole = !selected || selected.some((f) => f.startsWith('playbooks/'));
  const accountFiles = whole ? undefined : selected.filter((f) => f.startsWith('accounts/'));
  const book = loadBook({ root: ctx.root, asOf: ctx.asOf, checks: bookChecks, source, keepAccounts: false, ...(accountFiles ? { accountFiles } : {}) });
  if (whole) return { problems: book.problems, checked: book.files };
  // A broken playbook is always reported: without the model no account can be checked.
  const problems = book.problems.filter((p) => selected.includes(p.file) || (!book.playbooks && p.file.startsWith('playbooks/')));
  const byId = accountFilesById(source, []);
  for (const id of new Set(accountFiles!.map(accountId))) {
    const [first, ...others] = byId.get(id) ?? [];
    if (others.length > 0 && [first, ...others].some((f) => selected.includes(f!))) problems.push(...others.map((file) => duplicateId(id, first!, file)));
  }
  return { problems, checked: selected.length };
}

/** Paths given on the command line, as repository-relative files; directories expand to their YAML files. */
function selectFiles(ctx: Context, paths: string[]): string[] {
  const files = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(ctx.io.cwd, path);
    if (!existsSync(absolute)) throw noSuchFile(path);
    const rel = relative(ctx.root, absolute).split(sep).join('/');
    if (rel.startsWith('..')) throw new UsageError(`${path} is outside the repository ${ctx.root}`);
    if (statSync(absolute).isDirectory()) {
      for (const file of dataFiles(ctx.root)) if (rel === '' || file.startsWith(`${rel}/`)) files.add(file);
    } else if (/^(accounts\/([^/]+\/)?|playbooks\/)[^/]+\.yaml$/.test(rel)) files.add(rel);
    else throw new UsageError(`${path} is not an account or playbook file (accounts/*.yaml, accounts/<group>/*.yaml, playbooks/*.yaml)`);
  }
  return [...files].sort();
}

/** Every account and playbook file, as the loader lists them. */
function dataFiles(root: string): string[] {
  const playbooks = listData(root, 'playbooks').map((n) => `playbooks/${n}`);
  return [...accountEntriesOnDisk(root), ...playbooks].filter((file) => file.endsWith('.yaml'));
}
