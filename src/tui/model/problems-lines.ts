import type { Problem } from '../../book/book.js';
import { plain } from '../../util/sanitize.js';
import type { Line } from '../theme.js';
import { wrap } from './wrap.js';

const MESSAGE_INDENT = '          ';

/**
 * Files that failed validation (and warnings), `file:line:col` and the message, as an editor lists
 * them: the message on the lines below, wrapped to the screen, so none is cut short.
 */
export function problemsLines(problems: readonly Problem[], width: number): Line[] {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const title: Line = [{ text: `Problems: ${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`, bold: true }];
  if (problems.length === 0) return [title, [{ text: 'every file loads cleanly', dim: true }]];
  return [
    title,
    ...problems.flatMap((p): Line[] => [
      [
        { text: p.severity === 'error' ? '✗ error   ' : '! warning ', bold: p.severity === 'error', color: p.severity === 'error' ? 'red' : 'yellow' },
        { text: `${plain(p.file)}${p.line ? `:${p.line}${p.col ? `:${p.col}` : ''}` : ''}`, bold: true },
      ],
      ...wrap(plain(p.message), width - MESSAGE_INDENT.length - 1).map((line): Line => [{ text: `${MESSAGE_INDENT}${line}` }]),
    ]),
  ];
}
