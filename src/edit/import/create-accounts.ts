import { realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ACCOUNT_ID } from '../../book/files.js';
import { compileModel, manualTraits, scoreAccount, type AccountScore } from '../../engine/index.js';
import { traitNames } from '../../generated/facts.js';
import { accountReferences } from '../../load/rules.js';
import { didYouMeanHint } from '../../util/did-you-mean.js';
import { plain } from '../../util/sanitize.js';
import { accountFiles, accountFromBytes, newAccountPath, type AccountFiles } from '../account-file.js';
import { commitMessage } from '../commit-message.js';
import { EditError } from '../edit-error.js';
import { refuseFutureAsOf, type WritePlan } from '../plan-edit.js';
import { playbooksForEdit } from '../playbooks-for-edit.js';
import { freeId, idFromName, suffixed } from './account-ids.js';
import { ACCOUNT_FIELDS } from './column-map.js';
import { newAccountText, readNewAccount, type NewAccount } from './new-account.js';
import type { ImportProblem } from './plan-import.js';
import type { ImportTable } from './read-rows.js';
import type { Team } from '../../types/schema.js';

export interface CreateRequest {
  root: string;
  asOf: string;
  /** The export, its columns already renamed to vitals' fields. */
  table: ImportTable;
  /** Written to `metrics_as_of` of each new account that has generated traits. */
  metricsDate: string;
  /** The export's file name, for the commit message. */
  source: string;
  message?: string | undefined;
}

export interface CreatedAccount {
  id: string;
  name: string;
  where: string;
  /** The id the name gave, when another account had it: this one got a suffix. */
  collided?: { id: string; with: string };
  score: AccountScore;
}

export interface CreatePlan extends WritePlan {
  /** Any problem stops the import: nothing is written. */
  problems: ImportProblem[];
  created: CreatedAccount[];
}

const REQUIRED = ACCOUNT_FIELDS.filter((f) => f !== 'id');

/**
 * New account files from a platform's export, all or nothing: every column and every row is
 * checked first, and one problem anywhere means no file is written. Ids come from an id column or
 * from the names; a name whose id is taken (by another row, or by an account of another name) gets
 * the next free suffix, reported; the same name as an account already in the book is that
 * account, so the row is refused rather than made twice.
 */
export function planCreate(request: CreateRequest): CreatePlan {
  refuseFutureAsOf(request.asOf);
  const { root, table } = request;
  const plan: CreatePlan = { root, writes: [], message: '', problems: headerProblems(table, root), created: [] };
  if (plan.problems.length > 0) return plan;
  const playbooks = playbooksForEdit(root, request.asOf);
  const rows = newAccountRows(request, playbooks.team, plan.problems);
  if (plan.problems.length > 0) return plan;
  const model = compileModel(playbooks);
  const manual = manualTraits(playbooks.health);
  for (const { id, where, account, collided } of rows) {
    const { file, path } = newAccountPath(root, id);
    const bytes = Buffer.from(newAccountText(account, request.metricsDate, manual));
    // The file as the loader will read it: anything the schema refuses is the row's problem, not a bad commit.
    let loaded;
    try {
      loaded = accountFromBytes(id, { file, path }, bytes);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      plan.problems.push({ where, message: error.message });
      continue;
    }
    // And the rules between files, as validate has them: a commit that CI then fails is no import.
    const issues = accountReferences({ id, file, data: loaded.data }, playbooks);
    if (issues.length > 0) {
      plan.problems.push(...issues.map((issue) => ({ where, message: issue.message })));
      continue;
    }
    plan.writes.push({ file, path, before: undefined, after: bytes });
    const score = scoreAccount(model, { id, file, data: loaded.data }, request.asOf);
    plan.created.push({ id, name: account.name, where, score, ...(collided ? { collided } : {}) });
  }
  if (plan.problems.length > 0) return { ...plan, writes: [], created: [] };
  const n = plan.created.length;
  plan.message = commitMessage({
    subject: `import ${request.source}: ${n} new account${n === 1 ? '' : 's'}`,
    list: plan.created.length <= 50 ? plan.created.map((c) => `${c.id}: ${c.name}`) : undefined,
    note: request.message,
    trailers: plan.created.map((c): [string, string] => ['Vitals-Account', c.id]),
  });
  return plan;
}

/** Columns vitals does not know, fields no column gives, and an accounts/ that leads elsewhere. */
function headerProblems(table: ImportTable, root: string): ImportProblem[] {
  const problems: ImportProblem[] = table.problems.map((message) => ({ where: 'file', message }));
  const fields = [...ACCOUNT_FIELDS, ...traitNames];
  for (const column of table.columns) {
    if (fields.includes(column)) continue;
    const fix = `map it to a field with --map "${plain(column)}=FIELD", or leave it out with --map "${plain(column)}=-"`;
    problems.push({ where: 'header', column, message: `unknown column "${plain(column)}"${didYouMeanHint(column, fields)}: ${fix}` });
  }
  for (const field of REQUIRED) {
    if (!table.columns.includes(field)) problems.push({ where: 'header', message: `no ${field} column: name the export's column for it with --map "COLUMN=${field}"` });
  }
  const outside = accountsOutside(root);
  if (outside) problems.push({ where: 'header', message: outside });
  return problems;
}

interface NewRow {
  id: string;
  where: string;
  account: NewAccount;
  collided?: CreatedAccount['collided'];
}

/** Each row read and given its id; every problem is pushed, and a row with any is left out. */
function newAccountRows(request: CreateRequest, team: Team | undefined, problems: ImportProblem[]): NewRow[] {
  const { root, table } = request;
  const traitColumns = table.columns.filter((c) => traitNames.includes(c));
  const book = accountFiles(root);
  const existing = new Set(book.ids());
  const given = new Map<string, string>();
  const rows: NewRow[] = [];
  for (const row of table.rows) {
    const before = problems.length;
    const problem = (column: string, message: string) => problems.push({ where: row.where, column, message });
    const account = readNewAccount(row, team, traitColumns, request.asOf, problem);
    const cell = row.cells.get('id');
    const explicit = typeof cell === 'string' ? cell.trim() : '';
    if (explicit !== '') {
      if (/[/\\]|\.\./.test(explicit)) problem('id', `"${plain(explicit)}" would name a file outside accounts/: an id is lowercase letters, digits and dashes`);
      else if (!ACCOUNT_ID.test(explicit)) problem('id', `"${plain(explicit)}" is not an account id: lowercase letters, digits and dashes`);
      else if (existing.has(explicit)) problem('id', `${explicit} is already in the book`);
      else if (given.has(explicit)) problem('id', `${explicit} is also ${given.get(explicit)}'s id: one row per account`);
      else given.set(explicit, row.where);
      if (account && problems.length === before) rows.push({ id: explicit, where: row.where, account });
      continue;
    }
    if (!account) continue;
    const base = idFromName(account.name);
    const twin = base === undefined ? undefined : sameNameIn(book, base, existing, account.name);
    if (base === undefined) problem('name', `no id can be made from "${plain(account.name)}": add an id column`);
    else if (twin !== undefined) problem('name', `${plain(account.name)} is already in the book (accounts/${twin}.yaml): leave the row out`);
    else {
      const id = freeId(base, (candidate) => existing.has(candidate) || given.has(candidate));
      const collided = id === base ? undefined : { id: base, with: given.get(base) ?? `accounts/${base}.yaml` };
      given.set(id, row.where);
      rows.push({ id, where: row.where, account, ...(collided ? { collided } : {}) });
    }
  }
  return rows;
}

/**
 * The account already in the book under this name (without case), among those its id or a
 * suffixed one names: an export imported twice finds its accounts rather than making them again.
 */
function sameNameIn(book: AccountFiles, base: string, existing: Set<string>, name: string): string | undefined {
  const same = (id: string) => {
    try {
      return book.read(id).data.name.trim().toLowerCase() === name.toLowerCase();
    } catch {
      return false;
    }
  };
  for (let n = 1; existing.has(suffixed(base, n)); n++) if (same(suffixed(base, n))) return suffixed(base, n);
  return undefined;
}

/** New files go where the book is: an accounts/ that is a link leading out of the repository is refused. */
function accountsOutside(root: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(join(root, 'accounts'));
  } catch {
    return undefined;
  }
  const top = realpathSync(root);
  return real === join(top, 'accounts') || real.startsWith(`${top}${sep}`) ? undefined : 'accounts/ is a link that leads out of the repository: vitals writes no account there';
}
