import type { Account } from '../types/schema.js';
import type { AccountEntry, Book, Playbooks, Problem } from '../book/book.js';
import type { BookChecks } from '../book/checks.js';
import { ACCOUNT_ID, PLAYBOOK_FILES } from '../book/files.js';
import { showInvisible } from '../util/sanitize.js';
import { accountId, badFileName, LINKED, listAccountFiles } from './account-files.js';
import { loadDocument } from './load-document.js';
import { crossFileRules } from './rules.js';
import { diskSource, type BookSource } from './source.js';
import type { Source } from '../book/source.js';

export interface LoadOptions {
  /** Repository root holding accounts/ and playbooks/ (for a revision: the repository it came from). */
  root: string;
  /** The engine's checks (`bookChecks`), which the loader runs on what loaded without knowing the engine. */
  checks: BookChecks;
  /** Where the files are read from; default: the work tree at root. */
  source?: BookSource;
  /** The as-of date (YYYY-MM-DD) for date-dependent warnings. */
  asOf: string;
  /** Load only these account files (paths relative to root); default: every `accounts/*.yaml`. */
  accountFiles?: string[];
  /**
   * false: check every account but keep none in `accounts` (`vitals validate` needs only the
   * problems, and 10,000 accounts kept alive cost more in garbage collection than reading them).
   */
  keepAccounts?: boolean;
  /**
   * false: no per-account warnings (a passed renewal date, a champion short of the criteria): for
   * commands that report only errors, ~1.5 µs an account of work nobody reads. The model's own
   * warnings are always checked.
   */
  warnings?: boolean;
  /** Called with each account that loads, in id order, as soon as it has been checked. */
  onAccount?: (entry: AccountEntry, playbooks: Playbooks | undefined) => void;
  /**
   * Playbook files the caller never reads (an edit scores one account: no scenario or cadence
   * comes into it): not read, left empty (`Book.emptied`), so a mistake in one of them is no
   * reason to refuse, and their parse and checks cost nothing. Each holds its empty list.
   */
  unread?: ReadonlyArray<'scenarios' | 'cadences'>;
}

/** Loads the whole book: every file that loads is in it, every problem is reported, none stops the rest. */
export function loadBook(options: LoadOptions): Book {
  const { root } = options;
  const source = keepingLastRead(options.source ?? diskSource(root));
  const problems: Problem[] = [];
  const { playbooks, emptied } = loadPlaybooks(source, problems, options.unread ?? []);
  const rules = crossFileRules(source, options.checks, emptied);
  if (playbooks) rules.model(playbooks);
  const accounts: AccountEntry[] = [];
  const files = (options.accountFiles ?? listAccountFiles(source, problems)).sort(byId);
  for (const file of files) {
    const id = accountId(file);
    if (!ACCOUNT_ID.test(id)) {
      problems.push(badFileName(file, id));
      continue;
    }
    const loaded = loadDocument(source, file, 'account');
    problems.push(...loaded.problems);
    if (loaded.value === undefined) continue;
    const entry = { id, file, data: loaded.value as Account };
    if (playbooks) rules.account(entry, playbooks, options.asOf, options.warnings !== false);
    options.onAccount?.(entry, playbooks);
    if (options.keepAccounts !== false) accounts.push(entry);
  }
  problems.push(...rules.problems);
  // A link that is not read (it leads out, or to another account's file) says so once, as an error.
  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  for (let i = problems.length - 1; i >= 0; i--) if (problems[i]!.message === LINKED && failed.has(problems[i]!.file)) problems.splice(i, 1);
  // Messages quote the files' text: what cannot be seen there is shown escaped.
  for (const p of problems) p.message = showInvisible(p.message);
  // Reported file by file, top to bottom, as an editor lists them.
  problems.sort(byPlace);
  // A playbook file that is missing is reported, not counted as checked.
  const playbookFiles = PLAYBOOK_FILES.filter(([name]) => source.exists(`playbooks/${name}`)).length;
  const book: Book = { root, accounts, problems, files: files.length + playbookFiles };
  if (playbooks) book.playbooks = playbooks;
  if (emptied.length > 0) book.emptied = emptied;
  return book;
}

/** Problems file by file, top to bottom, as an editor lists them. */
export function byPlace(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0);
}

/**
 * The source, keeping the last file it read: a problem found after loading an account (a warning)
 * is located in the file just loaded, which is then not read from disk a second time.
 */
function keepingLastRead(source: BookSource): BookSource {
  let last: { file: string; read: Source } | undefined;
  const kept: BookSource = {
    list: (dir) => source.list(dir),
    exists: (file) => source.exists(file),
    read: (file) => {
      if (last?.file !== file) last = { file, read: source.read(file) };
      return last.read;
    },
  };
  if (source.survey) kept.survey = () => source.survey!();
  return kept;
}

/** Account files in the order of their ids (`a` before `a-b`, which file names would invert). */
function byId(a: string, b: string): number {
  const x = accountId(a);
  const y = accountId(b);
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** The playbooks (undefined when one a score reads did not load), and the fields left empty in them. */
function loadPlaybooks(source: BookSource, problems: Problem[], unread: ReadonlyArray<keyof Playbooks>): { playbooks?: Playbooks; emptied: Array<keyof Playbooks> } {
  const loaded: Partial<Record<keyof Playbooks, unknown>> = {};
  const emptied: Array<keyof Playbooks> = [];
  let complete = true;
  for (const [name, field, kind, standIn] of PLAYBOOK_FILES) {
    const file = `playbooks/${name}`;
    let value: unknown;
    if (unread.includes(field)) {
      loaded[field] = { [field]: [] };
      emptied.push(field);
      continue;
    }
    if (!source.exists(file)) {
      problems.push({ file, path: '', severity: 'error', message: `missing playbook file: every book needs playbooks/${name}` });
    } else {
      const document = loadDocument(source, file, kind);
      problems.push(...document.problems);
      value = document.value;
    }
    if (value === undefined && standIn !== undefined) {
      value = structuredClone(standIn);
      emptied.push(field);
    }
    if (value === undefined) complete = false;
    else loaded[field] = value;
  }
  for (const name of source.list('playbooks')) {
    if (name.endsWith('.yaml') && !PLAYBOOK_FILES.some(([known]) => known === name)) {
      problems.push({ file: `playbooks/${name}`, path: '', severity: 'warning', message: `not a playbook vitals knows: the playbook files are ${PLAYBOOK_FILES.map(([f]) => f).join(', ')}` });
    }
  }
  return complete ? { playbooks: loaded as Playbooks, emptied } : { emptied: [] };
}
