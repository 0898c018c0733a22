import type { Command } from './command.js';
import { EDIT_COMMANDS } from './edit-commands.js';
import { REPORT_COMMANDS } from './report-commands.js';
import { TEAM_COMMANDS } from './team-commands.js';

export type { Command } from './command.js';

/**
 * One table drives parsing, dispatch and --help, so they cannot disagree. Each command's code is
 * imported only when it runs: `vitals validate` on an unchanged book never loads the YAML parser.
 */
export const COMMANDS: Command[] = [
  ...bookCommands(),
  ...REPORT_COMMANDS,
  ...EDIT_COMMANDS,
  ...TEAM_COMMANDS,
];

function bookCommands(): Command[] {
  return [
    {
      name: 'review',
      usage: 'vitals [review] [--owner ID] [--no-commit]',
      summary: 'the weekly review: your book sorted by risk, what changed since last week (the default command)',
      options: { owner: { type: 'string' }, 'no-commit': { type: 'boolean' } },
      help: ['--owner ID                   this TA\'s book (default: matched from git user.email, else everyone)', '--no-commit                  edits are written, not committed'],
      run: async (ctx, args, values) => (await import('./review.js')).review(ctx, args, values as { owner?: string; 'no-commit'?: boolean }),
    },
    {
      name: 'validate',
      usage: 'vitals validate [PATH...] [--format human|json|github] [--strict] [--cache]',
      summary: 'check every file against its schema and the cross-file rules',
      options: { format: { type: 'string' }, strict: { type: 'boolean' }, cache: { type: 'boolean' } },
      help: [
        '--format human|json|github   output: file:line:col with a code frame (default), JSON, or GitHub annotations',
        '--strict                     warnings fail too (exit 1)',
        '--cache                      remember the result in .git/vitals/ (safe to delete): unchanged files are not read again',
      ],
      run: async (ctx, paths, values) => (await import('./validate.js')).validate(ctx, paths, values),
    },
    {
      name: 'score',
      usage: 'vitals score [ID...] [--owner ID] [--format table|json|csv] [--rev REV]',
      summary: 'scores, colours, stages and scenarios at the as-of date',
      options: { format: { type: 'string' }, owner: { type: 'string' }, rev: { type: 'string' } },
      help: [
        '--owner ID                   only this TA\'s accounts',
        '--format table|json|csv      output (default: table)',
        '--rev REV                    score the book as it was at a git revision',
      ],
      run: async (ctx, ids, values) => (await import('./score.js')).score(ctx, ids, values),
    },
    {
      name: 'explain',
      usage: 'vitals explain ID [--format text|json] [--rev REV]',
      summary: 'why this score: every trait, the rule that fired, its points, caps, override, staleness, what to do',
      options: { format: { type: 'string' }, rev: { type: 'string' } },
      help: ['--format text|json           output (default: text)', '--rev REV                    explain the account as it was at a git revision'],
      run: async (ctx, ids, values) => (await import('./explain.js')).explain(ctx, ids, values),
    },
  ];
}
