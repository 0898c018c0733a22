import type { Command } from './command.js';

const EDIT_OPTIONS = {
  message: { type: 'string', short: 'm' },
  'no-commit': { type: 'boolean' },
} as const;

const EDIT_HELP = [
  '-m, --message TEXT           your words for the commit message (a paragraph under the summary)',
  '--no-commit                  write the file but do not commit it',
];

/** Commands that change account files: each edit is one commit (SPEC §5). */
export const EDIT_COMMANDS: Command[] = [
  {
    name: 'set',
    usage: 'vitals set ID TRAIT=VALUE... [-m MESSAGE] [--no-commit]',
    summary: 'set traits (a manual trait is stamped reviewed on the as-of date, which may not precede its last review), one commit',
    options: EDIT_OPTIONS,
    help: [
      'TRAIT=VALUE                  e.g. ce_pulse=concerning active_champion=true last_activity=2026-11-20 (or today)',
      '                             setting a manual trait to its current value confirms it: reviewed.<trait> gets the as-of date',
      ...EDIT_HELP,
    ],
    run: async (ctx, args, values) => (await import('./set.js')).set(ctx, args, values),
  },
  {
    name: 'note',
    freeText: true,
    usage: 'vitals note ID TEXT [--contact] [--author ID] [-m MESSAGE] [--no-commit]',
    summary: 'add a dated note to an account, signed by you; --contact logs a contact too; one commit',
    options: { ...EDIT_OPTIONS, contact: { type: 'boolean' }, author: { type: 'string' } },
    values: { author: 'a member id from playbooks/team.yaml' },
    help: [
      '--contact                    a logged contact: last_activity becomes the as-of date too (never earlier), same commit',
      '--author ID                  who wrote it (default: the team member with your git user.email, else your git user.name if it is a member id)',
      ...EDIT_HELP,
    ],
    run: async (ctx, args, values) => (await import('./note.js')).note(ctx, args, values),
  },
  {
    name: 'task',
    freeText: true,
    usage: 'vitals task ID [TITLE [--due DATE] | --done N] [-m MESSAGE] [--no-commit]',
    summary: 'add a task to an account, or complete one; without either, list its tasks',
    options: { ...EDIT_OPTIONS, due: { type: 'string' }, done: { type: 'string' } },
    values: { done: 'a task number from 1 (as vitals task ID lists them)', due: 'a date, YYYY-MM-DD' },
    help: ['--due YYYY-MM-DD             when the new task is due (optional)', '--done N                     mark task N done (numbers as vitals task ID lists them)', ...EDIT_HELP],
    run: async (ctx, args, values) => (await import('./task.js')).task(ctx, args, values),
  },
  {
    name: 'import',
    usage: 'vitals import FILE [--metrics-date DATE] [--force] [--delimiter CHAR] [--skip-invalid] [--create [--map MAP]...] [-m MESSAGE] [--no-commit]',
    summary: 'update generated traits from a CSV or JSON export, never older over newer, or create new accounts from one; one commit',
    options: { ...EDIT_OPTIONS, 'metrics-date': { type: 'string' }, delimiter: { type: 'string' }, 'skip-invalid': { type: 'boolean' }, force: { type: 'boolean' }, create: { type: 'boolean' }, map: { type: 'string', multiple: true } },
    help: [
      'FILE                         CSV with a header row, or a JSON array of objects: an id column and generated traits',
      '                             (versions_behind, precise_intel, defect_tickets_90d, help_tickets_90d, last_activity,',
      '                             dau_4wk_avg, mau_last_month); an empty cell leaves the trait as it is',
      '--metrics-date YYYY-MM-DD    the export\'s date, written to metrics_as_of (default: the as-of date)',
      '--force                      import a metrics date older than an account\'s metrics_as_of, or after the as-of date',
      '                             (last_activity only ever moves forward: a later logged contact is kept)',
      '--delimiter CHAR             the CSV\'s separator: , or ; or tab (default: whichever of tab, ; and , the header uses most)',
      '--skip-invalid               import the valid rows and report the others (default: any bad row stops the import)',
      '--create                     new accounts instead, all or nothing: name, owner (team id or e-mail), segment, arr, seats,',
      '                             close_date, renewal_date, any traits; an id column, or ids made from the names',
      '--map COLUMN=FIELD | FILE    rename the export\'s columns (FIELD - leaves one out); FILE maps "COLUMN: FIELD" a line',
      ...EDIT_HELP,
    ],
    run: async (ctx, args, values) =>
      values.create ? (await import('./import-create.js')).importCreate(ctx, args, values) : (await import('./import.js')).importMetrics(ctx, args, values),
  },
];
