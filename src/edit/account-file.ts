import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Account } from '../types/schema.js';
import { ACCOUNT_ID } from '../book/files.js';
import { loadText } from '../load/load-document.js';
import { decodeSource, MAX_FILE_BYTES } from '../load/read-source.js';
import { noAccount } from '../book/no-account.js';
import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';
import { EditError } from './edit-error.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** An account file as it is on disk, read for an edit: the bytes (to compare before writing) and what they hold. */
export interface AccountFile {
  id: string;
  /** Relative to the repository root: `accounts/<id>.yaml`. */
  file: string;
  path: string;
  bytes: Buffer;
  /** The text without a byte-order mark; `bom` says whether to write one back. */
  text: string;
  bom: boolean;
  data: Account;
}

/** The id checked before it becomes a path: no `../`, no slashes, nothing but the id pattern. */
export function accountPath(root: string, id: string): { file: string; path: string } {
  if (!ACCOUNT_ID.test(id)) {
    throw new UsageError(`"${plain(id)}" is not an account id: lowercase letters, digits and dashes, starting with a letter or digit`);
  }
  const file = `accounts/${id}.yaml`;
  return { file, path: join(root, file) };
}

export function readAccountFile(root: string, id: string): AccountFile {
  const { file, path } = accountPath(root, id);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(noAccount(id, accountIds(root)));
    throw new EditError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return accountFromBytes(id, file, path, bytes);
}

export function accountFromBytes(id: string, file: string, path: string, bytes: Buffer): AccountFile {
  if (bytes.length > MAX_FILE_BYTES) throw new EditError(`${file} is larger than the 1 MiB limit: vitals does not edit it`);
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

/** The ids of the account files, for a guess at the one meant. */
function accountIds(root: string): string[] {
  try {
    return readdirSync(join(root, 'accounts')).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -5));
  } catch {
    return [];
  }
}
