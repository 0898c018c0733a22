import type { Command } from './command.js';

/** Commands that change account files: each edit is one commit (SPEC §5). */
export const EDIT_COMMANDS: Command[] = [];
