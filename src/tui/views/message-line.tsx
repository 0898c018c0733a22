import { Text } from 'ink';
import type { AppState } from '../state/app-state.js';
import type { Line, Theme } from '../theme.js';
import { LineView } from './lines-view.js';

/** Lines a message takes at this width: a refusal is shown whole, up to three lines. */
export function messageRows(state: AppState): number {
  const text = state.mode.kind === 'normal' ? state.message?.text : undefined;
  return text === undefined ? 1 : Math.min(3, Math.ceil((text.length + 2) / state.width));
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
    const { text, error } = state.message;
    return (
      <Text bold color={theme.color ? (error ? 'red' : 'green') : undefined} wrap="wrap">
        {`${error ? '✗' : '✓'} ${text}`}
      </Text>
    );
  }
  return <LineView line={line} theme={theme} />;
}
