import type { Account } from '../types/schema.js';
import { loadText } from '../load/load-document.js';
import { MAX_FILE_BYTES } from '../load/read-source.js';
import { plain } from '../util/sanitize.js';
import type { AccountFile } from './account-file.js';
import { keyOrder } from './account-schema.js';
import { EditError } from './edit-error.js';
import { applyOps, sameValue, type YamlOp } from './yaml/changes.js';
import { editYaml, YamlEditError } from './yaml/edit-yaml.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface EditedText {
  text: string;
  bytes: Buffer;
  data: Account;
}

/**
 * The account file with the ops applied, checked twice before anything may write it: the new text
 * must pass the account schema, and must read back as exactly the old value with the ops applied —
 * so an edit can never change a value it did not mean to, whatever the file's layout.
 */
export function editAccountText(account: AccountFile, ops: readonly YamlOp[]): EditedText {
  let text: string;
  try {
    text = editYaml(account.text, ops, keyOrder);
  } catch (error) {
    if (error instanceof YamlEditError) throw new EditError(`cannot edit ${account.file}: ${error.message}`);
    throw error;
  }
  const checked = check(account, ops, text);
  if ('problem' in checked) throw new EditError(checked.problem);
  return checked.edited;
}

function check(account: AccountFile, ops: readonly YamlOp[], text: string): { edited: EditedText } | { problem: string } {
  const body = Buffer.from(text, 'utf8');
  const bytes = account.bom ? Buffer.concat([BOM, body]) : body;
  // Every command refuses a file over the limit: an edit must not make one.
  if (bytes.length > MAX_FILE_BYTES) {
    return { problem: `the edit would make ${account.file} larger than the 1 MiB limit (${bytes.length} bytes), so nothing was written: move old notes out of it first` };
  }
  const loaded = loadText(text, account.file, 'account');
  if (loaded.value === undefined) {
    const first = loaded.problems[0]!;
    const where = first.path ? ` at ${first.path}` : '';
    return { problem: `the edit would make ${account.file} invalid${where}: ${plain(first.message)}` };
  }
  if (!sameValue(loaded.value, applyOps(account.data, ops))) {
    return { problem: `cannot edit ${account.file} without changing more than asked (anchors or unusual layout?): edit it by hand` };
  }
  return { edited: { text, bytes, data: loaded.value as Account } };
}
