import type { BookSource } from '../book/source.js';
import { decodeSource, MAX_FILE_BYTES, type Source } from '../load/read-source.js';
import { readBlobsAtOnce } from '../git/cat-file.js';
import { git } from '../git/git.js';
import { LINK } from './account-path.js';

/** The data files of a commit by path; `link`: a symbolic link, which is reported and never followed. */
export type CommitFiles = Map<string, { sha: string; link?: true }>;

/** The data files of a commit (under accounts/ and playbooks/), from one `ls-tree`. */
export function commitFiles(dir: string, env: NodeJS.ProcessEnv, commit: string): CommitFiles {
  const entries: CommitFiles = new Map();
  const listing = git(dir, env, ['ls-tree', '-r', '-z', '--end-of-options', commit, '--', 'accounts', 'playbooks']).toString('utf8');
  for (const record of listing.split('\0')) {
    const match = /^1(00|20)\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(record);
    if (match) entries.set(match[3]!, { sha: match[2]!, ...(match[1] === '20' && { link: true as const }) });
  }
  return entries;
}

/**
 * The book as it was at a commit, read without touching the work tree: one `ls-tree` for the
 * names, `cat-file` for the sizes and then the blobs (`entries`: those to read, when not all).
 */
export function gitSource(dir: string, env: NodeJS.ProcessEnv, commit: string, entries = commitFiles(dir, env, commit)): BookSource {
  const { blobs, sizes } = readBlobsAtOnce(dir, env, [...entries.values()].filter((e) => !e.link).map((e) => e.sha), MAX_FILE_BYTES);
  return {
    list: (sub) => listed(entries, sub),
    // Every path under accounts/, as a folder on disk is surveyed: group folders included.
    survey: () => ({ entries: [...entries.keys()].filter((path) => path.startsWith('accounts/')).map((path) => path.slice('accounts/'.length)), unlisted: [] }),
    exists: (file) => entries.has(file),
    read: (file): Source => {
      const entry = entries.get(file);
      if (!entry) return { problem: { line: 1, col: 1, message: 'no such file at this revision' } };
      if (entry.link) return { problem: { line: 1, col: 1, message: LINK } };
      const size = sizes.get(entry.sha);
      if (size !== undefined && size > MAX_FILE_BYTES) return { problem: { line: 1, col: 1, message: `file is ${size} bytes, larger than the 1 MiB limit` } };
      const bytes = blobs.get(entry.sha);
      // A partial clone that could not fetch it, or an object gone meanwhile.
      if (!bytes) return { problem: { line: 1, col: 1, message: `blob ${entry.sha} is not in this repository (a partial clone may not have fetched it)` } };
      return decodeSource(bytes);
    },
  };
}

/** The `.yaml`/`.yml` file names directly in a folder of a commit's files. */
export function listed(entries: CommitFiles, sub: string): string[] {
  return [...entries.keys()]
    .filter((path) => path.startsWith(`${sub}/`) && !path.slice(sub.length + 1).includes('/'))
    .map((path) => path.slice(sub.length + 1))
    .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'));
}
