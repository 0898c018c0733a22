import { controlChars } from '../util/control-chars.js';

const CONTROLS = controlChars({ runs: true, global: true });
const CONTROLS_BUT_LAYOUT = controlChars({ c0: 'but-layout', global: true });

/** Data on one line of a commit message: control characters (newlines too) become a space. */
export function oneLine(text: string): string {
  return text.replace(CONTROLS, ' ').trim();
}

/** At most `max` characters, ending with … when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export interface MessageParts {
  subject: string;
  /** Lines listing the changes, when the subject summarises several. */
  list?: string[];
  /** The user's own words (`-m`), a paragraph of its own. */
  note?: string | undefined;
  trailers: Array<[key: string, value: string]>;
}

/**
 * A commit message a reviewer reads in `git log`: the subject, then the list and the user's note
 * as paragraphs, then the trailers (`Vitals-Account: acme`) as the last paragraph, where
 * `git interpret-trailers` and `git log --format=%(trailers)` find them.
 */
export function commitMessage(parts: MessageParts): string {
  const paragraphs = [clip(oneLine(parts.subject), 100)];
  if (parts.list && parts.list.length > 0) paragraphs.push(parts.list.map((l) => `- ${oneLine(l)}`).join('\n'));
  const note = parts.note?.replace(/\r\n?/g, '\n').replace(CONTROLS_BUT_LAYOUT, ' ').trim();
  if (note) paragraphs.push(note);
  if (parts.trailers.length > 0) paragraphs.push(parts.trailers.map(([k, v]) => `${k}: ${oneLine(v)}`).join('\n'));
  return `${paragraphs.join('\n\n')}\n`;
}
