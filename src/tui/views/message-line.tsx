import { Text } from 'ink';
import type { AppState } from '../state/app-state.js';
import type { Line, Theme } from '../theme.js';
import { wrap } from '../model/wrap.js';
import { LineView } from './lines-view.js';

/** The last message as it is shown: wrapped at words to the width, a refusal whole up to three lines. */
function messageLines(state: AppState): string[] | undefined {
  const message = state.mode.kind === 'normal' ? state.message : undefined;
  return message && wrap(`${message.error ? '✗' : '✓'} ${message.text}`, state.width - 1).slice(0, 3);
}

/** Lines a message takes at this width. */
export function messageRows(state: AppState): number {
  return messageLines(state)?.length ?? 1;
}

/** The line above the status bar: what is being typed (with a cursor), or the last message. */
export function MessageLine({ state, theme }: { state: AppState; theme: Theme }) {
  const mode = state.mode;
  let line: Line = [{ text: ' ' }];
  // Typed text longer than the line shows its end, where the cursor is.
  const tail = (text: string, room: number) => (text.length <= room ? text : `…${text.slice(text.length - room + 1)}`);
  if (mode.kind === 'filter') line = [{ text: '/', bold: true }, { text: tail(mode.text, state.width - 3) }, { text: ' ', inverse: true }];
  else if (mode.kind === 'text') {
    const title = `${mode.title}: `;
    line = [{ text: title, bold: true }, { text: tail(mode.text, Math.max(10, state.width - title.length - 2)) }, { text: ' ', inverse: true }];
  }
  else if (state.message) {
    return (
      <Text bold color={theme.color ? (state.message.error ? 'red' : 'green') : undefined} wrap="truncate">
        {messageLines(state)!.join('\n')}
      </Text>
    );
  }
  return <LineView line={line} theme={theme} />;
}
