import type { ParseArgsConfig } from 'node:util';
import type { Context } from '../context.js';
import { validate } from './validate.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: Options;
  /** Lines describing the command's own options, for --help. */
  help: string[];
  run(ctx: Context, positionals: string[], values: Record<string, unknown>): number | Promise<number>;
}

/** One table drives parsing, dispatch and --help, so they cannot disagree. */
export const COMMANDS: Command[] = [
  {
    name: 'validate',
    usage: 'vitals validate [PATH...] [--format human|json|github] [--strict]',
    summary: 'check every file against its schema and the cross-file rules',
    options: { format: { type: 'string' }, strict: { type: 'boolean' } },
    help: [
      '--format human|json|github   output: file:line:col with a code frame (default), JSON, or GitHub annotations',
      '--strict                     warnings fail too (exit 1)',
    ],
    run: (ctx, paths, values) => validate(ctx, paths, values as { format?: string; strict?: boolean }),
  },
];
