import type { Command } from './command.js';

/** Commands that set a team up rather than read or edit its book. */
export const TEAM_COMMANDS: Command[] = [
  {
    name: 'init',
    usage: 'vitals init DIR',
    summary: "start a team's book: schemas, the shipped playbooks, the CI workflow, editor settings, one commit",
    options: {},
    help: [
      'DIR                          the folder (made if missing; git init when it is in no repository); a folder',
      '                             that already holds accounts/, playbooks/ or schemas/ is refused, nothing written',
    ],
    run: async (ctx, args) => (await import('./init.js')).init(ctx, args),
  },
];
