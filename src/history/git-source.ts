import type { BookSource } from '../book/source.js';
import { decodeSource, MAX_FILE_BYTES, type Source } from '../load/read-source.js';
import { readBlobsAtOnce } from '../git/cat-file.js';
import { git } from '../git/git.js';

export type CommitFiles = Map<string, { sha: string; size: number }>;

/** The data files of a commit (under accounts/ and playbooks/), from one `ls-tree`. */
export function commitFiles(dir: string, env: NodeJS.ProcessEnv, commit: string): CommitFiles {
  const entries: CommitFiles = new Map();
  const listing = git(dir, env, ['ls-tree', '-r', '-z', '--long', '--end-of-options', commit, '--', 'accounts', 'playbooks']).toString('utf8');
  for (const record of listing.split('\0')) {
    const match = /^100\d+ blob ([0-9a-f]+)\s+(\d+)\t(.+)$/s.exec(record);
    if (match) entries.set(match[3]!, { sha: match[1]!, size: Number(match[2]) });
  }
  return entries;
}

/**
 * The book as it was at a commit, read without touching the work tree: one `ls-tree` for the
 * names, one `cat-file --batch` for every blob.
 */
export function gitSource(dir: string, env: NodeJS.ProcessEnv, commit: string, entries = commitFiles(dir, env, commit)): BookSource {
  const blobs = readBlobsAtOnce(dir, env, [...entries.values()].filter((e) => e.size <= MAX_FILE_BYTES).map((e) => e.sha));
  return {
    list: (sub) => listed(entries, sub),
    exists: (file) => entries.has(file),
    read: (file): Source => {
      const entry = entries.get(file);
      if (!entry) return { problem: { line: 1, col: 1, message: 'no such file at this revision' } };
      if (entry.size > MAX_FILE_BYTES) {
        return { problem: { line: 1, col: 1, message: `file is ${entry.size} bytes, larger than the 1 MiB limit` } };
      }
      return decodeSource(blobs.get(entry.sha)!);
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
