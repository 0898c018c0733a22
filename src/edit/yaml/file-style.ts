import type { CST } from 'yaml';
import { isMap, isSeq } from './cst-offsets.js';
import type { Quote } from './scalar-source.js';

/** How a file is written, so that what vitals adds looks like what a person wrote around it. */
export interface FileStyle {
  eol: '\n' | '\r\n';
  /** Columns a nested mapping is indented by. */
  unit: number;
  /** Columns a list's `-` sits right of its key (0 for `notes:\n- ...`). */
  seqIndent: number;
  /** How the file quotes dates. */
  dateQuote: Quote;
  /** Whether flow mappings have spaces inside their braces (`{ a: 1 }`, not `{a: 1}`). */
  braceSpace: boolean;
}

export function fileStyle(text: string, top: CST.Token | undefined): FileStyle {
  const column = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  let unit: number | undefined;
  let seqIndent: number | undefined;
  if (top?.type === 'block-map') {
    for (const item of top.items) {
      const keyCol = item.key ? column(item.key.offset) : 0;
      const value = item.value;
      if (unit === undefined && value?.type === 'block-map' && isMap(value) && value.items[0]?.key) {
        unit = column(value.items[0].key.offset) - keyCol;
      }
      if (seqIndent === undefined && value?.type === 'block-seq' && isSeq(value)) {
        const dash = value.items[0]?.start.find((t) => t.type === 'seq-item-ind');
        if (dash) seqIndent = column(dash.offset) - keyCol;
      }
    }
  }
  return {
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    unit: unit !== undefined && unit > 0 ? unit : 2,
    seqIndent: seqIndent ?? (unit !== undefined && unit > 0 ? unit : 2),
    dateQuote: dateQuote(text),
    braceSpace: braceSpace(text),
  };
}

/** Whether most flow mappings in the file are written `{ a: 1 }`; so on a tie, as the SPEC writes them. */
function braceSpace(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/\{ +[^\s}]/g) >= count(/\{[^\s}]/g);
}

/** The quoting most dates in the file are written with; plain on a tie. */
function dateQuote(text: string): Quote {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const plain = count(/[:\-,{[]\s*\d{4}-\d{2}-\d{2}\s*(?=[,}\]#\r\n]|$)/gm);
  const double = count(/"\d{4}-\d{2}-\d{2}"/g);
  const single = count(/'\d{4}-\d{2}-\d{2}'/g);
  if (double > plain && double >= single) return '"';
  if (single > plain && single > double) return "'";
  return '';
}
