import type { Command } from './command.js';

/** The weekly agenda and the voice-of-the-customer report. */
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
];
