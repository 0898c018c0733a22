import { compileModel, manualTraits, scoreColour, type HealthColor } from '../../engine/index.js';
import { traitNames } from '../../generated/facts.js';
import { ACCOUNT_ID } from '../../book/files.js';
import { noAccount } from '../../book/no-account.js';
import { didYouMeanHint } from '../../util/did-you-mean.js';
import { plain } from '../../util/sanitize.js';
import { accountFiles, type AccountFile, type AccountFiles } from '../account-file.js';
import { commitMessage } from '../commit-message.js';
import { editAccountText } from '../edit-account-text.js';
import { EditError } from '../edit-error.js';
import { refuseFutureAsOf, type FileWrite, type WritePlan } from '../plan-edit.js';
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
  /** Import a metrics date older than an account's, or after the as-of date. */
  force?: boolean | undefined;
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
  /** The score and colour before and after: what the import's report shows of each account. */
  before: { score: number | null; color: HealthColor };
  after: { score: number | null; color: HealthColor };
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
  /**
   * Accounts updated whose `metrics_as_of` stays as it was: they hold generated traits the export
   * has no column for (`columns`), so not all their metrics are as of the export's date.
   */
  datesKept: { accounts: number; columns: string[] };
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
  refuseFutureAsOf(request.asOf);
  const playbooks = playbooksForEdit(root, request.asOf);
  const manual = manualTraits(playbooks.health);
  const generated = traitNames.filter((t) => !manual.has(t));
  const problems: ImportProblem[] = table.problems.map((message) => ({ where: 'file', message }));
  if (request.metricsDate > request.asOf && request.force !== true) {
    problems.push({ where: 'file', message: `the metrics date ${request.metricsDate} is after the as-of date ${request.asOf}: it would postpone staleness (--force imports it anyway)` });
  }
  // A file that could not be read as a table has said so once: it has no header to look for an id in.
  const unreadable = table.problems.length > 0 && table.columns.length === 0;
  if (!unreadable && !table.columns.includes('id')) problems.push({ where: 'header', message: 'no id column: the first column should be id, the account id' });
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
  const blocked = problems.length > 0 && (!request.skipInvalid || problems.some(wholeFile));
  const plan: ImportPlan = { root, writes: [], message: '', problems, blocked, accounts: [], unchanged: 0, skipped, datesKept: { accounts: 0, columns: [] } };
  if (blocked) return plan;
  const model = compileModel(playbooks);
  const changedTraits = new Set<string>();
  for (const { account, values } of valid) {
    const moved = values.filter(([trait, value]) => movesForward(account, trait, value));
    for (const [trait] of moved) changedTraits.add(trait);
    const ops: YamlOp[] = moved.map(([trait, value]) => ({ op: 'set', path: ['traits', trait], value }));
    // One date stands for all of an account's generated traits: an export without some of them
    // (a partial export) must not make those look fresh.
    const held = Object.keys(account.data.traits ?? {}).filter((t) => generated.includes(t) && !columns.includes(t));
    if (values.length > 0 && held.length > 0) {
      plan.datesKept.accounts++;
      plan.datesKept.columns = [...new Set([...plan.datesKept.columns, ...held])].sort();
    } else if (values.length > 0 && account.data.metrics_as_of !== request.metricsDate) ops.push({ op: 'set', path: ['metrics_as_of'], value: request.metricsDate });
    if (ops.length === 0) {
      plan.unchanged++;
      continue;
    }
    const edited = editAccountText(account, ops);
    const write: FileWrite = { file: account.file, path: account.path, before: account.bytes, after: edited.bytes };
    plan.writes.push(write);
    plan.accounts.push({
      id: account.id,
      before: scoreColour(model, { id: account.id, file: account.file, data: account.data }, request.asOf),
      after: scoreColour(model, { id: account.id, file: account.file, data: edited.data }, request.asOf),
    });
  }
  const n = plan.writes.length;
  // The accounts (up to 50, as a list is kept short) and the traits the commit changes, not the file's columns.
  const accounts = n <= 50 ? plan.accounts.map((a): [string, string] => ['Vitals-Account', a.id]) : [];
  plan.message = commitMessage({
    subject: `metrics sync ${request.metricsDate}: ${n} account${n === 1 ? '' : 's'}`,
    note: request.message,
    trailers: [...accounts, ...columns.filter((c) => changedTraits.has(c)).map((c): [string, string] => ['Vitals-Trait', c])],
  });
  return plan;
}

/**
 * A changed value, except a `last_activity` earlier than the file's: a contact the TA logged on the
 * 30th is not replaced by the export's 28th.
 */
function movesForward(account: AccountFile, trait: string, value: TraitValue): boolean {
  const old = (account.data.traits as Record<string, TraitValue> | undefined)?.[trait];
  if (trait === 'last_activity' && typeof old === 'string' && typeof value === 'string') return value > old;
  return old !== value;
}

/** A problem with the file or its header as a whole, which `--skip-invalid` cannot skip a row for. */
const wholeFile = (p: ImportProblem) => (p.where === 'file' || p.where === 'header') && p.column === undefined;

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
  if (!book.has(id)) return void problem('id', noAccount(id, []));
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
  // A row with no values puts nothing over anything, however old its date.
  const newer = account.data.metrics_as_of;
  if (values.length > 0 && newer !== undefined && newer > request.metricsDate && request.force !== true) {
    return void problem('id', `${id}'s metrics are as of ${newer}, newer than ${request.metricsDate}: the import would put older values over newer ones (--force imports it anyway)`);
  }
  return { account, values };
}

