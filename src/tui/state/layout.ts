import type { AppState } from './app-state.js';

export const MIN_WIDTH = 80;
export const MIN_HEIGHT = 24;
/** Wide enough for the 80-column list and a readable detail beside it. */
const SIDE_BY_SIDE = 140;
const LIST_WIDTH = 80;

export interface Layout {
  /** Lines between the header and the message line. */
  bodyRows: number;
  /** Account rows the Review list shows (its column heading takes one line). */
  listRows: number;
  /** List and detail side by side. */
  wide: boolean;
  listWidth: number;
  detailWidth: number;
}

/**
 * Where things go on a screen of `width`×`height`. A frame is one line shorter than the terminal:
 * Ink clears the whole terminal before every frame once the last one filled it (ink.js,
 * `lastOutputHeight >= rows`), which flickers. Header 2 lines, message line and status bar 2.
 */
export function layout(state: Pick<AppState, 'width' | 'height'>): Layout {
  const bodyRows = Math.max(1, state.height - 1 - 4);
  const wide = state.width >= SIDE_BY_SIDE;
  return {
    bodyRows,
    listRows: Math.max(1, bodyRows - 1),
    wide,
    listWidth: wide ? LIST_WIDTH : state.width,
    detailWidth: wide ? state.width - LIST_WIDTH - 1 : state.width,
  };
}
