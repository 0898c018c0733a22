import { textWidth } from '../../util/text-width.js';
import { KEYMAP } from '../keymap.js';
import { fit } from '../model/fit.js';
import type { AppState } from '../state/app-state.js';
import type { Theme } from '../theme.js';
import { LineView } from './lines-view.js';

const NAMES = { review: 'Review', agenda: 'Agenda', changes: 'Changes', problems: 'Problems' } as const;
// Help and quit first: at 80 columns they are the keys that must always show.
const MAIN_KEYS = KEYMAP.flatMap((k) => (k.main ? [k.main] : [])).sort((a, b) => Number(/^[?q] /.test(b)) - Number(/^[?q] /.test(a)));
/** The other views only scroll; a pick list, a confirmation and typed text have their own few keys. */
const VIEW_KEYS = ['j/k scroll', '1 review', '? help', 'q quit'];
/** What a TA does from an account's detail. */
const DETAIL_KEYS = ['? help', 'Esc back', 'j/k scroll', 'e edit', 'c confirm', 'n note', 't task', 'x done', 'p project'];
const MODE_KEYS: Partial<Record<AppState['mode']['kind'], string[]>> = {
  pick: ['↑↓ move', 'Enter picks', 'Esc cancels'],
  confirm: ['y commits', 'n/Esc cancels', 'j/k scroll'],
  text: ['Enter', 'Esc cancels'],
  filter: ['Enter keeps', 'Esc clears'],
};

/** Where you are (`5 of 42`, view, filter, sort, whose book) and the main keys; inverse so it stands out without colour. */
export function StatusBar({ state, owner, width, wide, theme }: { state: AppState; owner: string | undefined; width: number; wide: boolean; theme: Theme }) {
  const filter = state.mode.kind === 'filter' ? state.mode.text : state.filter;
  const place = state.rows.length === 0 ? '0 of 0' : `${state.cursor + 1} of ${state.rows.length}`;
  const parts = [
    state.mode.kind === 'help' ? 'Help (Esc closes)' : NAMES[state.view],
    ...(state.view === 'review' ? [place, `sort ${state.sort}`] : []),
    ...(state.view === 'review' && state.detail ? [wide ? (state.focus === 'detail' ? 'detail (Tab: list)' : 'list (Tab: detail)') : 'detail (Esc: list)'] : []),
    ...(filter ? [`filter "${filter}"`] : []),
    owner === undefined ? 'everyone' : `book ${owner}`,
  ];
  let text = ` ${parts.join(' · ')} │`;
  // Whole keys only, as many as fit.
  const detail = state.view === 'review' && state.detail && state.focus === 'detail';
  // Measured in terminal columns: a filter may hold wide characters (日本 is four).
  for (const key of MODE_KEYS[state.mode.kind] ?? (detail ? DETAIL_KEYS : state.view === 'review' ? MAIN_KEYS : VIEW_KEYS)) if (textWidth(text) + key.length + 3 <= width) text += `${text.endsWith('│') ? ' ' : ' · '}${key}`;
  return <LineView line={[{ text: fit(text, width), inverse: true }]} theme={theme} />;
}
