import type { Command } from './command.js';

/** The weekly agenda and the voice-of-the-customer report. */
export const REPORT_COMMANDS: Command[] = [];
