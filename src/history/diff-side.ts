import type { AccountEntry, Playbooks, Problem } from '../book/book.js';
import type { BookSource, Source } from '../book/source.js';
import { bookChecks } from '../engine/index.js';
import { fromSource } from '../load/load-document.js';
import { loadBook } from '../load/load-book.js';
import { crossFileRules } from '../load/rules.js';
import { accountEntriesOnDisk, diskSource } from '../load/source.js';
import { badFileName } from '../load/account-files.js';
import { accountFileName, accountIdOf } from './account-path.js';
import { changedSince } from '../git/tree-diff.js';
import { commitFiles, gitSource, listed, type CommitFiles } from './git-source.js';

/** One side of a diff: the book at a commit or in the work tree, as the loader reads it. */
export interface DiffSide {
  /** The commit, or null for the work tree. */
  commit: string | null;
  playbooks?: Playbooks;
  accounts: Map<string, AccountEntry>;
  /** Account ids whose file is there but does not load: not compared (never `added` or `removed`). */
  unread: Map<string, string>;
  /** A commit with no file under accounts/ or playbooks/: the book did not exist yet. */
  empty?: boolean;
  problems: Problem[];
}

/**
 * Account files parsed once by their text: the accounts a change leaves alone read the same on both
 * sides, and are parsed once and known to be unchanged by identity.
 */
export type ParsedTexts = Map<string, AccountEntry['data'] | Problem[]>;

/** `checked`: the accounts are checked against the other files too (the head's errors are reported). */
export function sideAtCommit(root: string, env: NodeJS.ProcessEnv, commit: string, parsed: ParsedTexts, checked = false): DiffSide {
  const files = commitFiles(root, env, commit);
  return { ...side(root, commit, gitSource(root, env, commit, files), [...files.keys()], parsed, new Map(), checked), empty: files.size === 0 };
}

/** The work tree, with what it read and parsed by path (for `sideBeforeWorkTree`). */
export function sideInWorkTree(root: string): DiffSide & { read: WorkTreeFiles } {
  const disk = diskSource(root);
  const read: WorkTreeFiles = { texts: new Map(), parsed: new Map() };
  // Only the playbooks' texts are kept: an account is kept parsed.
  const source: BookSource = { ...disk, read: (file) => (file.startsWith('playbooks/') ? (read.texts.get(file) ?? read.texts.set(file, disk.read(file)).get(file)!) : disk.read(file)) };
  return { ...side(root, null, source, accountEntriesOnDisk(root), undefined, read.parsed, true), read };
}

/** What the work tree side read: the playbooks' texts and each account file as parsed. */
export interface WorkTreeFiles {
  texts: Map<string, Source>;
  parsed: Map<string, AccountEntry['data'] | Problem[]>;
}

/**
 * A commit, where the work tree is mostly the same: only the files git says differ are read from
 * the commit; every other file is the work tree's, already read and parsed (a weight change in a
 * 10,000-account book reads one blob and parses nothing twice).
 */
export function sideBeforeWorkTree(root: string, env: NodeJS.ProcessEnv, commit: string, workTree: WorkTreeFiles): DiffSide {
  const files = commitFiles(root, env, commit);
  const changed = changedSince(root, env, commit, ['accounts', 'playbooks']);
  const same = (path: string) => !changed.has(path) && (workTree.texts.has(path) || workTree.parsed.has(path));
  const differing: CommitFiles = new Map([...files].filter(([path]) => !same(path)));
  const fromGit = gitSource(root, env, commit, differing);
  const source: BookSource = { ...fromGit, list: (dir) => listed(files, dir), exists: (file) => files.has(file), read: (file) => (differing.has(file) ? fromGit.read(file) : workTree.texts.get(file)!) };
  const known = new Map([...workTree.parsed].filter(([path]) => same(path)));
  return { ...side(root, commit, source, [...files.keys()], undefined, known), empty: files.size === 0 };
}

/**
 * The book one side holds. Account files are parsed once: by path when `byPath` knows the file (it
 * learns each file parsed here), else by text when `parsed` has seen the text.
 */
function side(root: string, commit: string | null, source: BookSource, paths: string[], parsed: ParsedTexts | undefined, byPath: Map<string, AccountEntry['data'] | Problem[]>, checked = false): DiffSide {
  // The date only matters to account warnings, and no account is read here.
  const book = loadBook({ root, source, asOf: '2000-01-01', checks: bookChecks, accountFiles: [], warnings: false });
  const problems = book.problems.filter((p) => p.severity === 'error');
  // References to other files (an owner no member of the team): errors of a file that loads, which is still compared.
  const rules = crossFileRules(source, bookChecks);
  const accounts = new Map<string, AccountEntry>();
  const unread = new Map<string, string>();
  for (const file of paths.sort()) {
    const id = accountIdOf(file);
    if (id === undefined) {
      const name = accountFileName(file);
      if (name !== undefined) problems.push(badFileName(file, name));
      continue;
    }
    if (accounts.has(id)) {
      problems.push({ file, path: '', severity: 'error', message: `a second file for account "${id}" (the first: ${accounts.get(id)!.file})` });
      continue;
    }
    let data = byPath.get(file);
    if (data === undefined) {
      const read = source.read(file);
      const key = 'text' in read ? read.text : undefined;
      data = key === undefined ? undefined : parsed?.get(key);
      if (data === undefined) {
        const loaded = fromSource(read, file, 'account');
        data = loaded.value === undefined ? loaded.problems : (loaded.value as AccountEntry['data']);
        if (key !== undefined) parsed?.set(key, data);
      }
      byPath.set(file, data);
    }
    if (Array.isArray(data)) {
      problems.push(...data.map((p) => ({ ...p, file })));
      unread.set(id, file);
    } else {
      accounts.set(id, { id, file, data });
      if (checked && book.playbooks) rules.account(accounts.get(id)!, book.playbooks, '2000-01-01', false);
    }
  }
  problems.push(...rules.problems);
  return { commit, ...(book.playbooks && problems.every((p) => !p.file.startsWith('playbooks/')) ? { playbooks: book.playbooks } : {}), accounts, unread, problems };
}
