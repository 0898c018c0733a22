import { plain } from '../../util/sanitize.js';

// Characters that mean something inline in CommonMark/GFM: emphasis, code, links, HTML, tables,
// strikethrough, entities. A backslash before any ASCII punctuation is always a literal.
// An underscore inside a word (ce_pulse) never makes emphasis, so it is left as it reads.
const INLINE = /[\\`*{}[\]<>|~&!]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;
// At the start of a line these open a heading, quote, list or thematic break.
const BLOCK_START = /^(\s*)([#>+\-=]|\d+[.)])/;

/**
 * A data string as literal markdown text on one line: control characters shown as escapes (as in
 * the terminal), newlines as spaces, and every character markdown would act on backslash-escaped,
 * so a name like `# Acme | *VIP*` reads as written and cannot break a table or open a heading.
 */
export function md(value: unknown): string {
  return mdCell(value).replace(BLOCK_START, (_, space: string, marker: string) => `${space}${marker.replace(/([#>+\-=.)])/, '\\$1')}`);
}

/**
 * Like `md` for a table cell, where a line's opening `#` or `1.` means nothing: the inline escapes,
 * and also what GFM would autolink (`www.`, `https://`) and, with an invisible space, what GitHub
 * would turn into a mention, an issue link or a mailto (`@name`, `#12`, `GH-12`): markdown vitals writes is
 * posted where GitHub renders it, and must not notify anyone a data file names.
 */
export function mdCell(value: unknown): string {
  return plain(String(value).replace(/\r\n?|\n/g, ' '))
    .replace(INLINE, '\\$&')
    .replace(/[.:]/g, '\\$&')
    .replace(/[@#]/g, '$&\u200b')
    .replace(/\b(gh)-(?=\d)/gi, '$1\u200b-');
}

/** A GFM table; cells are trusted markdown (run data through `mdCell` first). */
export function mdTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
