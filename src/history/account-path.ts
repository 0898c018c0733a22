import { ACCOUNT_ID } from '../book/files.js';

/**
 * The account id a path holds: `accounts/<id>.yaml`, or one folder deeper (SPEC §2). Keyed by id,
 * a file moved between folders keeps its history.
 */
export function accountIdOf(path: string): string | undefined {
  const name = accountFileName(path);
  return name !== undefined && ACCOUNT_ID.test(name) ? name : undefined;
}

/**
 * The name of what sits where an account file does (`accounts/<name>.yaml`, one folder deeper or
 * not, not hidden), id or not: one that is no id is a problem, never skipped in silence.
 */
export function accountFileName(path: string): string | undefined {
  const match = /^accounts\/(?:[^/.][^/]*\/)?([^/]+)\.yaml$/s.exec(path);
  return match && !match[1]!.startsWith('.') ? match[1] : undefined;
}

export const isPlaybookPath = (path: string) => path.startsWith('playbooks/');

/** What a symbolic link in a commit is, where an account or playbook file would be. */
export const LINK = 'a symbolic link: links are not followed in a commit, so it is not read';
