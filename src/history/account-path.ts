import { ACCOUNT_ID } from '../book/files.js';

/**
 * The account id a path holds: `accounts/<id>.yaml`, or one folder deeper (SPEC §2). Keyed by id,
 * a file moved between folders keeps its history.
 */
export function accountIdOf(path: string): string | undefined {
  const match = /^accounts\/(?:[^/]+\/)?([^/]+)\.yaml$/.exec(path);
  return match && ACCOUNT_ID.test(match[1]!) ? match[1] : undefined;
}

export const isPlaybookPath = (path: string) => path.startsWith('playbooks/');

/** What a symbolic link in a commit is, where an account or playbook file would be. */
export const LINK = 'a symbolic link: links are not followed in a commit, so it is not read';
