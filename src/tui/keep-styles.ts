/**
 * Imported first by the TUI's bundle, before Ink's colour library (chalk) decides its level when it
 * loads: chalk takes `--no-color` on the command line, or any CI variable (even `CI=false`, which
 * real-terminal tests need for Ink to draw), as "no styles at all", inverse and bold included. The
 * review draws its selection in inverse video whatever the colours (SPEC §6) and leaves colours out
 * itself for NO_COLOR and --no-color (theme.ts), so basic styles are asked for unless the user set
 * FORCE_COLOR.
 */
const asked = process.env.FORCE_COLOR === undefined && process.stdout.isTTY === true;
// NO_COLOR is set aside meanwhile: Node warns that one of the two is ignored when a module it
// loads looks at colours (node:assert does) while both are set.
const noColor = asked ? process.env.NO_COLOR : undefined;
if (asked) {
  process.env.FORCE_COLOR = '1';
  delete process.env.NO_COLOR;
}

/**
 * Puts the environment back once chalk has read it (the TUI's modules are all loaded): FORCE_COLOR
 * left set would reach git, hooks and the editor, and beside NO_COLOR make Node warn.
 */
export function releaseStyles(): void {
  if (!asked) return;
  if (process.env.FORCE_COLOR === '1') delete process.env.FORCE_COLOR;
  if (noColor !== undefined) process.env.NO_COLOR = noColor;
}
