import { Text } from 'ink';
import type { AppState } from '../state/app-state.js';
import type { Line, Theme } from '../theme.js';
import { fit, fitEnd } from '../model/fit.js';
import { wrap } from '../model/wrap.js';
import { textWidth } from '../../util/text-width.js';
import { LineView } from './lines-view.js';

/** The last message as it is shown: wrapped at words to the width, a refusal whole up to three lines. */
function messageLines(state: AppState): string[] | undefined {
  const message = state.mode.kind === 'normal' ? state.message : undefined;
  return message && wrap(`${message.busy ? '…' : message.error ? '✗' : '✓'} ${message.text}`, state.width - 1).slice(0, 3);
}

/** Lines a message takes at this width. */
export function messageRows(state: AppState): number {
  return messageLines(state)?.length ?? 1;
}

/** The line above the status bar: what is being typed (with a cursor), or the last message. */
export function MessageLine({ state, theme }: { state: AppState; theme: Theme }) {
  const mode = state.mode;
  let line: Line = [{ text: ' ' }];
  // Typed text longer than the line shows its end, where the cursor is; widths in columns, as a
  // CJK or emoji name takes two a character.
  if (mode.kind === 'filter') line = [{ text: '/', bold: true }, { text: fitEnd(mode.text, state.width - 3) }, { text: ' ', inverse: true }];
  else if (mode.kind === 'text') {
    // The title leaves the text what it takes, at least 12 columns and at most half the line.
    const room = Math.max(12, Math.min(textWidth(mode.text) + 1, Math.floor(state.width / 2)));
    const title = `${fit(mode.title, Math.min(textWidth(mode.title), state.width - 4 - room))}: `;
    line = [{ text: title, bold: true }, { text: fitEnd(mode.text, state.width - textWidth(title) - 2) }, { text: ' ', inverse: true }];
  }
  else if (state.message) {
    return (
      <Text bold color={theme.color && !state.message.busy ? (state.message.error ? 'red' : 'green') : undefined} wrap="truncate">
        {messageLines(state)!.join('\n')}
      </Text>
    );
  }
  return <LineView line={line} theme={theme} />;
}
