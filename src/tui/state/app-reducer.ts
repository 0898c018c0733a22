import type { EditPlan } from '../../edit/index.js';
import type { DashboardRow } from '../../review/dashboard.js';
import { SORTS } from '../model/review-list.js';
import type { AppState, Mode, PickOption, PickPurpose, TextPurpose, View } from './app-state.js';
import { layout } from './layout.js';
import { relist, scrolled, select } from './review-list-state.js';
import { clamp, windowTop } from './window.js';

export type Action =
  | { type: 'resize'; width: number; height: number }
  | { type: 'rows'; rows: DashboardRow[] }
  /** `limit`: the last first-line of the scrolled text in focus (its lines less the lines shown). */
  | { type: 'move'; delta: number; limit?: number }
  | { type: 'page'; direction: 1 | -1; limit?: number }
  | { type: 'jump'; to: 'first' | 'last'; limit?: number }
  | { type: 'view'; view: View }
  | { type: 'open' }
  | { type: 'next-pane' }
  | { type: 'back' }
  | { type: 'filter' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'keep-filter' }
  | { type: 'sort' }
  | { type: 'help' }
  | { type: 'pick'; purpose: PickPurpose; title: string; options: PickOption[]; cursor?: number; account: string; trait?: string }
  | { type: 'text'; purpose: TextPurpose; title: string; text?: string; account: string; taskTitle?: string }
  | { type: 'confirm'; account: string; plan: EditPlan; note?: { text: string; contact: boolean } }
  /** `later`: the end of something under way (a commit): said without closing what was opened meanwhile. */
  | { type: 'message'; text: string; error?: boolean; busy?: boolean; later?: boolean }
  | { type: 'normal' }
  /** Another owner's book: its views start at their tops. */
  | { type: 'book' };

export function initialState(rows: DashboardRow[], width: number, height: number): AppState {
  return {
    width,
    height,
    view: 'review',
    mode: { kind: 'normal' },
    source: rows,
    rows,
    filter: '',
    sort: 'risk',
    selected: rows[0]?.score.id,
    cursor: 0,
    top: 0,
    detail: false,
    focus: 'list',
    scroll: { review: 0, agenda: 0, changes: 0, problems: 0, detail: 0, help: 0, confirm: 0 },
    message: undefined,
  };
}

/** Which text j/k scroll: the detail when it has the focus, else the view's own. */
function scrollTarget(state: AppState): keyof AppState['scroll'] | 'list' {
  if (state.mode.kind === 'help' || state.mode.kind === 'confirm') return state.mode.kind;
  if (state.view === 'review') return state.detail && state.focus === 'detail' ? 'detail' : 'list';
  return state.view;
}

function moveBy(state: AppState, delta: number, limit = 0): AppState {
  const mode = state.mode;
  if (mode.kind === 'pick') {
    const cursor = clamp(mode.cursor + delta, 0, mode.options.length - 1);
    // The pick list's title and a blank line take two of the body's lines.
    return { ...state, mode: { ...mode, cursor, top: windowTop(mode.top, cursor, mode.options.length, layout(state).bodyRows - 2) } };
  }
  const target = scrollTarget(state);
  if (target === 'list') return select(state, state.cursor + delta);
  return { ...state, scroll: { ...state.scroll, [target]: clamp(state.scroll[target] + delta, 0, Math.max(0, limit)) } };
}

function pageSize(state: AppState): number {
  const { listRows, bodyRows } = layout(state);
  return Math.max(1, (scrollTarget(state) === 'list' ? listRows : bodyRows) - 1);
}

/** Esc: the innermost thing open closes first. */
function back(state: AppState): AppState {
  const normal: Mode = { kind: 'normal' };
  switch (state.mode.kind) {
    case 'help':
      return { ...state, mode: normal };
    case 'filter':
      return relist({ ...state, mode: normal, filter: '' }, state.source, '');
    case 'pick':
    case 'text':
    case 'confirm': {
      const cancelled = 'cancelled: nothing was changed';
      const meanwhile = state.message;
      return { ...state, mode: normal, message: meanwhile ? { ...meanwhile, text: `${meanwhile.text}; then ${cancelled}` } : { text: cancelled, error: false } };
    }
  }
  if (state.view === 'review' && state.detail) return { ...state, detail: false, focus: 'list' };
  if (state.filter !== '') return relist({ ...state, filter: '' }, state.source, '');
  return state;
}

/** Typed or pasted text: one line, no control characters. */
function clean(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/** The whole TUI's state: pure, so every key's effect is tested without a terminal. */
export function appReducer(state: AppState, action: Action): AppState {
  const mode = state.mode;
  // A message is read once: the next key clears it. One that came while a prompt covered it (a
  // commit ending meanwhile) waits until it has been seen.
  const s = action.type === 'message' || action.type === 'rows' || action.type === 'resize' || mode.kind !== 'normal' ? state : { ...state, message: undefined };
  switch (action.type) {
    case 'resize': {
      const resized = { ...s, width: action.width, height: action.height };
      // Too narrow for the two side by side, an open detail fills the screen: the keys go to it.
      return scrolled(resized.detail && !layout(resized).wide ? { ...resized, focus: 'detail' } : resized);
    }
    case 'rows':
      return relist(s, action.rows, mode.kind === 'filter' ? mode.text : s.filter);
    case 'move':
      return moveBy(s, action.delta, action.limit);
    case 'page':
      return moveBy(s, action.direction * pageSize(s), action.limit);
    case 'jump':
      return moveBy(s, action.to === 'first' ? -Infinity : Infinity, action.limit);
    case 'view':
      return { ...s, view: action.view, mode: { kind: 'normal' } };
    case 'open':
      if (s.view !== 'review' || s.rows.length === 0) return s;
      return { ...s, detail: true, focus: 'detail', scroll: { ...s.scroll, detail: 0 } };
    case 'next-pane':
      if (s.view !== 'review' || s.rows.length === 0) return s;
      if (!s.detail) return { ...s, detail: true, focus: 'detail' };
      if (!layout(s).wide) return { ...s, detail: false, focus: 'list' };
      return { ...s, focus: s.focus === 'list' ? 'detail' : 'list' };
    case 'back':
      return back(s);
    case 'filter':
      return { ...s, view: 'review', detail: layout(s).wide && s.detail, focus: 'list', mode: { kind: 'filter', text: s.filter } };
    case 'type':
      if (mode.kind === 'filter') {
        const text = mode.text + clean(action.text);
        return relist({ ...s, mode: { kind: 'filter', text } }, s.source, text);
      }
      if (mode.kind === 'text') return { ...s, mode: { ...mode, text: mode.text + clean(action.text) } };
      return s;
    case 'erase':
      if (mode.kind === 'filter') {
        const text = withoutLast(mode.text);
        return relist({ ...s, mode: { kind: 'filter', text } }, s.source, text);
      }
      if (mode.kind === 'text') return { ...s, mode: { ...mode, text: withoutLast(mode.text) } };
      return s;
    case 'keep-filter':
      return mode.kind === 'filter' ? { ...s, filter: mode.text.trim(), mode: { kind: 'normal' } } : s;
    case 'sort': {
      const sort = SORTS[(SORTS.indexOf(s.sort) + 1) % SORTS.length]!;
      return relist({ ...s, sort }, s.source, s.filter);
    }
    case 'help':
      return { ...s, mode: mode.kind === 'help' ? { kind: 'normal' } : { kind: 'help' }, scroll: { ...s.scroll, help: 0 } };
    case 'pick': {
      const { type: _, cursor = 0, ...rest } = action;
      return moveBy({ ...s, mode: { kind: 'pick', ...rest, cursor: 0, top: 0 } }, cursor);
    }
    case 'text': {
      const { type: _, text = '', ...rest } = action;
      return { ...s, mode: { kind: 'text', ...rest, text } };
    }
    case 'confirm': {
      const { type: _, ...rest } = action;
      return { ...s, mode: { kind: 'confirm', ...rest }, scroll: { ...s.scroll, confirm: 0 } };
    }
    case 'message':
      return { ...s, mode: action.later ? s.mode : { kind: 'normal' }, message: { text: action.text, error: action.error === true, ...(action.busy && { busy: true }) } };
    case 'book':
      return { ...s, mode: { kind: 'normal' }, scroll: { ...s.scroll, agenda: 0, changes: 0, problems: 0 } };
    case 'normal':
      return { ...s, mode: { kind: 'normal' } };
  }
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The text less its last character as a person sees one: an emoji with its skin tone, a letter with its accent. */
function withoutLast(text: string): string {
  let last = 0;
  for (const { index } of graphemes.segment(text)) last = index;
  return text.slice(0, last);
}
