import type { Playbooks } from '../book/book.js';
import { NO_NOTE_AUTHOR } from '../book/owner.js';
import type { Account } from '../types/schema.js';
import { compileModel, manualTraits, scoreColour, type CompiledModel, type HealthColor } from '../engine/index.js';
import { UsageError } from '../util/errors.js';
import { today } from '../util/iso-date.js';
import { readAccountFile, type AccountFile } from './account-file.js';
import { clip, commitMessage, oneLine } from './commit-message.js';
import { editAccountText } from './edit-account-text.js';
import { EditError } from './edit-error.js';
import { playbooksForEdit } from './playbooks-for-edit.js';
import type { TraitValue } from './trait-value.js';
import { sameValue, type YamlOp } from './yaml/changes.js';

/** One change a person asks for; the TUI and the commands build these. */
export type EditChange =
  | { kind: 'trait'; trait: string; value: TraitValue }
  /** The author is who wrote it (review's `noteAuthor`); `contact` also logs a contact: last_activity moves to the as-of date. */
  | { kind: 'note'; text: string; author: string | undefined; contact?: boolean | undefined }
  /**
   * `project`: the template the task comes from, so the scenario that suggested it reads as under
   * way; `planned`: the date the template gave, when it had passed and the task is due now instead.
   */
  | { kind: 'task'; title: string; due?: string | undefined; project?: string | undefined; planned?: string | undefined }
  | { kind: 'task-done'; number: number };

export interface EditRequest {
  root: string;
  id: string;
  asOf: string;
  changes: EditChange[];
  /** The user's own words for the commit message. */
  message?: string | undefined;
  /** What the caller already loaded (the TUI); a command leaves them out and they are read. */
  playbooks?: Playbooks;
  model?: CompiledModel;
  /** The account as the caller showed it: if the file now holds something else, the edit is refused. */
  shown?: Account;
}

/** One file to replace: the bytes it must still have, and the bytes it gets. */
export interface FileWrite {
  file: string;
  path: string;
  /** undefined: a new file, which must not exist yet (`import --create`, `init`). */
  before: Buffer | undefined;
  after: Buffer;
}

/** What `applyEdit` writes and commits; an edit and an import are both one. */
export interface WritePlan {
  root: string;
  writes: FileWrite[];
  message: string;
}

/** An edit worked out but not yet written: the preview a TUI shows before it asks to commit. */
export interface EditPlan extends WritePlan {
  id: string;
  file: string;
  /** One line per change for people: `ce_pulse healthy → concerning`; `writes` is empty when none changes anything. */
  changes: string[];
  /** The same, a note's or a task's text not cut: what a confirmation shows before it is committed. */
  changesInFull: string[];
  /** The score and colour before and after: all an edit shows of them (`scoreColour`). */
  before: { score: number | null; color: HealthColor };
  after: { score: number | null; color: HealthColor };
  /** The file's new text. */
  text: string;
}

/** Works out an edit: the new text, the score before and after, the commit message. Writes nothing. */
export function planEdit(request: EditRequest): EditPlan {
  if (request.changes.length === 0) throw new UsageError('nothing to change: give at least one change');
  refuseFutureAsOf(request.asOf);
  const playbooks = request.playbooks ?? playbooksForEdit(request.root, request.asOf);
  const model = request.model ?? compileModel(playbooks);
  const account = readAccountFile(request.root, request.id);
  if (request.shown && !sameValue(request.shown, account.data)) {
    throw new EditError(`${account.file} changed on disk since it was loaded, so nothing was written: it is shown as it is now; edit it again`);
  }
  const manual = manualTraits(playbooks.health);
  const steps = request.changes.map((change) => step(account, change, manual, request.asOf));
  const ops = steps.flatMap((s) => s.ops);
  const edited = ops.length === 0 ? { text: account.text, bytes: account.bytes, data: account.data } : editAccountText(account, ops);
  const entry = (data: Account) => ({ id: account.id, file: account.file, data });
  return {
    root: request.root,
    id: account.id,
    file: account.file,
    writes: ops.length === 0 ? [] : [{ file: account.file, path: account.path, before: account.bytes, after: edited.bytes }],
    changes: steps.map((s) => s.line),
    changesInFull: steps.map((s) => s.body ?? s.line),
    before: scoreColour(model, entry(account.data), request.asOf),
    after: scoreColour(model, entry(edited.data), request.asOf),
    text: edited.text,
    message: message(account.id, steps, request.message, playbooks),
  };
}

/**
 * An edit records what was done on a day that has come: with a later as-of date it would stamp
 * reviews and contacts in the future, which hold off staleness and then block every edit before them.
 */
export function refuseFutureAsOf(asOf: string, now = today()): void {
  if (asOf > now) throw new UsageError(`--as-of ${asOf} is after today (${now}): an edit records what was done, on a day that has come`);
}

interface Step {
  ops: YamlOp[];
  /** For people, on one screen line. */
  line: string;
  /** For the commit body, when it says more than `line` (a long title whole). */
  body?: string;
  /** The project template a task comes from. */
  project?: string;
  /** The commit subject when this is the only change. */
  subject: string;
  trait?: string;
}

function step(account: AccountFile, change: EditChange, manual: ReadonlyMap<string, number>, asOf: string): Step {
  const data = account.data;
  switch (change.kind) {
    case 'trait': {
      const { trait, value } = change;
      const old = (data.traits as Record<string, TraitValue> | undefined)?.[trait];
      const ops: YamlOp[] = old === value ? [] : [{ op: 'set', path: ['traits', trait], value }];
      const isManual = manual.has(trait);
      const reviewed = (data.reviewed as Record<string, string> | undefined)?.[trait];
      if (isManual && reviewed !== undefined && reviewed > asOf) {
        throw new EditError(
          `${account.file}: ${trait} was reviewed on ${reviewed}, after the as-of date ${asOf}; a review date never moves backwards (edit as of ${reviewed} or later): nothing was written`,
        );
      }
      if (isManual && reviewed !== asOf) ops.push({ op: 'set', path: ['reviewed', trait], value: asOf });
      const line =
        old !== value
          ? `${trait} ${show(old)} → ${show(value)}`
          : ops.length > 0
            ? `${trait} ${show(value)} (confirmed)`
            : `${trait} is already ${show(value)}${isManual ? `, confirmed ${asOf}` : ''}`;
      return { ops, line, subject: line, trait };
    }
    case 'note': {
      const text = change.text.trim();
      if (text === '') throw new UsageError('the note is empty: give its text');
      const { author } = change;
      // Never the account owner by default: a note signed by someone who did not write it is a false record.
      if (author === undefined) throw new UsageError(NO_NOTE_AUTHOR);
      // Notes are kept newest last (SPEC §2): one dated before the last goes before the first later one.
      const later = (data.notes ?? []).findIndex((n) => n.date > asOf);
      const ops: YamlOp[] = [{ op: 'append', path: ['notes'], value: { date: asOf, author, text }, ...(later >= 0 && { before: later }) }];
      const last = data.traits?.last_activity;
      const contact = change.contact === true && (last === undefined || last < asOf);
      if (contact) ops.push({ op: 'set', path: ['traits', 'last_activity'], value: asOf });
      const logged = change.contact !== true ? '' : contact ? `; last_activity ${last ?? 'none'} → ${asOf}` : `; last_activity stays ${last}`;
      return {
        ops,
        line: `note by ${author}: ${clip(oneLine(text), 60)}${logged}`,
        body: `note by ${author}: ${oneLine(text)}${logged}`,
        subject: `${change.contact === true ? 'contact' : 'note'} "${clip(oneLine(text), 50)}"`,
      };
    }
    case 'task': {
      const title = change.title.trim();
      if (title === '') throw new UsageError('the task has no title');
      const task: Record<string, string | boolean> = { title };
      if (change.due !== undefined) task.due = change.due;
      Object.assign(task, { done: false, created: asOf });
      if (change.project !== undefined) task.project = change.project;
      const due = change.due === undefined ? '' : ` due ${change.due}${change.planned ? ` (the template's ${change.planned} has passed)` : ''}`;
      return {
        ops: [{ op: 'append', path: ['tasks'], value: task }],
        line: `task "${clip(oneLine(title), 60)}"${due}`,
        body: `task "${oneLine(title)}"${due}`,
        subject: `task "${clip(oneLine(title), 50)}"${due}`,
        ...(change.project !== undefined && { project: change.project }),
      };
    }
    case 'task-done': {
      const tasks = data.tasks ?? [];
      const task = tasks[change.number - 1];
      if (!Number.isInteger(change.number) || !task) {
        throw new UsageError(tasks.length === 0 ? `${account.id} has no tasks` : `${account.id} has no task ${change.number}: its tasks are numbered 1 to ${tasks.length}`);
      }
      const title = `"${clip(oneLine(task.title), 50)}"`;
      if (task.done === true) return { ops: [], line: `task ${change.number} ${title} is already done`, subject: '' };
      const line = `task ${change.number} done: ${title}`;
      return { ops: [{ op: 'set', path: ['tasks', change.number - 1, 'done'], value: true }], line, body: `task ${change.number} done: "${oneLine(task.title)}"`, subject: line };
    }
  }
}

function message(id: string, steps: Step[], note: string | undefined, playbooks: Playbooks): string {
  const effective = steps.filter((s) => s.ops.length > 0);
  const traits = effective.flatMap((s) => (s.trait ? [s.trait] : []));
  const project = effective[0]?.project;
  const projectName = project !== undefined && effective.every((s) => s.project === project) ? playbooks.projects.projects.find((p) => p.id === project)?.name : undefined;
  let subject: string;
  let list: string[] | undefined;
  if (effective.length === 1) subject = `${id}: ${effective[0]!.subject}`;
  else {
    list = effective.map((s) => s.body ?? s.line);
    const names = traits.length === effective.length ? traits.join(', ') : '';
    subject = projectName
      ? `${id}: project ${projectName} (${effective.length} tasks)`
      : names && names.length <= 60
        ? `${id}: ${names}`
        : `${id}: ${effective.length} ${traits.length === effective.length ? 'traits' : 'changes'}`;
  }
  return commitMessage({
    subject,
    list,
    note,
    trailers: [['Vitals-Account', id], ...traits.map((t): [string, string] => ['Vitals-Trait', t])],
  });
}

function show(value: TraitValue | undefined): string {
  return value === undefined ? 'none' : String(value);
}
