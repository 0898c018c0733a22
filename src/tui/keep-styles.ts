/**
 * Imported first by the TUI's bundle, before Ink's colour library (chalk) decides its level when it
 * loads: chalk takes `--no-color` on the command line, or any CI variable (even `CI=false`, which
 * real-terminal tests need for Ink to draw), as "no styles at all", inverse and bold included. The
 * review draws its selection in inverse video whatever the colours (SPEC §6) and leaves colours out
 * itself for NO_COLOR and --no-color (theme.ts), so basic styles are asked for unless the user set
 * FORCE_COLOR.
 */
if (process.env.FORCE_COLOR === undefined && process.stdout.isTTY) process.env.FORCE_COLOR = '1';
