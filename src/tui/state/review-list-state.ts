import type { DashboardRow } from '../../review/dashboard.js';
import { reviewList } from '../model/review-list.js';
import type { AppState } from './app-state.js';
import { layout } from './layout.js';
import { clamp, windowTop } from './window.js';

/** The Review list's first row moved just enough to show the selection. */
export function scrolled(state: AppState): AppState {
  return { ...state, top: windowTop(state.top, state.cursor, state.rows.length, layout(state).listRows) };
}

/** The list re-made (new data, filter or sort) with the selection kept on the same account while it is listed. */
export function relist(state: AppState, source: DashboardRow[], filter: string): AppState {
  const rows = reviewList(source, filter, state.sort);
  const found = state.selected === undefined ? -1 : rows.findIndex((r) => r.score.id === state.selected);
  const cursor = found >= 0 ? found : clamp(state.cursor, 0, Math.max(0, rows.length - 1));
  return scrolled({ ...state, source, rows, cursor, selected: rows[cursor]?.score.id });
}

/** The selection on row `cursor` (clamped); a new account's detail opens at its top. */
export function select(state: AppState, cursor: number): AppState {
  const next = clamp(cursor, 0, Math.max(0, state.rows.length - 1));
  return scrolled({ ...state, cursor: next, selected: state.rows[next]?.score.id, scroll: { ...state.scroll, detail: 0 } });
}
