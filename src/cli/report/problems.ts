import { appendFileSync } from 'node:fs';
import { bookPrefix } from '../../git/find-git-dir.js';
import type { Problem } from '../../book/book.js';
import { diskSource } from '../../load/source.js';
import { plain, showInvisible } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { truncate, wrap } from './fit.js';
import { mdCell } from './markdown.js';

export type ProblemFormat = 'human' | 'json' | 'github';

/** GitHub shows only so many annotations of a kind per step; the rest go to the job summary. */
export const MAX_ANNOTATIONS = 10;

export function count(problems: readonly Problem[]) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

export function where(p: Problem): string {
  return p.line === undefined ? p.file : `${p.file}:${p.line}:${p.col}`;
}

/** Whether the book passes: no errors, and with `strict` no warnings either; the exit code and `valid` both say this. */
export function passes(problems: readonly Problem[], strict: boolean): boolean {
  const { errors, warnings } = count(problems);
  return errors === 0 && !(strict && warnings > 0);
}

export function printProblems(ctx: Context, problems: readonly Problem[], format: ProblemFormat, checked: number, strict = false): void {
  // Every problem has the same keys: a file-wide one (a missing playbook, a duplicate id) has a null place.
  if (format === 'json') return ctx.json({ valid: passes(problems, strict), files: checked, ...count(problems), problems: problems.map((p) => ({ ...p, line: p.line ?? null, col: p.col ?? null })) });
  if (format === 'github') return printGithub(ctx, problems, checked, strict);
  printHuman(ctx, problems, checked, strict);
}

/**
 * Warnings shown with their code frame; the rest are one line each. A book where most accounts
 * carry a warning would otherwise bury its errors, which always have their frame, in pages of
 * context, and cost a second read of every file.
 */
export const MAX_WARNING_FRAMES = 20;

function printHuman(ctx: Context, problems: readonly Problem[], checked: number, strict: boolean): void {
  const { style } = ctx;
  const frames = codeFrames(ctx.root, ctx.width);
  // One write for the report: a line each was a system call each (~10% of a book of warnings).
  const lines: string[] = [];
  let warnings = 0;
  for (const p of problems) {
    const label = p.severity === 'error' ? style.red('error') : style.yellow('warning');
    lines.push(wrap(`${style.bold(plain(where(p)))}  ${label}  ${plain(p.message)}`, ctx.width, '    '));
    const framed = p.line !== undefined && (p.severity === 'error' || ++warnings <= MAX_WARNING_FRAMES);
    const frame = framed ? frames(p.file, p.line!, p.col ?? 1) : undefined;
    if (frame) lines.push(style.dim(frame));
  }
  lines.push(summary(problems, checked, strict));
  ctx.out(lines.map((line) => (line.endsWith('\n') ? line : `${line}\n`)).join(''));
}

export function summary(problems: readonly Problem[], checked: number, strict = false): string {
  const { errors, warnings } = count(problems);
  const files = `${checked} file${checked === 1 ? '' : 's'} checked`;
  if (errors + warnings === 0) return `${files}: all valid`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  // With --strict a warning fails the check: the line says why a book with no error failed.
  const failed = strict && warnings > 0 ? ` (--strict: warnings fail the check)` : '';
  return `${files}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${failed}`;
}

/**
 * Two lines of context and a caret under the column, as compilers show them, cut to the terminal's
 * width (and 120 characters of the line at most). The file is read as the loader reads it, so a
 * link out of the repository or a FIFO shows no frame either.
 */
function codeFrames(root: string, columns: number) {
  const source = diskSource(root);
  // Only the last file: problems come file by file, and a book of 10,000 is not kept whole.
  let last: { file: string; lines: string[] | undefined } | undefined;
  return (file: string, line: number, col: number): string | undefined => {
    if (last?.file !== file) {
      const read = source.read(file);
      // Lines as YAML counts them: CR LF, LF and a lone CR each end one.
      last = { file, lines: 'text' in read ? read.text.split(/\r\n?|\n/) : undefined };
    }
    const { lines } = last;
    if (!lines || line > lines.length) return undefined;
    const width = String(line).length;
    const room = Math.min(columns - width - 5, 120);
    const out: string[] = [];
    for (let n = Math.max(1, line - 1); n <= line; n++) {
      out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${truncate(plain(showInvisible(lines[n - 1] ?? '')), room)}`);
    }
    out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.min(col - 1, room - 1))}^`);
    return out.join('\n');
  };
}

function printGithub(ctx: Context, problems: readonly Problem[], checked: number, strict: boolean): void {
  // GitHub places an annotation by its path in the repository: a book in a sub-folder is under it.
  const prefix = bookPrefix(ctx.root, ctx.io.env);
  for (const severity of ['error', 'warning'] as const) {
    const ofKind = problems.filter((p) => p.severity === severity);
    for (const p of ofKind.slice(0, MAX_ANNOTATIONS)) {
      const props = [`file=${property(plain(prefix + p.file))}`];
      if (p.line !== undefined) props.push(`line=${p.line}`, `col=${p.col ?? 1}`);
      ctx.out(`::${severity} ${props.join(',')}::${data(plain(p.message))}`);
    }
    if (ofKind.length > MAX_ANNOTATIONS) {
      ctx.out(`::notice::${ofKind.length - MAX_ANNOTATIONS} more ${severity}s not annotated: see the job summary or run vitals validate`);
    }
  }
  const summaryFile = ctx.io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, markdownSummary(problems, checked, strict));
  ctx.out(summary(problems, checked, strict));
}

/** GitHub shows a job summary of up to 1 MiB and drops a longer one whole: the table stops short of it. */
export const SUMMARY_LIMIT = 1_000_000;

export function markdownSummary(problems: readonly Problem[], checked: number, strict: boolean): string {
  const head = `### vitals validate\n\n${summary(problems, checked, strict)}\n`;
  if (problems.length === 0) return `${head}\n`;
  let text = `${head}\n| severity | where | problem |\n| --- | --- | --- |\n`;
  let bytes = Buffer.byteLength(text);
  for (const [i, p] of problems.entries()) {
    // Messages quote the files' own text: escaped, so an image, link or HTML in it renders as text.
    const row = `| ${p.severity} | ${mdCell(where(p))} | ${mdCell(p.message)} |\n`;
    bytes += Buffer.byteLength(row);
    const left = problems.length - i;
    if (bytes > SUMMARY_LIMIT - 200) return `${text}\n${left} more ${left === 1 ? 'problem is' : 'problems are'} not listed, to keep this summary within GitHub's limit: run vitals validate for all of them.\n\n`;
    text += row;
  }
  return `${text}\n`;
}

// Workflow-command escaping, as GitHub's toolkit does it.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
