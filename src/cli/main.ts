import { run } from './run.js';

export { run };

/**
 * The process around `run`: real streams, the exit code. The bin (`bin.cjs`) calls this; it is an
 * export rather than top-level code so the install step can load the bundle without running it.
 */
export async function main(): Promise<void> {
  // A reader that stops early (`vitals score | head`) closes the pipe: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    // A copy: what the process's own environment becomes later (the review sets FORCE_COLOR while
    // its modules load) never reaches git, hooks or the editor.
    env: { ...process.env },
    cwd: process.cwd(),
  });
}
