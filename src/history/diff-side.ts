import { readdirSync } from 'node:fs';
import type { AccountEntry, Playbooks, Problem } from '../book/book.js';
import type { BookSource } from '../book/source.js';
import { fromSource } from '../load/load-document.js';
import { loadBook } from '../load/load-book.js';
import { diskSource } from '../load/source.js';
import { accountIdOf } from './account-path.js';
import { commitFiles, gitSource } from './git-source.js';

/** One side of a diff: the book at a commit or in the work tree, as the loader reads it. */
export interface DiffSide {
  /** The commit, or null for the work tree. */
  commit: string | null;
  playbooks?: Playbooks;
  accounts: Map<string, AccountEntry>;
  problems: Problem[];
}

/**
 * Account files parsed once by their text: the accounts a change leaves alone read the same on both
 * sides, and are parsed once and known to be unchanged by identity.
 */
export type ParsedTexts = Map<string, AccountEntry['data'] | Problem[]>;

export function sideAtCommit(root: string, commit: string, parsed: ParsedTexts): DiffSide {
  const files = commitFiles(root, commit);
  return side(root, commit, gitSource(root, commit, files), [...files.keys()], parsed);
}

export function sideInWorkTree(root: string, parsed: ParsedTexts): DiffSide {
  return side(root, null, diskSource(root), accountFilesOnDisk(root), parsed);
}

function side(root: string, commit: string | null, source: BookSource, paths: string[], parsed: ParsedTexts): DiffSide {
  // The date only matters to account warnings, and no account is read here.
  const book = loadBook({ root, source, asOf: '2000-01-01', accountFiles: [], warnings: false });
  const problems = book.problems.filter((p) => p.severity === 'error');
  const accounts = new Map<string, AccountEntry>();
  for (const file of paths.sort()) {
    const id = accountIdOf(file);
    if (id === undefined) continue;
    if (accounts.has(id)) {
      problems.push({ file, path: '', severity: 'error', message: `a second file for account "${id}" (the first: ${accounts.get(id)!.file})` });
      continue;
    }
    const read = source.read(file);
    const key = 'text' in read ? read.text : undefined;
    let data = key === undefined ? undefined : parsed.get(key);
    if (data === undefined) {
      const loaded = fromSource(read, file, 'account');
      data = loaded.value === undefined ? loaded.problems : (loaded.value as AccountEntry['data']);
      if (key !== undefined) parsed.set(key, data);
    }
    if (Array.isArray(data)) problems.push(...data.map((p) => ({ ...p, file })));
    else accounts.set(id, { id, file, data });
  }
  return { commit, ...(book.playbooks && problems.every((p) => !p.file.startsWith('playbooks/')) ? { playbooks: book.playbooks } : {}), accounts, problems };
}

/** `accounts/<id>.yaml` and `accounts/<group>/<id>.yaml` in the work tree (SPEC §2). */
function accountFilesOnDisk(root: string): string[] {
  const files: string[] = [];
  let entries;
  try {
    entries = readdirSync(`${root}/accounts`, { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (entry.isFile()) files.push(`accounts/${entry.name}`);
    else if (entry.isDirectory()) {
      for (const inner of readdirSync(`${root}/accounts/${entry.name}`, { withFileTypes: true })) {
        if (inner.isFile()) files.push(`accounts/${entry.name}/${inner.name}`);
      }
    }
  }
  return files;
}
