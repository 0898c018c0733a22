import type { ParseArgsConfig } from 'node:util';
import type { Context } from '../context.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: Options;
  /** Takes free text (a note, a task's title): an argument like `- follow up` is text, not an option. */
  freeText?: boolean;
  /** Lines describing the command's own options, for --help. */
  help: string[];
  run(ctx: Context, positionals: string[], values: Record<string, string | boolean | undefined>): number | Promise<number>;
}

