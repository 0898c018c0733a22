import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { COMMANDS, type Command } from './commands/index.js';
import { makeContext, type Io } from './context.js';
import { GitFailure } from '../git/run-git.js';
import { gitRefusal } from '../git/refusal.js';
import { DataError, UsageError } from '../util/errors.js';
import { didYouMeanHint } from '../util/did-you-mean.js';
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
    // What the user typed is in many of these (an option's value): no control character reaches the terminal.
    if (error instanceof UsageError || error instanceof DataError) {
      io.stderr.write(`vitals: ${plain(error.message)}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`vitals: internal error (${plain(detail.split('\n')[0])}): please report it with the command you ran.\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const name = commandName(argv);
  const command = name === undefined ? undefined : COMMANDS.find((c) => c.name === name);
  if (name !== undefined && !command) {
    const hint = didYouMeanHint(name, COMMANDS.map((c) => c.name));
    throw new UsageError(`unknown command "${plain(name)}"${hint}: run vitals --help for the list`);
  }
  // Without a command name, the default command's options are the ones taken.
  const target = command ?? COMMANDS.find((c) => c.name === 'review');
  if (!target) throw new UsageError('no command given: run vitals --help');
  const { args, text } = shieldText(name === undefined ? argv : argv.filter((a, i) => i !== argv.indexOf(name)), command);
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...GLOBAL_OPTIONS, ...target.options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${argumentProblem(error as Error & { code?: string }, command)}: run vitals ${name ? `${name} ` : ''}--help`);
  }
  const positionals = parsed.positionals.map((p) => text.get(p) ?? p);
  const values = Object.fromEntries(Object.entries(parsed.values).map(([k, v]) => [k, typeof v === 'string' ? (text.get(v) ?? v) : v]));
  if (values.version) return void io.stdout.write(`${version()}\n`), 0;
  if (values.help) return void io.stdout.write(help(command)), 0;
  const ctx = makeContext(io, values as { repo?: string; 'as-of'?: string; 'no-color'?: boolean });
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

/** node:util's parseArgs errors, in our words; an option that needs a value says which kind. */
function argumentProblem(error: Error & { code?: string }, command: Command | undefined): string {
  const option = /'(--?[\w-]+)/.exec(error.message)?.[1] ?? 'an option';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${plain(option)}"`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (!/argument missing|ambiguous/.test(error.message)) return `option ${option} takes no value`;
    return `option ${option} needs ${command?.values?.[option.replace(/^--/, '')] ?? 'a value'}`;
  }
  return error.message.split('\n')[0]!;
}

/** Options that take a value, in any command: their values are never taken for the command's name. */
const VALUED = new Set(
  [GLOBAL_OPTIONS, ...COMMANDS.map((c) => c.options)].flatMap((options) =>
    Object.entries(options).flatMap(([key, o]) => (o.type === 'string' ? [`--${key}`, ...(o.short ? [`-${o.short}`] : [])] : [])),
  ),
);

/**
 * The first argument that is neither an option nor an option's value: `vitals --owner priya` is
 * the default command with review's --owner, and `vitals --format json` an unknown option of it.
 */
function commandName(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUED.has(arg)) i++;
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
