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
