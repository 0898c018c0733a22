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
];
