import React from 'react';
import type { AppState } from '../state/app-state.js';
import type { Line, Theme } from '../theme.js';
import { LineView } from './lines-view.js';

/** The line above the status bar: what is being typed (with a cursor), or the last message. */
export function MessageLine({ state, theme }: { state: AppState; theme: Theme }) {
  const mode = state.mode;
  let line: Line = [{ text: ' ' }];
  if (mode.kind === 'filter') line = [{ text: '/', bold: true }, { text: mode.text }, { text: ' ', inverse: true }, { text: '   Enter keeps · Esc clears', dim: true }];
  else if (mode.kind === 'text') line = [{ text: `${mode.title}: `, bold: true }, { text: mode.text }, { text: ' ', inverse: true }, { text: '   Enter · Esc cancels', dim: true }];
  else if (state.message) line = [{ text: state.message.error ? `✗ ${state.message.text}` : `✓ ${state.message.text}`, bold: true, color: state.message.error ? 'red' : 'green' }];
  return <LineView line={line} theme={theme} />;
}
