import { Box, Text } from 'ink';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { DETACHED, EditError } from '../edit/index.js';
import type { ReviewHistory } from '../history/review-history.js';
import type { Problem } from '../book/book.js';
import type { DashboardRow } from '../review/dashboard.js';
import { plain } from '../util/sanitize.js';
import { agendaLines } from './model/agenda-lines.js';
import { changesLines } from './model/changes-lines.js';
import { confirmLines } from './model/confirm-lines.js';
import { detailLines } from './model/detail-lines.js';
import { helpLines } from './model/help-lines.js';
import { problemsLines } from './model/problems-lines.js';
import { pickLines } from './model/pick-lines.js';
import { rowFlags } from './model/row-flags.js';
import { afterPick, afterText, noteChanges, planned, startEdit } from './session/edit-flow.js';
import type { ReviewSession } from './session/review-session.js';
import { useAccountLog } from './session/use-account-log.js';
import { useHistory } from './session/use-history.js';
import { PASTE_END, PASTE_START } from './input/decode-keys.js';
import { useKeys } from './input/use-keys.js';
import type { Command } from './keymap.js';
import { appReducer, initialState, type Action } from './state/app-reducer.js';
import type { AppState, View } from './state/app-state.js';
import { keyEffect, printable, takesText } from './state/key-actions.js';
import { layout } from './state/layout.js';
import type { Line, Theme } from './theme.js';
import { Header } from './views/header.js';
import { LinesView } from './views/lines-view.js';
import { MessageLine, messageRows } from './views/message-line.js';
import { ReviewList } from './views/review-list.js';
import { StatusBar } from './views/status-bar.js';

export interface AppProps {
  session: ReviewSession;
  history?: ReviewHistory | undefined;
  /** The user's own book (their team member id), undefined when they are not in the team. */
  me: string | undefined;
  /** Whose book to open with: `--owner`, else `me`, else everyone. */
  owner: string | undefined;
  width: number;
  height: number;
  theme: Theme;
  onExit(code: number): void;
}

const VIEW_OF: Partial<Record<Command, View>> = { 'view-review': 'review', 'view-agenda': 'agenda', 'view-changes': 'changes', 'view-problems': 'problems' };
const EDITS = ['edit', 'confirm-traits', 'note', 'task', 'task-done', 'project'] as const;

/**
 * Said as the review opens: account files that do not load are in no row and no count, and the
 * counts' change since last week would otherwise read as a change of health.
 */
function unloadedAccounts(problems: readonly Problem[]): AppState['message'] {
  const files = new Set(problems.filter((p) => p.severity === 'error' && p.file.startsWith('accounts/')).map((p) => p.file)).size;
  if (files === 0) return undefined;
  return { text: `${files} account file${files === 1 ? ' does' : 's do'} not load, so ${files === 1 ? 'it is' : 'they are'} in no row or count: 4 Problems says why`, error: true };
}

/**
 * The weekly review: the state, the keys, and which view draws the body. The TUI's largest file:
 * the keys must read and change the one state synchronously (see `dispatch`), so the command
 * handling stays beside it; what each screen shows is built in model/ and drawn in views/.
 */
export function App({ session, history, me, owner: startOwner, width, height, theme, onExit }: AppProps) {
  const [owner, setOwner] = useState(startOwner);
  const [version, setVersion] = useState(0);
  const past = useHistory(history, session.asOf, version);
  const dashboard = useMemo(() => session.dashboard(owner, past.lastWeek ?? undefined), [session, owner, past.lastWeek, version]);
  const [state, setState] = useState<AppState>(() => ({ ...initialState(dashboard.rows, width, height), message: unloadedAccounts(session.book.problems) }));
  const current = useRef(state);
  // The reducer runs here, not in React's queue, so that each key of a chunk sees the mode the key
  // before it left (`/acme` pasted: `/` opens the filter, `acme` is its text).
  const dispatch = (action: Action) => {
    current.current = appReducer(current.current, action);
    setState(current.current);
  };
  const seen = useRef({ rows: dashboard.rows, width, height });
  if (seen.current.rows !== dashboard.rows) {
    seen.current.rows = dashboard.rows;
    dispatch({ type: 'rows', rows: dashboard.rows });
  }
  if (seen.current.width !== width || seen.current.height !== height) {
    seen.current = { ...seen.current, width, height };
    dispatch({ type: 'resize', width, height });
  }

  // A long message (a refusal's sentence) takes lines from the bottom of the body while it shows.
  const fixed = layout(state);
  const box = { ...fixed, bodyRows: fixed.bodyRows - messageRows(state) + 1, listRows: fixed.listRows - messageRows(state) + 1 };
  // The selection stays on screen in the shorter list.
  const listTop = Math.max(state.top, state.cursor - box.listRows + 1);
  const selected = state.selected;
  const accountLog = useAccountLog(history, state.detail ? selected : undefined, version);
  const names = useMemo(() => new Map(session.book.accounts.map((e) => [e.id, e.data.name])), [session, version]);

  // The text each state scrolls, worked out for the state a key is read in (a chunk `1⏎G` opens
  // the detail and goes to its end before any frame is drawn), memoised until the data changes.
  const made = useMemo(() => new Map<string, Line[]>(), [session, owner, past, accountLog, version, history]);
  function textOf(s: AppState): Line[] {
    if (s.mode.kind === 'help') return helpLines();
    if (s.mode.kind === 'confirm') return confirmLines(s.mode.plan, s.mode.note, session.commits, s.width);
    const key = s.view === 'review' ? `detail ${s.selected} ${layout(s).detailWidth}` : `${s.view} ${s.width}`;
    if (s.view === 'review' && !s.detail) return [];
    let lines = made.get(key);
    if (!lines) made.set(key, (lines = s.view === 'review' ? detailOf(s.selected, layout(s).detailWidth) : viewLinesOf(s.view, s.width)));
    return lines;
  }
  function detailOf(id: string | undefined, w: number): Line[] {
    const score = id === undefined ? undefined : session.score(id);
    const entry = id === undefined ? undefined : session.entry(id);
    if (!score || !entry) return [[{ text: 'no account selected' }]];
    // The log is read for the account on screen; another one (mid-chunk) shows without it until its frame.
    return detailLines(score, entry, session.problems(id!), { weekly: history ? past.weekly?.get(id!) : undefined, log: history && id === selected ? accountLog : undefined, reading: history !== undefined && past.weekly === undefined && past.failed === undefined }, w);
  }
  function viewLinesOf(view: View, width: number): Line[] {
    if (view === 'agenda') return agendaLines(session.agenda(owner), width);
    if (view === 'changes') {
      // Whole accounts, by their owner now, or for one removed since (in no row) by its last entry's.
      const last = new Map(past.changes?.map((e) => [e.account, e.owner]));
      const ownerOf = (id: string) => session.entry(id)?.data.owner ?? last.get(id);
      const mine = owner === undefined ? past.changes : past.changes?.filter((e) => ownerOf(e.account) === owner);
      return changesLines(history ? mine : undefined, past.since, names, width, history ? past.failed : undefined);
    }
    return problemsLines(session.allProblems(), width);
  }
  const flagsOf = useCallback((row: DashboardRow) => rowFlags(row, session.problems(row.score.id).length > 0), [session, version]);
  /** How far the text in focus scrolls: its lines less the lines shown. */
  const limitOf = (s: AppState) => textOf(s).length - layout(s).bodyRows + messageRows(s) - 1;
  const scrolled = textOf(state);
  const limit = limitOf(state);

  /** A step of an edit; a refusal has read the account again (a file changed meanwhile), so the rows are worked out again. */
  function edited(action: Action): void {
    if (action.type === 'message' && action.error) setVersion((v) => v + 1);
    dispatch(action);
  }

  async function commit(): Promise<void> {
    const mode = current.current.mode;
    if (mode.kind !== 'confirm' || mode.plan.writes.length === 0) return;
    const subject = mode.plan.message.split('\n')[0];
    // The draft this commit saves, taken out now: keys go on working while git runs, and the text
    // being committed is no draft to offer meanwhile; it comes back if the commit fails.
    const draft = committing.current;
    const drafted = draft === undefined ? undefined : drafts.current.get(draft);
    if (draft !== undefined) drafts.current.delete(draft);
    // Out of the confirmation before git runs: a second `y` must not commit the plan again.
    dispatch({ type: 'message', text: `committing: ${subject}`, busy: true });
    try {
      const result = await session.apply(mode.plan);
      const text = result.committed
        ? `committed ${result.commit}: ${subject}${result.detached ? ` (${DETACHED})` : ''}`
        : `written, not committed (${result.reason === 'not-a-repository' ? 'not in a git repository' : '--no-commit'}): ${subject}`;
      dispatch({ type: 'message', text, later: true });
    } catch (error) {
      if (draft !== undefined && drafted !== undefined && !drafts.current.has(draft)) drafts.current.set(draft, drafted);
      // A failed commit says what git said (EditError's detail), on the same line.
      const detail = error instanceof EditError && error.detail ? ` ${plain(error.detail.trim().replace(/\s*\n\s*/g, ' '))}` : '';
      dispatch({ type: 'message', text: `not changed: ${error instanceof Error ? error.message : String(error)}${detail}`, error: true, later: true });
    }
    setVersion((v) => v + 1);
  }

  function run(command: Command): void {
    const s = current.current;
    const view = VIEW_OF[command];
    if (view) return dispatch({ type: 'view', view });
    switch (command) {
      case 'up':
      case 'down':
        return dispatch({ type: 'move', delta: command === 'up' ? -1 : 1, limit: limitOf(s) });
      case 'page-up':
      case 'page-down':
        return dispatch({ type: 'page', direction: command === 'page-up' ? -1 : 1, limit: limitOf(s) });
      case 'first':
      case 'last':
        return dispatch({ type: 'jump', to: command, limit: limitOf(s) });
      case 'open': {
        const mode = s.mode;
        if (mode.kind !== 'pick') return dispatch({ type: 'open' });
        if (mode.purpose === 'owner') {
          const value = mode.options[mode.cursor]?.value;
          setOwner(value === '' ? undefined : value);
          return dispatch({ type: 'book' });
        }
        return edited(afterPick(mode, session));
      }
      case 'back':
      case 'no': {
        const mode = s.mode;
        if (mode.kind === 'text' && mode.purpose !== 'task-due') {
          if (mode.text.trim() === '') drafts.current.delete(draftKey(mode));
          else drafts.current.set(draftKey(mode), mode.text);
        }
        return dispatch({ type: 'back' });
      }
      case 'next-pane':
        return dispatch({ type: 'next-pane' });
      case 'filter':
        return dispatch({ type: 'filter' });
      case 'sort':
        return dispatch({ type: 'sort' });
      case 'help':
        return dispatch({ type: 'help' });
      case 'owner': {
        const members = session.book.playbooks?.team.members ?? [];
        const options = [
          ...(me ? [{ label: `mine (${me})`, value: me }] : []),
          { label: 'everyone', value: '' },
          // Only a TA owns accounts (SPEC §2): an AE's or a manager's book would always be empty.
          ...members.filter((m) => m.id !== me && m.role === 'ta').map((m) => ({ label: `${m.id} (${m.name})`, value: m.id })),
        ];
        const cursor = Math.max(0, options.findIndex((o) => o.value === (owner ?? '')));
        return dispatch({ type: 'pick', purpose: 'owner', title: 'Whose book', options, cursor, account: '' });
      }
      case 'quit':
        return onExit(0);
      case 'interrupt':
        return onExit(130);
      case 'yes':
        void commit();
        return;
      case 'toggle-contact': {
        const mode = s.mode;
        if (mode.kind !== 'confirm' || !mode.note) return;
        const contact = !mode.note.contact;
        return edited(planned(session, mode.account, noteChanges(mode.note.text, contact, me), { text: mode.note.text, contact }));
      }
    }
    if ((EDITS as readonly string[]).includes(command)) {
      if (s.view !== 'review') return dispatch({ type: 'message', text: 'select an account in the Review view (1) first', error: true });
      if (s.selected === undefined) {
        const why = s.filter !== '' ? 'no account matches the filter: / then Esc clears it' : 'no account is listed: o shows another book';
        return dispatch({ type: 'message', text: why, error: true });
      }
      committing.current = undefined;
      const action = startEdit(command as (typeof EDITS)[number], session, s.selected);
      const draft = action.type === 'text' ? drafts.current.get(draftKey(action)) : undefined;
      edited(action.type === 'text' && draft !== undefined ? { ...action, text: draft, title: `Not saved yet · ${action.title}` } : action);
    }
  }

  const pasting = useRef(false);
  /**
   * What was typed for a note or a task title and not saved (refused, its commit failed, or Esc):
   * offered again by the next n or t on that account, until a commit of it succeeds.
   */
  const drafts = useRef(new Map<string, string>());
  const draftKey = (mode: { purpose: string; account: string }) => `${mode.purpose === 'note' ? 'note' : 'task'}:${mode.account}`;
  const committing = useRef<string | undefined>(undefined);
  const tooSmall = width < 80 || height < 24;
  useKeys((keys) => {
    for (let i = 0; i < keys.length; ) {
      const key = keys[i]!;
      if (key === PASTE_START || key === PASTE_END) {
        pasting.current = key === PASTE_START;
        i++;
        continue;
      }
      const mode = current.current.mode;
      if (key.startsWith('alt-')) {
        // Esc and a key in one read (Alt and the key, or typed fast): in a paste the letter (an ESC
        // there is a colour code), while text is typed nothing, so that Alt-q cannot cancel a note
        // and quit; elsewhere the two keys.
        const plain = key.slice('alt-'.length);
        if (pasting.current) keys.splice(i, 1, plain);
        else if (takesText(mode.kind) && !tooSmall) i++;
        else keys.splice(i, 1, 'escape', plain);
        continue;
      }
      // Only the way out works on a screen too small to show anything else.
      if (tooSmall) {
        if (key === 'q' || key === 'ctrl-c') return onExit(key === 'q' ? 0 : 130);
        i++;
        continue;
      }
      if (takesText(mode.kind) && asText(keys, i, pasting.current)) {
        // A paste is text: a run of characters becomes one piece of text, its line breaks spaces.
        let text = '';
        for (; i < keys.length && asText(keys, i, pasting.current); i++) text += printable(keys[i]!) ? keys[i]! : ' ';
        dispatch({ type: 'type', text });
        continue;
      }
      i++;
      // A paste outside a filter or a note is not commands.
      if (pasting.current) continue;
      const effect = keyEffect(mode.kind, key);
      if (!effect) continue;
      if (effect.kind === 'erase') dispatch({ type: 'erase' });
      else if (effect.kind === 'submit') {
        if (mode.kind === 'filter') dispatch({ type: 'keep-filter' });
        else if (mode.kind === 'text') {
          if (mode.purpose !== 'task-due') {
            committing.current = draftKey(mode);
            if (mode.text.trim() === '') drafts.current.delete(committing.current);
            else drafts.current.set(committing.current, mode.text);
          }
          edited(afterText(mode, session, me));
        }
      } else if (effect.kind === 'command') run(effect.command);
    }
  });

  if (tooSmall) {
    // One line, short enough for a narrow terminal, the size first: whatever is cut, it is the end.
    return <Text>{`${width}×${height} is too small: vitals needs 80×24. q quits.`.slice(0, Math.max(1, width - 1))}</Text>;
  }

  let body: ReactNode;
  const mode = state.mode;
  const lines = (l: Line[], top = 0, w = width) => <LinesView lines={l} top={top} height={box.bodyRows} width={w} theme={theme} />;
  if (mode.kind === 'help') body = lines(helpLines(), state.scroll.help);
  else if (mode.kind === 'pick') body = lines(pickLines(mode, box.bodyRows));
  else if (mode.kind === 'confirm') body = lines(scrolled, Math.min(state.scroll.confirm, Math.max(0, limit)));
  else if (state.view !== 'review') body = lines(scrolled, Math.min(state.scroll[state.view], Math.max(0, limit)));
  else {
    const list = (w: number) => (
      <ReviewList
        rows={state.rows}
        top={listTop}
        height={box.listRows}
        width={w}
        selected={selected}
        weekly={past.weekly}
        spark={history !== undefined && past.failed === undefined}
        flags={flagsOf}
        theme={theme}
      />
    );
    const detailView = (w: number) => lines(scrolled, Math.min(state.scroll.detail, Math.max(0, limit)), w);
    const empty = state.filter || mode.kind === 'filter' ? 'no account matches the filter (Esc clears it)' : !session.book.playbooks ? 'nothing scored: the playbooks do not load (4: Problems)' : 'no accounts in this book (o: whose book)';
    if (state.rows.length === 0) body = lines([[{ text: empty }]]);
    else if (state.detail && box.wide) {
      body = (
        <Box>
          {list(box.listWidth)}
          <Box width={1} flexDirection="column">
            <Text dimColor>{'│\n'.repeat(box.bodyRows).trimEnd()}</Text>
          </Box>
          {detailView(box.detailWidth)}
        </Box>
      );
    } else if (state.detail) body = detailView(width);
    else body = list(width);
  }

  return (
    <Box flexDirection="column" width={width} height={height - 1}>
      <Header dashboard={dashboard} history={history === undefined || past.failed ? 'none' : past.lastWeek === undefined ? 'loading' : 'ready'} theme={theme} width={width} />
      <Box height={box.bodyRows} flexDirection="column">
        {body}
      </Box>
      <MessageLine state={state} theme={theme} />
      <StatusBar state={state} owner={owner} width={width} wide={box.wide} theme={theme} />
    </Box>
  );
}

/**
 * Whether the key at `i` is text in a filter or a note: a printable character, or a line break or
 * tab inside a paste. A terminal that does not mark pastes sends one as a single read, so a line
 * break between characters of the same read is taken as pasted too: typed keys come one a read.
 */
function asText(keys: string[], i: number, pasting: boolean): boolean {
  const key = keys[i]!;
  if (printable(key)) return true;
  if (key !== 'enter' && key !== 'tab') return false;
  return pasting || (i > 0 && printable(keys[i - 1]!) && i + 1 < keys.length && printable(keys[i + 1]!));
}
