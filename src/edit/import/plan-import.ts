import { compileModel, manualTraits, scoreAccount, type AccountScore } from '../../engine/index.js';
import { traitNames } from '../../generated/facts.js';
import { ACCOUNT_ID } from '../../book/files.js';
import { didYouMeanHint } from '../../util/did-you-mean.js';
import { plain } from '../../util/sanitize.js';
import { accountFiles, type AccountFile, type AccountFiles } from '../account-file.js';
import { commitMessage } from '../commit-message.js';
import { editAccountText } from '../edit-account-text.js';
import { EditError } from '../edit-error.js';
import type { FileWrite, WritePlan } from '../plan-edit.js';
import { playbooksForEdit } from '../playbooks-for-edit.js';
import { parseTraitValue, TraitValueError, type TraitValue } from '../trait-value.js';
import type { YamlOp } from '../yaml/changes.js';
import type { ImportRow, ImportTable } from './read-rows.js';

export interface ImportRequest {
  root: string;
  asOf: string;
  table: ImportTable;
  /** Written to each updated account's `metrics_as_of`. */
  metricsDate: string;
  skipInvalid: boolean;
  message?: string | undefined;
}

/** A bad row or column: where, and what to fix. */
export interface ImportProblem {
  where: string;
  column?: string;
  message: string;
}

export interface ImportedAccount {
  id: string;
  before: AccountScore;
  after: AccountScore;
}

export interface ImportPlan extends WritePlan {
  problems: ImportProblem[];
  /** True when problems stop the import: nothing is written. */
  blocked: boolean;
  /** The accounts whose files change. */
  accounts: ImportedAccount[];
  /** Rows that change nothing (every cell empty, or every value and the metrics date already so). */
  unchanged: number;
  /** Rows left out because of a problem (only with `skipInvalid`). */
  skipped: number;
}

interface ValidRow {
  account: AccountFile;
  values: Array<[string, TraitValue]>;
}

/**
 * The monthly export of generated traits, checked whole before anything is written: every row's
 * id and every cell. With problems and without `skipInvalid` the plan writes nothing; with it, the
 * valid rows are imported and the problems still reported.
 */
export function planImport(request: ImportRequest): ImportPlan {
  const { root, table } = request;
  const playbooks = playbooksForEdit(root, request.asOf);
  const manual = manualTraits(playbooks.health);
  const generated = traitNames.filter((t) => !manual.has(t));
  const problems: ImportProblem[] = table.problems.map((message) => ({ where: 'file', message }));
  if (!table.columns.includes('id')) problems.push({ where: 'header', message: 'no id column: the first column should be id, the account id' });
  const columns = table.columns.filter((c) => c !== 'id' && checkColumn(c, generated, manual, problems));
  const valid: ValidRow[] = [];
  const seen = new Map<string, string>();
  let skipped = 0;
  const book = accountFiles(root);
  for (const row of table.rows) {
    const before = problems.length;
    const checked = checkRow(row, columns, request, book, seen, problems);
    if (checked && problems.length === before) valid.push(checked);
    else skipped++;
  }
  const blocked = problems.length > 0 && (!request.skipInvalid || table.problems.length > 0 || !table.columns.includes('id'));
  const plan: ImportPlan = { root, writes: [], message: '', problems, blocked, accounts: [], unchanged: 0, skipped };
  if (blocked) return plan;
  const model = compileModel(playbooks);
  for (const { account, values } of valid) {
    const ops: YamlOp[] = values
      .filter(([trait, value]) => (account.data.traits as Record<string, TraitValue> | undefined)?.[trait] !== value)
      .map(([trait, value]) => ({ op: 'set', path: ['traits', trait], value }));
    if (values.length > 0 && account.data.metrics_as_of !== request.metricsDate) ops.push({ op: 'set', path: ['metrics_as_of'], value: request.metricsDate });
    if (ops.length === 0) {
      plan.unchanged++;
      continue;
    }
    const edited = editAccountText(account, ops);
    const write: FileWrite = { file: account.file, path: account.path, before: account.bytes, after: edited.bytes };
    plan.writes.push(write);
    plan.accounts.push({
      id: account.id,
      before: scoreAccount(model, { id: account.id, file: account.file, data: account.data }, request.asOf),
      after: scoreAccount(model, { id: account.id, file: account.file, data: edited.data }, request.asOf),
    });
  }
  const n = plan.writes.length;
  plan.message = commitMessage({
    subject: `metrics sync ${request.metricsDate}: ${n} account${n === 1 ? '' : 's'}`,
    note: request.message,
    trailers: columns.map((c): [string, string] => ['Vitals-Trait', c]),
  });
  return plan;
}

function checkColumn(column: string, generated: string[], manual: ReadonlyMap<string, number>, problems: ImportProblem[]): boolean {
  if (generated.includes(column)) return true;
  const message = manual.has(column)
    ? `${column} is a manual trait, the TA's own judgement: set it with vitals set, not an import`
    : `unknown column "${plain(column)}"${didYouMeanHint(column, ['id', ...generated])}: the columns are id and the generated traits ${generated.join(', ')}`;
  problems.push({ where: 'header', column, message });
  return false;
}

function checkRow(
  row: ImportRow,
  columns: string[],
  request: ImportRequest,
  book: AccountFiles,
  seen: Map<string, string>,
  problems: ImportProblem[],
): ValidRow | undefined {
  const raw = row.cells.get('id');
  const id = typeof raw === 'string' ? raw.trim() : raw;
  const problem = (column: string, message: string) => problems.push({ where: row.where, column, message });
  if (typeof id !== 'string' || id === '') return void problem('id', 'no account id');
  if (!ACCOUNT_ID.test(id)) return void problem('id', `"${plain(id)}" is not an account id: lowercase letters, digits and dashes`);
  if (seen.has(id)) return void problem('id', `${id} is also in ${seen.get(id)}: one row per account`);
  seen.set(id, row.where);
  if (!book.has(id)) return void problem('id', `no account "${id}" in the book`);
  let account: AccountFile;
  try {
    account = book.read(id);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    return void problem('id', error.message);
  }
  const values: Array<[string, TraitValue]> = [];
  for (const column of columns) {
    const cell = row.cells.get(column);
    if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
    try {
      values.push([column, parseTraitValue(column, cell, request.asOf)]);
    } catch (error) {
      if (!(error instanceof TraitValueError)) throw error;
      problem(column, error.message);
    }
  }
  return { account, values };
}

