/** What a key asks for; the app turns each into a state change or an edit. */
export type Command =
  | 'up'
  | 'down'
  | 'page-up'
  | 'page-down'
  | 'first'
  | 'last'
  | 'open'
  | 'back'
  | 'next-pane'
  | 'view-review'
  | 'view-agenda'
  | 'view-changes'
  | 'view-problems'
  | 'filter'
  | 'sort'
  | 'owner'
  | 'edit'
  | 'confirm-traits'
  | 'note'
  | 'task'
  | 'task-done'
  | 'project'
  | 'help'
  | 'quit'
  | 'interrupt'
  | 'yes'
  | 'no'
  | 'toggle-contact';

/** Where a key applies: the normal screens, a list to pick from, or the y/n question of an edit. */
export type KeyContext = 'normal' | 'pick' | 'confirm';

export interface KeyBinding {
  /** Key names as `decodeKeys` gives them: a character, or `up`, `pageup`, `enter`, `escape`, `ctrl-c`... */
  keys: string[];
  /** How the help shows the keys. */
  label: string;
  does: string;
  command: Command;
  contexts: KeyContext[];
  /** Shown in the status bar's short list of keys, in these words. */
  main?: string;
}

const NAV: KeyContext[] = ['normal', 'pick'];
/** A confirmation scrolls (a project's tasks and the commit message can be longer than the screen). */
const SCROLL: KeyContext[] = [...NAV, 'confirm'];

/** The one keymap (SPEC §6): key handling and the `?` help both read it, so they cannot disagree. */
export const KEYMAP: KeyBinding[] = [
  { keys: ['up', 'k'], label: '↑ k', does: 'move up', command: 'up', contexts: SCROLL },
  { keys: ['down', 'j'], label: '↓ j', does: 'move down', command: 'down', contexts: SCROLL },
  { keys: ['pageup', 'ctrl-b'], label: 'PgUp', does: 'page up (also Ctrl-B)', command: 'page-up', contexts: SCROLL },
  { keys: ['pagedown', 'ctrl-f', ' '], label: 'PgDn', does: 'page down (also Space, Ctrl-F)', command: 'page-down', contexts: SCROLL },
  { keys: ['g', 'home'], label: 'g', does: 'first (also Home)', command: 'first', contexts: SCROLL },
  { keys: ['G', 'end'], label: 'G', does: 'last (also End)', command: 'last', contexts: SCROLL },
  { keys: ['enter'], label: 'Enter', does: 'open the detail · pick', command: 'open', contexts: NAV, main: 'Enter detail' },
  { keys: ['escape'], label: 'Esc', does: 'back: close help, cancel, clear the filter, leave the detail', command: 'back', contexts: ['normal', 'pick', 'confirm'] },
  { keys: ['tab'], label: 'Tab', does: 'next pane (list ↔ detail, side by side when wide)', command: 'next-pane', contexts: ['normal'] },
  { keys: ['1'], label: '1', does: 'Review view', command: 'view-review', contexts: ['normal'] },
  { keys: ['2'], label: '2', does: 'Agenda view', command: 'view-agenda', contexts: ['normal'] },
  { keys: ['3'], label: '3', does: 'Changes view', command: 'view-changes', contexts: ['normal'] },
  { keys: ['4'], label: '4', does: 'Problems view', command: 'view-problems', contexts: ['normal'] },
  { keys: ['/'], label: '/', does: 'filter by name or id (Enter keeps, Esc clears)', command: 'filter', contexts: ['normal'], main: '/ filter' },
  { keys: ['s'], label: 's', does: 'sort: risk, score, Δ, renewal, name', command: 'sort', contexts: ['normal'], main: 's sort' },
  { keys: ['o'], label: 'o', does: 'whose book: mine, everyone, an owner', command: 'owner', contexts: ['normal'], main: 'o owner' },
  { keys: ['e'], label: 'e', does: 'edit a manual trait', command: 'edit', contexts: ['normal'], main: 'e edit' },
  { keys: ['c'], label: 'c', does: 'confirm the manual traits unchanged', command: 'confirm-traits', contexts: ['normal'] },
  { keys: ['n'], label: 'n', does: 'add a note', command: 'note', contexts: ['normal'] },
  { keys: ['t'], label: 't', does: 'add a task', command: 'task', contexts: ['normal'] },
  { keys: ['x'], label: 'x', does: 'complete an open task', command: 'task-done', contexts: ['normal'] },
  { keys: ['p'], label: 'p', does: 'start a project a scenario suggests', command: 'project', contexts: ['normal'] },
  { keys: ['?'], label: '?', does: 'help', command: 'help', contexts: ['normal'], main: '? help' },
  { keys: ['q'], label: 'q', does: 'quit', command: 'quit', contexts: ['normal'], main: 'q quit' },
  { keys: ['ctrl-c'], label: 'Ctrl-C', does: 'quit at once (exit 130)', command: 'interrupt', contexts: ['normal', 'pick', 'confirm'] },
  { keys: ['y'], label: 'y', does: 'commit the edit', command: 'yes', contexts: ['confirm'] },
  { keys: ['n'], label: 'n', does: 'cancel the edit', command: 'no', contexts: ['confirm'] },
  { keys: ['l'], label: 'l', does: 'a note: also log it as a contact (last_activity)', command: 'toggle-contact', contexts: ['confirm'] },
];

const LOOKUP = new Map<string, Command>();
for (const binding of KEYMAP) for (const context of binding.contexts) for (const key of binding.keys) LOOKUP.set(`${context} ${key}`, binding.command);

/** The command a key gives in a context; undefined for a key that does nothing there. */
export function commandFor(context: KeyContext, key: string): Command | undefined {
  return LOOKUP.get(`${context} ${key}`);
}
