import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { COMMANDS, type Command } from './commands/index.js';
import { makeContext, type Io } from './context.js';
import { GitFailure } from '../git/run-git.js';
import { gitRefusal } from '../git/refusal.js';
import { DataError, UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';

const GLOBAL_OPTIONS = {
  repo: { type: 'string' },
  'as-of': { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

const GLOBAL_HELP = [
  '--repo DIR          the book (default: the enclosing git work tree with accounts/ and playbooks/)',
  '--as-of YYYY-MM-DD  score as of this date (default: today)',
  '--no-color          no colour (also NO_COLOR)',
  '-h, --help          this help; `vitals COMMAND --help` for a command',
  '-V, --version       the version',
];

/** Runs one invocation and returns its exit code; the only place errors become exit codes. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (caught) {
    // A refusal of git's that no caller put in its own words is still git's, not a bug of ours.
    const error = caught instanceof GitFailure ? gitRefusal(caught, 'go on') : caught;
    if (error instanceof UsageError || error instanceof DataError) {
      io.stderr.write(`vitals: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`vitals: internal error (${detail.split('\n')[0]}): please report it with the command you ran.\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const name = commandName(argv);
  const command = name === undefined ? undefined : COMMANDS.find((c) => c.name === name);
  if (name !== undefined && !command) {
    throw new UsageError(`unknown command "${name}": run vitals --help for the list`);
  }
  const { args, text } = shieldText(name === undefined ? argv : argv.filter((a, i) => i !== argv.indexOf(name)), command);
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...GLOBAL_OPTIONS, ...command?.options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${argumentProblem(error as Error & { code?: string })}: run vitals ${name ? `${name} ` : ''}--help`);
  }
  const positionals = parsed.positionals.map((p) => text.get(p) ?? p);
  const values = Object.fromEntries(Object.entries(parsed.values).map(([k, v]) => [k, typeof v === 'string' ? (text.get(v) ?? v) : v]));
  if (values.version) return void io.stdout.write(`${version()}\n`), 0;
  if (values.help) return void io.stdout.write(help(command)), 0;
  const ctx = makeContext(io, values as { repo?: string; 'as-of'?: string; 'no-color'?: boolean });
  const target = command ?? COMMANDS.find((c) => c.name === 'review');
  if (!target) throw new UsageError('no command given: run vitals --help');
  return target.run(ctx, positionals, values);
}

/** A dash then a space, digit or sign, or a dash and words: text such as `- follow up`, never an option's spelling. */
const TEXT_WITH_DASH = /^-(?:[^A-Za-z-]|.*\s)/;

/**
 * For a command that takes free text, arguments that parseArgs would read as options but that are
 * text (`vitals note acme "- follow up"`) are swapped for placeholders (NUL cannot occur in an
 * argument) and swapped back after parsing, wherever they land: the text or an option's value.
 */
function shieldText(args: string[], command: Command | undefined): { args: string[]; text: Map<string, string> } {
  const text = new Map<string, string>();
  if (!command?.freeText) return { args, text };
  const shielded = args.map((arg, i) => {
    if (!TEXT_WITH_DASH.test(arg)) return arg;
    const placeholder = `\0${i}`;
    text.set(placeholder, arg);
    return placeholder;
  });
  return { args: shielded, text };
}

/** node:util's parseArgs errors, in our words. */
function argumentProblem(error: Error & { code?: string }): string {
  const option = /'(--?[\w-]+)/.exec(error.message)?.[1] ?? 'an option';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${plain(option)}"`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing|ambiguous/.test(error.message) ? `option ${option} needs a value` : `option ${option} takes no value`;
  }
  return error.message.split('\n')[0]!;
}

/** The first argument that is neither an option nor a global option's value. */
function commandName(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--repo' || arg === '--as-of') i++;
    else if (!arg.startsWith('-')) return arg;
    else if (arg === '--') return argv[i + 1];
  }
  return undefined;
}

function help(command: Command | undefined): string {
  if (command) {
    return [`usage: ${command.usage}`, '', command.summary, '', ...command.help, '', 'global options:', ...GLOBAL_HELP, ''].join('\n');
  }
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'vitals: customer health as code',
    '',
    'usage: vitals [COMMAND] [OPTIONS]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'options:',
    ...GLOBAL_HELP.map((l) => `  ${l}`),
    '',
    'exit codes: 0 success, 1 invalid data or a failed check, 2 usage or environment error',
    '',
  ].join('\n');
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
