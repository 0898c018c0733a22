import { closeSync, fstatSync, readSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Account } from '../types/schema.js';
import { ACCOUNT_ID } from '../book/files.js';
import { surveyedFilesById } from '../load/account-files.js';
import { surveyAccountNamed, surveyAccounts } from '../load/account-survey.js';
import { loadText } from '../load/load-document.js';
import { decodeSource } from '../load/read-source.js';
import { openRepositoryFile, repositoryGuard, type RepositoryGuard } from '../load/repo-file.js';
import { noAccount } from '../book/no-account.js';
import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';
import { EditError } from './edit-error.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** An account file as it is on disk, read for an edit: the bytes (to compare before writing) and what they hold. */
export interface AccountFile {
  id: string;
  /**
   * Where the account really lives, relative to the repository root (`accounts/<id>.yaml`, or in a
   * group folder): the file written and committed, a link inside the repository resolved.
   */
  file: string;
  /** The same, absolute: what the atomic write replaces. */
  path: string;
  bytes: Buffer;
  /** The text without a byte-order mark; `bom` says whether to write one back. */
  text: string;
  bom: boolean;
  data: Account;
}

/**
 * The book's account files as the loader finds them (one rule, `surveyedFilesById`), listed once,
 * each read for an edit through the loader's guard: never through a link that leaves the
 * repository or goes into `.git/`, never a FIFO or device, never past the size limit. With `only`,
 * just that account is to be read, and is found without listing the others where the layout
 * allows (`surveyAccountNamed`).
 */
export function accountFiles(root: string, only?: string) {
  const guard = repositoryGuard(root);
  const named = only !== undefined && ACCOUNT_ID.test(only) ? surveyAccountNamed(root, guard, `${only}.yaml`) : undefined;
  const survey = named ?? surveyAccounts(root, guard);
  let everyId: Map<string, string[]> | undefined;
  // Every id needs every file: listed now if only the one was looked at.
  const byId = () => (everyId ??= surveyedFilesById(named ? surveyAccounts(root, guard) : survey, []));
  /**
   * The files that claim one id: the same rule applied to the entries named `<id>.yaml` alone, so
   * that an edit of one account in a book of 10,000 does not sort and sift them all (~15 ms).
   */
  const filesOf = (id: string): string[] | undefined => {
    if (everyId || (named && id !== only)) return byId().get(id);
    const name = `${id}.yaml`;
    const entries = survey.entries.filter((entry) => entry === name || entry.endsWith(`/${name}`));
    return surveyedFilesById({ entries, unlisted: [] }, []).get(id);
  };
  return {
    has: (id: string): boolean => byId().has(id),
    ids: (): string[] => [...byId().keys()],
    read(id: string): AccountFile {
      if (!ACCOUNT_ID.test(id)) {
        throw new UsageError(`"${plain(id)}" is not an account id: lowercase letters, digits and dashes, starting with a letter or digit`);
      }
      const files = filesOf(id);
      if (files === undefined) throw new UsageError(noAccount(id, [...byId().keys()]));
      if (files.length > 1) {
        throw new EditError(`account id "${id}" is in both ${files[0]} and ${files[1]}: ids are unique across the book, so vitals will not edit either; rename or remove one`);
      }
      const listed = files[0]!;
      const opened = openRepositoryFile(root, guard, listed);
      if ('problem' in opened) throw new EditError(`${listed}:${opened.problem.line}:${opened.problem.col}: ${opened.problem.message}, so vitals will not edit it`);
      let bytes: Buffer;
      try {
        bytes = readAll(opened.fd, listed);
      } catch (error) {
        if (error instanceof EditError) throw error;
        throw new EditError(`cannot read ${listed} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      } finally {
        closeSync(opened.fd);
      }
      return accountFromBytes(id, realFile(root, guard, listed), bytes);
    },
  };
}

export type AccountFiles = ReturnType<typeof accountFiles>;

export function readAccountFile(root: string, id: string): AccountFile {
  return accountFiles(root, id).read(id);
}

/**
 * The file a listed path stands for, relative to the root: itself, or where a link inside the
 * repository leads, so that the write replaces the real file (and never a link) and the commit
 * holds the change. Checked again after the read, so a link changed meanwhile is refused.
 */
function realFile(root: string, guard: RepositoryGuard, listed: string): { file: string; path: string } {
  const refused = guard.refusal(listed);
  if (refused) throw new EditError(`${listed}:1:1: ${refused}: not read, so vitals will not edit it`);
  try {
    const path = realpathSync.native(join(root, listed));
    return { file: relative(realpathSync.native(root), path).split(sep).join('/'), path };
  } catch (error) {
    throw new EditError(`${listed} changed while vitals read it (${(error as NodeJS.ErrnoException).code ?? String(error)}), so nothing was written: run the edit again`);
  }
}

/**
 * The open file's bytes, read at most one past the size it had when opened (which the guard held
 * to the limit): one that grew meanwhile is refused at no cost.
 */
function readAll(fd: number, file: string): Buffer {
  const buffer = Buffer.allocUnsafe(fstatSync(fd).size + 1);
  let read = 0;
  for (let n; read < buffer.length && (n = readSync(fd, buffer, read, buffer.length - read, null)) > 0; ) read += n;
  if (read === buffer.length) throw new EditError(`${file} changed while vitals read it, so nothing was written: run the edit again`);
  return buffer.subarray(0, read);
}

/** Where a new account file goes: the id checked before it becomes a path (no `../`, no slashes). */
export function newAccountPath(root: string, id: string): { file: string; path: string } {
  if (!ACCOUNT_ID.test(id)) {
    throw new UsageError(`"${plain(id)}" is not an account id: lowercase letters, digits and dashes, starting with a letter or digit`);
  }
  const file = `accounts/${id}.yaml`;
  return { file, path: join(root, file) };
}

/** An account file's bytes, read as the loader reads them: refused with one sentence when they do not load. */
export function accountFromBytes(id: string, { file, path }: { file: string; path: string }, bytes: Buffer): AccountFile {
  const bom = bytes.subarray(0, 3).equals(BOM);
  const source = decodeSource(bom ? bytes.subarray(3) : bytes);
  if ('problem' in source) throw new EditError(`${file}:${source.problem.line}:${source.problem.col}: ${source.problem.message}`);
  const loaded = loadText(source.text, file, 'account');
  if (loaded.value === undefined) {
    const first = loaded.problems[0]!;
    throw new EditError(`${file} has errors, so vitals will not edit it: ${file}:${first.line}:${first.col}: ${plain(first.message)} (run vitals validate)`);
  }
  return { id, file, path, bytes, text: source.text, bom, data: loaded.value as Account };
}
