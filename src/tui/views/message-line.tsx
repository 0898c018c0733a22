import { Text } from 'ink';
import React from 'react';
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
  if (mode.kind === 'filter') line = [{ text: '/', bold: true }, { text: mode.text }, { text: ' ', inverse: true }, { text: '   Enter keeps · Esc clears', dim: true }];
  else if (mode.kind === 'text') line = [{ text: `${mode.title}: `, bold: true }, { text: mode.text }, { text: ' ', inverse: true }, { text: '   Enter · Esc cancels', dim: true }];
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
