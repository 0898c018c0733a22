/** The weekly review TUI (SPEC §6): loaded only by `vitals` in a terminal, from its own bundle. */
import { releaseStyles } from './keep-styles.js';
export { runTui, type TuiOptions } from './run-tui.js';
export { App, type AppProps } from './app.js';
export { createReviewSession, type ReviewSession } from './session/review-session.js';

// Every module above has loaded: chalk has read FORCE_COLOR.
releaseStyles();
