import { render } from 'ink';
import type { Book } from '../book/book.js';
import { editInProgress, editUnderWay } from '../edit/index.js';
import type { ReviewHistory } from '../history/review-history.js';
import { Root } from './root.js';
import { createReviewSession } from './session/review-session.js';

export interface TuiOptions {
  root: string;
  asOf: string;
  book: Book;
  /** Whose book to open with. */
  owner: string | undefined;
  /** The user's team member id (from git's user.email): "mine" in the owner switch, the author of notes. */
  me: string | undefined;
  history?: ReviewHistory | undefined;
  /** False with NO_COLOR or --no-color. */
  color: boolean;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** `--no-commit`: edits are written, not committed. */
  noCommit?: boolean;
}

// The alternate screen, and bracketed paste: the terminal marks a paste, so that its text is never
// read as keys (a pasted line break is not Enter, a pasted `y` does not confirm).
const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h\x1b[?2004h';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?2004l\x1b[?1049l\x1b[?25h';

/**
 * Runs the review in the terminal's alternate screen until `q` (0) or Ctrl-C (130). Ink 6.8 has no
 * alternate-screen option, so the screen is entered here and left on every way out: a normal exit,
 * an error thrown while drawing, SIGTERM/SIGHUP, and any process exit in between.
 */
export async function runTui(options: TuiOptions): Promise<number> {
  const { stdout } = options;
  const session = createReviewSession({ root: options.root, asOf: options.asOf, book: options.book, env: options.env, noCommit: options.noCommit === true });
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    stdout.write(LEAVE_ALTERNATE_SCREEN);
  };
  let code = 0;
  stdout.write(ENTER_ALTERNATE_SCREEN);
  process.on('exit', leave);
  // Before Node prints an uncaught error: on the normal screen, where it stays readable.
  process.on('uncaughtExceptionMonitor', leave);
  const instance = render(
    <Root
      session={session}
      history={options.history}
      me={options.me}
      owner={options.owner}
      theme={{ color: options.color }}
      onExit={(exitCode) => {
        code = exitCode;
        instance.unmount();
      }}
    />,
    // Ctrl-C is a key of ours (exit 130, SPEC §6); a frame every 16 ms keeps a keystroke within one
    // 60 Hz frame. Not `incrementalRendering`: in Ink 6.8 it moves up one line too few after a frame
    // that ends in a newline (every frame shorter than the terminal), so each frame drew one line lower.
    { stdin: options.stdin, stdout, exitOnCtrlC: false, patchConsole: true, maxFps: 60 },
  );
  const onSignal = (signal: NodeJS.Signals) => {
    // An edit being committed finishes, or is put back, first; the signal comes again after it.
    if (editInProgress()) return void process.once(signal, onSignal);
    instance.unmount();
    leave();
    process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  try {
    await instance.waitUntilExit();
    return code;
  } finally {
    instance.cleanup();
    leave();
    // Quit while git commits an edit: the commit finishes, or the file is put back, before vitals ends.
    if (editUnderWay()) process.stderr.write('vitals: finishing the edit being committed before quitting\n');
    process.off('exit', leave);
    process.off('uncaughtExceptionMonitor', leave);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  }
}
