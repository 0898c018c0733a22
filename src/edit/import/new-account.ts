import type { Team } from '../../types/schema.js';
import { traitNames } from '../../generated/facts.js';
import { memberByEmail } from '../../book/owner.js';
import { controlChars } from '../../util/control-chars.js';
import { didYouMeanHint } from '../../util/did-you-mean.js';
import { isIsoDate } from '../../util/iso-date.js';
import { plain } from '../../util/sanitize.js';
import { parseTraitValue, TraitValueError, type TraitValue } from '../trait-value.js';
import { scalarSource } from '../yaml/scalar-source.js';
import type { ImportRow } from './read-rows.js';

const SEGMENTS = ['strategic', 'enterprise', 'commercial'];
const CONTROLS = controlChars();

/** What a row of a platform's export gives a new account file. */
export interface NewAccount {
  name: string;
  owner: string;
  segment: string;
  arr: number;
  seats: number;
  close_date: string;
  renewal_date: string;
  traits: Map<string, TraitValue>;
}

/** Says what is wrong with a cell: the column and the sentence. */
export type CellProblem = (column: string, message: string) => void;

/**
 * The row's cells as a new account's fields, each checked the way a person fixes it ("seats is a
 * whole number of at least 1, not "many""); undefined when any is wrong, every problem said.
 * Owners are matched against the team by id or by e-mail (without case), as exports name them.
 */
export function readNewAccount(row: ImportRow, team: Team | undefined, traitColumns: string[], asOf: string, problem: CellProblem): NewAccount | undefined {
  let ok = true;
  const fail = (column: string, message: string) => {
    ok = false;
    problem(column, message);
  };
  const text = (column: string): string | undefined => {
    const cell = row.cells.get(column);
    const value = typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : undefined;
    if (value === undefined || value === '') return void fail(column, `no ${column}: every new account needs one`);
    if (CONTROLS.test(value)) return void fail(column, `${column} holds control characters`);
    return value;
  };
  const name = text('name');
  const owner = ownerId(text('owner'), team, fail);
  const segment = oneOf('segment', text('segment'), SEGMENTS, fail);
  const arr = amount('arr', row.cells.get('arr'), 0, false, fail);
  const seats = amount('seats', row.cells.get('seats'), 1, true, fail);
  const close = date('close_date', text('close_date'), fail);
  const renewal = date('renewal_date', text('renewal_date'), fail);
  const traits = new Map<string, TraitValue>();
  for (const trait of traitColumns) {
    const cell = row.cells.get(trait);
    if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
    try {
      traits.set(trait, parseTraitValue(trait, cell, asOf));
    } catch (error) {
      if (!(error instanceof TraitValueError)) throw error;
      fail(trait, error.message);
    }
  }
  if (!ok) return undefined;
  return { name: name!, owner: owner!, segment: segment!, arr: arr!, seats: seats!, close_date: close!, renewal_date: renewal!, traits };
}

function ownerId(value: string | undefined, team: Team | undefined, fail: CellProblem): string | undefined {
  if (value === undefined) return undefined;
  const id = team?.members.some((m) => m.id === value) ? value : memberByEmail(team, value);
  if (id !== undefined) return id;
  const ids = team?.members.map((m) => m.id) ?? [];
  return void fail('owner', `"${plain(value)}" is no one in playbooks/team.yaml (by id or e-mail)${didYouMeanHint(value, ids)}: add them to the team first`);
}

function oneOf(column: string, value: string | undefined, values: string[], fail: CellProblem): string | undefined {
  if (value === undefined) return undefined;
  if (values.includes(value.toLowerCase())) return value.toLowerCase();
  return void fail(column, `${column} is one of ${values.join(', ')}, not "${plain(value)}"${didYouMeanHint(value, values)}`);
}

/** A number as exports write it: `120000`, `120000.5`, `$120,000` (commas only as thousands groups). */
function amount(column: string, cell: unknown, minimum: number, whole: boolean, fail: CellProblem): number | undefined {
  const raw = typeof cell === 'string' ? cell.trim().replace(/^\$\s*/, '') : cell;
  // 120.000 is a hundred and twenty thousand in a European export and 120 in an American one: asked, not guessed.
  if (typeof raw === 'string' && /^\d{1,3}(\.\d{3})+$/.test(raw)) {
    return void fail(column, `${column} "${plain(raw)}" could be read two ways: write it with no thousands separator (${raw.replace(/\./g, '')} or ${Number(raw)})`);
  }
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(raw) ? Number(raw.replace(/,/g, '')) : NaN;
  if (Number.isFinite(n) && n >= minimum && (!whole || Number.isInteger(n))) return n;
  const what = whole ? `a whole number of at least ${minimum}` : `a number of at least ${minimum}`;
  return void fail(column, cell === undefined || cell === '' ? `no ${column}: every new account needs one` : `${column} is ${what}, not ${plain(JSON.stringify(cell))}`);
}

function date(column: string, value: string | undefined, fail: CellProblem): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDate(value)) return value;
  return void fail(column, `${column} is a date that exists, written YYYY-MM-DD, not "${plain(value)}"`);
}

/**
 * The new file, written as the shipped account files are: the schema line, the contract fields in
 * the SPEC's order, block mappings, plain dates and words, anything else double-quoted. Generated
 * traits come with `metrics_as_of`, the export's date; manual ones get no `reviewed` date, as no TA
 * has confirmed them yet, so the review asks for that.
 */
export function newAccountText(account: NewAccount, metricsDate: string, manual: ReadonlyMap<string, number>): string {
  const s = (value: string | number | boolean) => scalarSource(value, '');
  const lines = [
    '# yaml-language-server: $schema=../schemas/account.schema.json',
    `name: ${s(account.name)}`,
    `owner: ${s(account.owner)}`,
    `segment: ${account.segment}`,
    `arr: ${account.arr}`,
    `seats: ${account.seats}`,
    'contract:',
    `  close_date: ${account.close_date}`,
    `  renewal_date: ${account.renewal_date}`,
  ];
  const traits = traitNames.filter((t) => account.traits.has(t));
  if (traits.some((t) => !manual.has(t))) lines.push(`metrics_as_of: ${metricsDate}`);
  if (traits.length > 0) lines.push('traits:', ...traits.map((t) => `  ${t}: ${s(account.traits.get(t)!)}`));
  return `${lines.join('\n')}\n`;
}
