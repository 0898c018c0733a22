import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isIsoDate, today } from '../util/iso-date.js';
import { safeJson } from '../util/sanitize.js';
import { repositoryEnv } from '../git/repository-env.js';
import { UsageError } from '../util/errors.js';
import { makeStyle, type Style } from './style.js';

/** What a command needs from the world, passed in so commands never reach for globals. */
export interface Io {
  stdout: { write(text: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  stdin?: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Context {
  io: Io;
  /** The repository root holding accounts/ and playbooks/. */
  root: string;
  asOf: string;
  style: Style;
  /** Columns the text output may take: the terminal's, else $COLUMNS; unlimited into a pipe or file. */
  width: number;
  out(text: string): void;
  /** JSON output: indented for a person at a terminal, compact for a pipe (10,000 accounts halve in size). */
  json(value: unknown): void;
}

export interface GlobalOptions {
  repo?: string | undefined;
  'as-of'?: string | undefined;
  'no-color'?: boolean | undefined;
}

export function makeContext(io: Io, options: GlobalOptions): Context {
  const asOf = options['as-of'] ?? today();
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of "${asOf}" is not a date: use YYYY-MM-DD`);
  // A week or quarter around a date of year 0 or 9999 is not a date the calendar can write.
  if (asOf < '1900-01-01' || asOf > '9998-12-31') throw new UsageError(`--as-of "${asOf}" is out of range: use a date from 1900-01-01 to 9998-12-31`);
  // A terminal that says it is dumb (TERM=dumb: an editor's shell, a pager) shows escapes as text.
  const color = !options['no-color'] && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb' && io.stdout.isTTY === true;
  const root = findRoot(io.cwd, options.repo);
  return {
    io: { ...io, env: repositoryEnv(root, io.env, io.cwd) },
    root,
    asOf,
    style: makeStyle(color),
    width: terminalWidth(io),
    out: (text) => void io.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    json: (value) => void io.stdout.write(`${safeJson(value, io.stdout.isTTY === true ? 2 : 0)}\n`),
  };
}

function terminalWidth(io: Io): number {
  const columns = io.stdout.isTTY === true ? io.stdout.columns : Number(io.env.COLUMNS);
  return columns !== undefined && Number.isInteger(columns) && columns >= 40 ? columns : Infinity;
}

/** `--repo`, else the enclosing git work tree when it has accounts/ and playbooks/ (SPEC §4), else the cwd. */
function findRoot(cwd: string, repo: string | undefined): string {
  if (repo !== undefined) {
    const root = resolve(cwd, repo);
    if (!existsSync(root)) throw new UsageError(`--repo ${repo}: no such directory`);
    return root;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) {
      return existsSync(join(dir, 'accounts')) && existsSync(join(dir, 'playbooks')) ? dir : resolve(cwd);
    }
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** Commands that read the book call this first: a directory without the book is a usage error. */
export function requireBook(ctx: Context): void {
  if (!existsSync(join(ctx.root, 'playbooks')) && !existsSync(join(ctx.root, 'accounts'))) {
    throw new UsageError(`${ctx.root} is not a vitals repository: it has no accounts/ or playbooks/ (use --repo DIR)`);
  }
}
