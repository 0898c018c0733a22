import type { SourceProblem } from './read-source.js';

/** Deeper nesting than this is refused before parsing: both YAML parsers recurse per level. */
export const MAX_DEPTH = 100;

const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(?:[ \t]|$)/;

/**
 * Checks a file's text for what must be refused before any parser sees it: merge-conflict markers,
 * and nesting deep enough to overflow a recursive parser. The depth found is an upper bound that is
 * exact for ordinary files: block indentation levels, compact `- - x` sequences and flow brackets.
 */
export function prescan(text: string): SourceProblem | undefined {
  if (!CONFLICT_ANYWHERE.test(text) && cannotNestDeeply(text)) return undefined;
  return scanLines(text);
}

const CONFLICT_ANYWHERE = /^(?:<{7}|={7}|>{7}|\|{7})(?:[ \t]|$)/m;

/**
 * A cheap bound for the common file: depth is at most the flow brackets, plus the deepest
 * indentation, plus compact `- - -` indicators on one line. Under the limit, no line scan is needed.
 */
function cannotNestDeeply(text: string): boolean {
  let brackets = 0;
  for (let at = text.indexOf('['); at >= 0 && brackets <= 30; at = text.indexOf('[', at + 1)) brackets++;
  for (let at = text.indexOf('{'); at >= 0 && brackets <= 30; at = text.indexOf('{', at + 1)) brackets++;
  return brackets <= 30 && !/^ {30}/m.test(text) && !/(?:[-?] +){20}/.test(text);
}

function scanLines(text: string): SourceProblem | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (CONFLICT_MARKER.test(line)) {
      return { line: lineNo, col: 1, message: 'merge-conflict marker: resolve the conflict and remove the markers' };
    }
    let i = 0;
    while (line[i] === ' ') i++;
    if (flow === 0 && i < line.length && line[i] !== '#' && line[i] !== '\r') {
      while (indents.length > 0 && indents[indents.length - 1]! >= i) indents.pop();
      indents.push(i);
      // `- - - x` and `? - x` nest one level per indicator on a single line.
      while ((line[i] === '-' || line[i] === '?') && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
        i += 2;
        indents.push(i);
        while (line[i] === ' ') i++;
      }
    }
    let quote: string | undefined;
    for (let j = i; j < line.length; j++) {
      const ch = line[j]!;
      if (quote) {
        if (ch === quote) quote = undefined;
        else if (ch === '\\' && quote === '"') j++;
        continue;
      }
      if (ch === '#' && (j === 0 || line[j - 1] === ' ')) break;
      if ((ch === '"' || ch === "'") && isValueStart(line, j, flow)) quote = ch;
      else if ((ch === '[' || ch === '{') && (flow > 0 || isValueStart(line, j, flow))) flow++;
      else if ((ch === ']' || ch === '}') && flow > 0) flow--;
      if (indents.length + flow > MAX_DEPTH) {
        return { line: lineNo, col: j + 1, message: `nesting deeper than ${MAX_DEPTH} levels` };
      }
    }
    if (indents.length > MAX_DEPTH) {
      return { line: lineNo, col: 1, message: `nesting deeper than ${MAX_DEPTH} levels` };
    }
  }
  return undefined;
}

/** Whether position j starts a node: after indentation, `- `, `: `, `? `, or inside flow after `[{,`. */
function isValueStart(line: string, j: number, flow: number): boolean {
  let k = j - 1;
  while (k >= 0 && line[k] === ' ') k--;
  if (k < 0) return true;
  const prev = line[k]!;
  if (flow > 0 && (prev === '[' || prev === '{' || prev === ',' || prev === ':')) return true;
  return (prev === ':' || prev === '-' || prev === '?') && j > k + 1;
}
