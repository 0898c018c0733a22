import { closeSync, constants, fstatSync, openSync, realpathSync } from 'node:fs';
import type { Source, SourceProblem } from '../book/source.js';
import { MAX_FILE_BYTES, readOpenSource } from './read-source.js';

/**
 * Where a path inside the repository really leads, as a reason not to read it or undefined when it
 * stays inside: a link that leaves the repository (or goes into `.git/`), a link loop, a dangling
 * link. A pull request could otherwise have CI print `/etc/passwd` or `.git/config` as a "file".
 */
export function repositoryGuard(root: string) {
  let realRoot: string | undefined;
  const folders = new Map<string, string | undefined>();
  const inside = (real: string): boolean => {
    realRoot ??= realpathSync.native(root);
    return real.startsWith(`${realRoot}/`) && !real.startsWith(`${realRoot}/.git/`) && real !== `${realRoot}/.git`;
  };
  /**
   * Why the path (relative to root) may not be followed, or undefined: a few words. Under
   * `accounts/`, a link to another account file or folder of the book would read one account twice,
   * under two ids.
   */
  const refusal = (path: string): string | undefined => {
    try {
      const real = realpathSync.native(`${root}/${path}`);
      if (!inside(real)) return 'a link that leaves the repository';
      const target = real.slice(realRoot!.length + 1);
      if (path.startsWith('accounts/') && target !== path && BOOK_ACCOUNTS.test(target)) {
        return `a link to ${target}, which the book already reads`;
      }
      return undefined;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return 'a link loop';
      if (code === 'ENOENT') return 'missing, or a link to nothing';
      return `unreadable (${code ?? String(error)})`;
    }
  };
  const folderRefusal = (folder: string): string | undefined => {
    if (!folders.has(folder)) folders.set(folder, refusal(folder));
    return folders.get(folder);
  };
  return { refusal, folderRefusal };
}

export type RepositoryGuard = ReturnType<typeof repositoryGuard>;

/** `accounts/` itself, a group folder in it, or an account file in either (not hidden). */
const BOOK_ACCOUNTS = /^accounts(?:\/[^/.][^/]*)?(?:\/[^/.][^/]*\.yaml)?$/;

// O_NOFOLLOW makes a link fail to open (ELOOP) so it is looked at first; O_NONBLOCK keeps a FIFO
// from hanging the open.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Reads a data file of the repository: never through a link that leaves it, never a FIFO, device or
 * folder, and never more than the size limit, which is checked before reading.
 */
export function readRepositoryFile(root: string, guard: RepositoryGuard, file: string, onOpen?: (fd: number) => void): Source {
  const opened = openRepositoryFile(root, guard, file);
  if ('problem' in opened) return opened;
  try {
    onOpen?.(opened.fd);
    return readOpenSource(opened.fd);
  } finally {
    closeSync(opened.fd);
  }
}

/**
 * Opens a data file under the rules of `readRepositoryFile`, for a reader that needs its bytes (an
 * edit); the caller closes it. A problem is at 1:1, as the loader reports it.
 */
export function openRepositoryFile(root: string, guard: RepositoryGuard, file: string): { fd: number } | { problem: SourceProblem } {
  const at = (message: string) => ({ problem: { line: 1, col: 1, message } });
  const slash = file.lastIndexOf('/');
  const folderProblem = slash > 0 ? guard.folderRefusal(file.slice(0, slash)) : undefined;
  if (folderProblem) return at(`its folder is ${folderProblem}: not read`);
  let fd: number;
  try {
    fd = openSync(`${root}/${file}`, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ELOOP') return at(`cannot read the file (${code ?? String(error)})`);
    const refused = guard.refusal(file);
    if (refused) return at(`${refused}: not read`);
    try {
      fd = openSync(realpathSync.native(`${root}/${file}`), OPEN_FLAGS);
    } catch (again) {
      return at(`cannot read the file (${(again as NodeJS.ErrnoException).code ?? String(again)})`);
    }
  }
  const stats = fstatSync(fd);
  const problem = !stats.isFile()
    ? `${stats.isDirectory() ? 'a folder' : 'not a regular file (a FIFO, device or socket)'}: not read`
    : stats.size > MAX_FILE_BYTES
      ? `file is ${stats.size} bytes, larger than the 1 MiB limit`
      : undefined;
  if (problem === undefined) return { fd };
  closeSync(fd);
  return at(problem);
}
