import { traitKind } from '../../edit/account-schema.js';
import type { EditChange } from '../../edit/index.js';
import { projectTasks } from '../../edit/project-tasks.js';
import { addDays, manualTraits } from '../../engine/index.js';
import { isIsoDate } from '../../util/iso-date.js';
import { plain } from '../../util/sanitize.js';
import type { Action } from '../state/app-reducer.js';
import type { Mode } from '../state/app-state.js';
import type { ReviewSession } from './review-session.js';

/** Why an edit could not be planned, in its own one sentence (the edit path words it). */
function refused(error: unknown): Action {
  return { type: 'message', text: `not changed: ${plain(error instanceof Error ? error.message : String(error))}`, error: true };
}

/** Plans an edit and asks to confirm it; a refusal becomes its message. */
export function planned(session: ReviewSession, account: string, changes: EditChange[], note?: { text: string; contact: boolean }): Action {
  try {
    const plan = session.plan(account, changes);
    // Nothing to commit (every manual trait confirmed today already): said, not offered to commit.
    if (plan.writes.length === 0) return { type: 'message', text: `nothing to change: ${plan.changes.map(plain).join('; ')}` };
    return { type: 'confirm', account, plan, ...(note ? { note } : {}) };
  } catch (error) {
    return refused(error);
  }
}

/** The manual traits in model order: what `e` offers and what `c` confirms. */
function manualInOrder(session: ReviewSession): string[] {
  const playbooks = session.book.playbooks;
  if (!playbooks) return [];
  const manual = manualTraits(playbooks.health);
  return playbooks.health.categories.flatMap((c) => c.traits.map((t) => t.trait).filter((t) => manual.has(t)));
}

const traitsOf = (session: ReviewSession, id: string) => (session.entry(id)?.data.traits ?? {}) as Record<string, string | number | boolean | undefined>;

/** The first step of an edit key on the selected account: a list to pick from, text to type, or a confirmation. */
export function startEdit(kind: 'edit' | 'confirm-traits' | 'note' | 'task' | 'task-done' | 'project', session: ReviewSession, id: string): Action {
  const entry = session.entry(id);
  if (!entry) return { type: 'message', text: 'no account selected', error: true };
  const traits = traitsOf(session, id);
  switch (kind) {
    case 'edit': {
      const options = manualInOrder(session).map((t) => ({ label: `${t.padEnd(18)} now ${traits[t] === undefined ? 'none' : plain(String(traits[t]))}`, value: t }));
      if (options.length === 0) return { type: 'message', text: 'the model has no manual traits to edit', error: true };
      return { type: 'pick', purpose: 'trait', title: `Edit a manual trait of ${plain(entry.data.name)}`, options, account: id };
    }
    case 'confirm-traits': {
      const changes: EditChange[] = manualInOrder(session)
        .filter((t) => traits[t] !== undefined)
        .map((t) => ({ kind: 'trait', trait: t, value: traits[t]! }));
      if (changes.length === 0) return { type: 'message', text: `${id} has no manual trait values to confirm: set one with e`, error: true };
      return planned(session, id, changes);
    }
    case 'note':
      return { type: 'text', purpose: 'note', title: `Note on ${plain(entry.data.name)}`, account: id };
    case 'task':
      return { type: 'text', purpose: 'task-title', title: `New task on ${plain(entry.data.name)}`, account: id };
    case 'task-done': {
      const options = (entry.data.tasks ?? []).flatMap((t, i) => (t.done === true ? [] : [{ label: `${String(i + 1).padStart(3)}  ${plain(t.title)}${t.due ? `  due ${t.due}` : ''}`, value: String(i + 1) }]));
      if (options.length === 0) return { type: 'message', text: `${plain(entry.data.name)} has no open task`, error: true };
      return { type: 'pick', purpose: 'task-done', title: `Complete a task of ${plain(entry.data.name)}`, options, account: id };
    }
    case 'project': {
      const suggested = new Set((session.score(id)?.explanation.scenarios ?? []).flatMap((s) => (s.project ? [s.project] : [])));
      const options = (session.book.playbooks?.projects.projects ?? [])
        .filter((p) => suggested.has(p.id))
        .map((p) => ({ label: `${plain(p.name)} (${p.tasks.length} tasks)`, value: p.id }));
      if (options.length === 0 && session.book.emptied?.includes('projects')) {
        return { type: 'message', text: 'no project to start: playbooks/projects.yaml does not load (see 4 Problems)', error: true };
      }
      if (options.length === 0) return { type: 'message', text: `no scenario of ${id} suggests a project`, error: true };
      return { type: 'pick', purpose: 'project', title: `Start a project on ${plain(entry.data.name)}`, options, account: id };
    }
  }
}

/** Enter on a pick list (other than the owner's): the next step of its edit. */
export function afterPick(mode: Extract<Mode, { kind: 'pick' }>, session: ReviewSession): Action {
  const value = mode.options[mode.cursor]?.value;
  if (value === undefined) return { type: 'normal' };
  const id = mode.account;
  switch (mode.purpose) {
    case 'trait': {
      const kind = traitKind(value);
      const values = kind?.type === 'boolean' ? ['true', 'false'] : kind?.type === 'enum' ? kind.values : [];
      const current = traitsOf(session, id)[value];
      const cursor = Math.max(0, values.indexOf(String(current)));
      return { type: 'pick', purpose: 'value', title: `${value} of ${id}: now ${current === undefined ? 'none' : plain(String(current))}`, options: values.map((v) => ({ label: v, value: v })), cursor, account: id, trait: value };
    }
    case 'value': {
      const typed = value === 'true' ? true : value === 'false' ? false : value;
      return planned(session, id, [{ kind: 'trait', trait: mode.trait!, value: typed }]);
    }
    case 'task-done':
      return planned(session, id, [{ kind: 'task-done', number: Number(value) }]);
    case 'project': {
      const project = session.book.playbooks?.projects.projects.find((p) => p.id === value);
      const entry = session.entry(id);
      if (!project || !entry) return { type: 'normal' };
      return planned(session, id, projectTasks(project, entry.data, session.asOf));
    }
    case 'owner':
      return { type: 'normal' };
  }
}

/** A note, optionally logged as a contact: as `vitals note --contact`, `last_activity` moves to the as-of date, never back. */
export function noteChanges(text: string, contact: boolean, author: string | undefined): EditChange[] {
  return [{ kind: 'note', text, author, contact }];
}

/** Enter on typed text: a note goes to its confirmation, a task title asks for its due date, a due date plans the task. */
export function afterText(mode: Extract<Mode, { kind: 'text' }>, session: ReviewSession, author: string | undefined): Action {
  const text = mode.text.trim();
  switch (mode.purpose) {
    case 'note':
      if (text === '') return { type: 'message', text: 'not changed: the note was empty', error: true };
      return planned(session, mode.account, noteChanges(text, false, author), { text, contact: false });
    case 'task-title':
      if (text === '') return { type: 'message', text: 'not changed: the task had no title', error: true };
      return { type: 'text', purpose: 'task-due', title: `Due date (YYYY-MM-DD or empty) of "${plain(text)}"`, text: addDays(session.asOf, 7), account: mode.account, taskTitle: text };
    case 'task-due':
      if (text !== '' && !(/^\d{4}-\d{2}-\d{2}$/.test(text) && isIsoDate(text))) return { ...mode, type: 'text', title: `Not a date: YYYY-MM-DD, or empty` };
      return planned(session, mode.account, [{ kind: 'task', title: mode.taskTitle!, due: text === '' ? undefined : text }]);
  }
}
