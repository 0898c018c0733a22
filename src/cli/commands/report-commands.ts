import type { Command } from './command.js';

/** The weekly agenda, the voice-of-the-customer report, and the reports from git history. */
export const REPORT_COMMANDS: Command[] = [
  {
    name: 'agenda',
    usage: 'vitals agenda [--owner ID] [--format text|markdown]',
    summary: "this week's agenda: who to contact, traits to confirm, renewals at risk, reviews, tasks, duties",
    options: { owner: { type: 'string' }, format: { type: 'string' } },
    help: [
      "--owner ID                   this TA's agenda (default: the team member with your git user.email, else the whole book)",
      '--format text|markdown       output: for the terminal (default), or to paste into the MBR or team check-in doc',
    ],
    run: async (ctx, args, values) => (await import('./agenda.js')).agenda(ctx, args, values),
  },
  {
    name: 'feedback',
    usage: 'vitals feedback [--since YYYY-MM-DD] [--format text|markdown]',
    summary: 'the voice of the customer across the book, by product area, newest first',
    options: { since: { type: 'string' }, format: { type: 'string' } },
    help: [
      '--since YYYY-MM-DD           only feedback given on or after this date',
      '--format text|markdown       output: for the terminal (default), or markdown for the product team',
    ],
    run: async (ctx, args, values) => (await import('./feedback.js')).feedback(ctx, args, values),
  },
  {
    name: 'log',
    usage: 'vitals log [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--account ID] [--owner ID] [--format table|json|markdown]',
    summary: 'the health-change log: every colour change in git history, with its cause (data, model, time)',
    options: { since: { type: 'string' }, until: { type: 'string' }, account: { type: 'string' }, owner: { type: 'string' }, format: { type: 'string' } },
    help: [
      '--since YYYY-MM-DD           only changes on or after this date',
      '--until YYYY-MM-DD           only changes up to this date (default: the as-of date)',
      '--account ID                 only this account',
      "--owner ID                   only the accounts this TA owns at the range's end, with their whole log",
      '--format table|json|markdown output (default: table)',
    ],
    run: async (ctx, args, values) => (await import('./log.js')).log(ctx, args, values),
  },
  {
    name: 'diff',
    usage: 'vitals diff BASE [HEAD] [--format table|markdown|json]',
    summary: 'what a change does to every account: model changes, colour moves, scores, causes (HEAD default: the work tree)',
    options: { format: { type: 'string' } },
    help: [
      '--format table|markdown|json output: for the terminal (default), a pull-request comment, or JSON',
      '                             both sides are scored at the as-of date, so time cannot pass for a change',
      'BASE...HEAD                  a range as git reads it: from where HEAD left BASE, as a pull request shows its change',
    ],
    run: async (ctx, args, values) => (await import('./diff.js')).diff(ctx, args, values),
  },
  {
    name: 'demo',
    usage: 'vitals demo DIR [--accounts N] [--weeks W] [--seed S]',
    summary: 'create a repository with a synthetic book and weeks of history, to try vitals on',
    options: { accounts: { type: 'string' }, weeks: { type: 'string' }, seed: { type: 'string' } },
    values: { accounts: 'a whole number from 1', weeks: 'a whole number from 1', seed: 'a whole number from 0' },
    help: [
      '--accounts N                 how many accounts (default: 40)',
      '--weeks W                    weeks of history up to the as-of date (default: 12)',
      '--seed S                     the same seed and as-of date make the same repository, hashes included (default: 1)',
    ],
    run: async (ctx, args, values) => (await import('./demo.js')).demo(ctx, args, values),
  },
];
