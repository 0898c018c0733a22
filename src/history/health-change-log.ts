import type { Problem } from '../book/book.js';
import { addDays, type HealthColor } from '../engine/index.js';
import type { LoggedCommit } from '../git/log-stream.js';
import { accountFileName, accountIdOf, isPlaybookPath, LINK } from './account-path.js';
import { badFileName } from '../load/account-files.js';
import { changeCause } from './change-cause.js';
import { EntryLines } from './entry-lines.js';
import { HeldScores } from './held-scores.js';
import type { AccountVersion, HistoryMemo, ModelVersion, Scored } from './history-memo.js';
import type { LogEntry } from './review-history.js';
import type { Slices } from './slices.js';
import { sundaysBetween } from './sundays.js';
import { traitChanges } from './trait-changes.js';

type Valid = Extract<AccountVersion, { entry: unknown }>;

/** A file of the book at a commit, by its blob. */
export interface FileAt {
  path: string;
  blob: string;
}

/**
 * A commit as one step of the book, by blob ids (plain data, kept between runs): the accounts it
 * changed (null: removed) and, when it brought a new model, the playbook files of that model.
 */
export interface Step {
  commit: string;
  date: string;
  accounts: Array<[id: string, file: FileAt | null]>;
  playbooks?: Array<[path: string, blob: string]>;
}

/** Everything a log needs to go on from where it stopped (its entries aside): plain data, for the cache between runs. */
export interface LogState {
  problems: HistoryProblem[];
  steps: Step[];
  /** The account versions in force, and the playbook files as committed and as last valid. */
  accounts: Array<[id: string, file: FileAt]>;
  /** Every account file as committed, a second file with an id already taken included. */
  files: Array<[path: string, blob: string]>;
  playbooks: Array<[path: string, blob: string]>;
  model: Array<[path: string, blob: string]>;
  last: Array<[id: string, color: HealthColor, score: number | null]>;
  lastSunday: string;
  inForce: string | undefined;
}

/** A file that did not load at a commit: reported there, while the last version that loaded stays in force. */
export interface HistoryProblem extends Problem {
  commit: string;
  date: string;
}

/** An account's colour at a point, `none` where it did not exist. */
type Seen = { color: HealthColor | 'none'; score: number | null };
const NONE: Seen = { color: 'none', score: null };

/**
 * The health-change log (SPEC §4, §5), built commit by commit, oldest first. Each account's last
 * colour is kept, so every entry starts where the account's previous one ended (the chain rule):
 * drift between commits shows as `time` entries, at each Sunday or at the date of the commit that
 * next touches the account.
 */
export class HealthChangeLog {
  /** The entries added by this object: all of them, unless it goes on from saved ones (`lines`). */
  readonly entries: LogEntry[] = [];
  /** The entries of a restored log up to where it was saved, as saved (never parsed back). */
  private saved: EntryLines | undefined;
  readonly problems: HistoryProblem[] = [];
  readonly steps: Step[] = [];
  private readonly accounts = new Map<string, Valid>();
  private readonly playbooks = new Map<string, string>();
  /** Per account id, every file that holds it as committed (one, unless the book has a duplicate). */
  private readonly files = new Map<string, Map<string, string>>();
  private readonly last = new Map<string, Scored>();
  private model: ModelVersion = { key: 0, problems: [] };
  /** The playbook files of `model`. */
  private modelFiles = new Map<string, string>();
  /** The day up to which Sundays have been looked at (YYYY-MM-DD). */
  private lastSunday = '';
  private inForce: string | undefined;
  private ids: string[] | undefined;
  /** The date of the last commit added and the day before it (commits come several a day). */
  private day = { date: '', before: '' };
  private readonly scores: HeldScores;

  /** `everySunday`: score each account on each Sunday, as the check of the shortcut does. */
  constructor(
    readonly memo: HistoryMemo,
    everySunday = false,
  ) {
    this.scores = new HeldScores(memo, everySunday);
  }

  /** The commit the log has read up to; undefined before the first. */
  get head(): string | undefined {
    return this.inForce;
  }

  /** Every entry, the saved ones and those added since, as JSON lines. */
  lines(): EntryLines {
    const added = EntryLines.of(this.entries);
    return this.saved ? this.saved.concat(added) : added;
  }

  /** The log as plain data (its entries aside: `lines`), to go on from in a later run. */
  state(): LogState {
    return {
      problems: this.problems,
      steps: this.steps,
      accounts: [...this.accounts].map(([id, v]) => [id, { path: this.pathOf(id, v), blob: v.blob }]),
      files: [...this.files.values()].flatMap((files) => [...files]),
      playbooks: [...this.playbooks],
      model: [...this.modelFiles],
      last: [...this.last].map(([id, s]) => [id, s.color, s.score]),
      lastSunday: this.lastSunday,
      inForce: this.inForce,
    };
  }

  /** A log that goes on from a saved state and its entries; its accounts and model are read through the memo. */
  static async restore(memo: HistoryMemo, state: LogState, entries: EntryLines): Promise<HealthChangeLog> {
    const log = new HealthChangeLog(memo);
    if (entries.length > 0) log.saved = entries;
    log.problems.push(...state.problems);
    log.steps.push(...state.steps);
    for (const [id, file] of state.accounts) {
      const version = await memo.account(file.path, file.blob);
      if ('problems' in version) throw new Error(`saved history names account ${id} at a blob that does not load`);
      log.accounts.set(id, version);
    }
    for (const [path, blob] of state.files) log.fileSet(accountIdOf(path)!).set(path, blob);
    for (const [path, blob] of state.playbooks) log.playbooks.set(path, blob);
    log.modelFiles = new Map(state.model);
    if (state.model.length > 0) log.model = await memo.model(log.modelFiles);
    for (const [id, color, score] of state.last) log.last.set(id, { color, score });
    log.lastSunday = state.lastSunday;
    log.inForce = state.inForce;
    return log;
  }

  /**
   * The next commit of the first-parent line. `boundary`: a shallow clone's history stops at it, so
   * the book it holds is where the log starts, not accounts added there. `slices`: pause now and
   * then, inside the commit too (a commit can score a whole book), for a log no one else holds yet.
   */
  async add(commit: LoggedCommit, boundary = false, slices?: Slices): Promise<void> {
    const date = commit.committed.slice(0, 10);
    // The Sundays up to the day before: a Sunday's own commits are part of the book at its end.
    if (date !== this.day.date) this.day = { date, before: addDays(date, -1) };
    const dayBefore = this.day.before;
    if (this.inForce !== undefined && this.lastSunday < dayBefore) await this.snapshots(sundaysBetween(addDays(this.lastSunday, 1), dayBefore), slices);
    if (this.inForce === undefined || this.lastSunday < dayBefore) this.lastSunday = dayBefore;

    const { touched, playbooksChanged } = this.read(commit, date);
    let model = this.model;
    if (playbooksChanged) {
      const version = await this.memo.model(this.playbooks);
      if (version.model) {
        model = version;
        if (model.key !== this.model.key) this.modelFiles = new Map(this.playbooks);
      } else this.problems.push(...version.problems.map((p) => ({ ...p, commit: commit.sha, date })));
    }
    const changed = new Map<string, Valid | null>();
    await Promise.all(
      [...touched].map(async ([id, target]) => {
        const old = this.accounts.get(id);
        if (target === null) {
          if (old) changed.set(id, null);
          return;
        }
        const version = await this.memo.account(target.path, target.blob);
        if ('problems' in version) this.problems.push(...version.problems.map((p) => ({ ...p, commit: commit.sha, date })));
        else if (!old || old.blob !== version.blob) changed.set(id, version);
      }),
    );

    const modelChanged = model.key !== this.model.key;
    const candidates = modelChanged ? [...new Set([...this.accounts.keys(), ...changed.keys()])] : [...changed.keys()];
    for (const id of candidates.sort()) {
      const pause = slices?.due();
      if (pause) await pause;
      const old = this.accounts.get(id);
      const now = changed.has(id) ? changed.get(id)! : old;
      const before = old ? this.scores.at(id, old, this.model, date) : NONE;
      this.drift(id, before, date, old);
      const after = now ? this.scores.at(id, now, model, date) : NONE;
      if (after.color !== before.color && !(boundary && !old)) {
        const cause = !old ? 'added' : !now ? 'removed' : !modelChanged ? 'data' : old.blob === now.blob ? 'model' : changeCause(before, after, this.memo.score(old, model, date), this.memo.score(now, this.model, date));
        this.entries.push({
          date,
          commit: commit.sha,
          author: commit.author,
          account: id,
          owner: (now ?? old)!.entry.data.owner,
          from: before.color,
          to: after.color,
          score_before: before.score,
          score_after: after.score,
          cause,
          changes: cause === 'data' || cause === 'both' ? traitChanges(old?.entry.data, now?.entry.data) : [],
        });
      }
      if (now) this.last.set(id, after as Scored);
      else this.last.delete(id);
    }
    for (const [id, version] of changed) {
      const old = this.accounts.get(id);
      if (old) this.memo.forget(old.entry.file, old.blob);
      if (version) this.accounts.set(id, version);
      else this.accounts.delete(id);
    }
    if (changed.size > 0) this.ids = undefined;
    this.model = model;
    this.inForce = commit.sha;
    this.steps.push({
      commit: commit.sha,
      date,
      accounts: [...changed].map(([id, v]) => [id, v && { path: this.pathOf(id, v), blob: v.blob }]),
      ...(modelChanged ? { playbooks: [...this.modelFiles] } : {}),
    });
  }

  /**
   * The `time` entries after the last commit, without changing the log: at each Sunday up to
   * `until`, and at `until` itself when it is no Sunday, as drift found at a commit's date is
   * dated there. A review on a Monday shows today's colours; its log explains every one of them.
   */
  tail(until: string): LogEntry[] {
    if (this.inForce === undefined) return [];
    const days = this.lastSunday < until ? sundaysBetween(addDays(this.lastSunday, 1), until) : [];
    if (this.lastSunday < until && days.at(-1) !== until) days.push(until);
    return this.timeEntries(days, new Map(this.last));
  }

  private async snapshots(sundays: string[], slices: Slices | undefined): Promise<void> {
    for (const sunday of sundays) {
      this.entries.push(...this.timeEntries([sunday], this.last));
      const pause = slices?.due();
      if (pause) await pause;
    }
  }

  /** Each Sunday, the book as it stood scored at that date: a colour no commit changed is time's doing. */
  private timeEntries(sundays: string[], last: Map<string, Scored>): LogEntry[] {
    const entries: LogEntry[] = [];
    if (sundays.length === 0) return entries;
    this.ids ??= [...this.accounts.keys()].sort();
    for (const sunday of sundays) {
      for (const id of this.ids) {
        const version = this.accounts.get(id)!;
        const now = this.scores.at(id, version, this.model, sunday);
        const entry = this.timeEntry(id, last.get(id) ?? NONE, now, sunday, version);
        if (entry) entries.push(entry);
        last.set(id, now);
      }
    }
    return entries;
  }

  /** Drift found at a commit's date, before its change: a `time` entry ahead of the commit's own. */
  private drift(id: string, now: Seen, date: string, version: Valid | undefined): void {
    if (!version) return;
    const entry = this.timeEntry(id, this.last.get(id) ?? NONE, now, date, version);
    if (entry) this.entries.push(entry);
  }

  private timeEntry(id: string, previous: Seen, now: Seen, date: string, version: Valid): LogEntry | undefined {
    if (previous.color === now.color) return undefined;
    return { date, commit: this.inForce!, author: null, account: id, owner: version.entry.data.owner, from: previous.color, to: now.color, score_before: previous.score, score_after: now.score, cause: 'time', changes: [] };
  }

  /**
   * The accounts a commit touched, each with the file the loader reads for it (null: none is left),
   * and whether it touched the playbooks. A move deletes one path and adds another: the id's
   * history goes on under the new path. Two files with one id are a problem at the commit, and the
   * first in path order is the account, as the loader has it (SPEC §2).
   */
  private read(commit: LoggedCommit, date: string) {
    const ids = new Set<string>();
    /** Ids whose set of files this commit changed (a file added or removed, not only edited). */
    const regrouped = new Set<string>();
    let playbooksChanged = false;
    for (const change of commit.changes) {
      // Read as absent, as `--rev` reads the commit, and said where it happens.
      if (change.link && (isPlaybookPath(change.path) || accountIdOf(change.path) !== undefined)) {
        this.problems.push({ file: change.path, path: '', severity: 'error', message: LINK, commit: commit.sha, date });
      }
      if (isPlaybookPath(change.path)) {
        if (change.blob) this.playbooks.set(change.path, change.blob);
        else this.playbooks.delete(change.path);
        playbooksChanged = true;
        continue;
      }
      const id = accountIdOf(change.path);
      if (id === undefined) {
        const name = change.blob ? accountFileName(change.path) : undefined;
        if (name !== undefined) this.problems.push({ ...badFileName(change.path, name), commit: commit.sha, date });
        continue;
      }
      const files = this.fileSet(id);
      if (!change.blob || !files.has(change.path)) regrouped.add(id);
      if (change.blob) files.set(change.path, change.blob);
      else files.delete(change.path);
      ids.add(id);
    }
    const touched = new Map<string, FileAt | null>();
    for (const id of ids) {
      const files = this.fileSet(id);
      const [first, ...others] = [...files.keys()].sort();
      touched.set(id, first === undefined ? null : { path: first, blob: files.get(first)! });
      if (first === undefined) this.files.delete(id);
      // Said where the duplicate arises (or a file of it comes or goes), not at every edit after.
      if (!regrouped.has(id)) continue;
      for (const file of others) {
        this.problems.push({ file, path: '', severity: 'error', message: `account id "${id}" is also ${first}: ids are unique across the book, so this file is not read`, commit: commit.sha, date });
      }
    }
    return { touched, playbooksChanged };
  }

  /** Where an account's version in force is committed now: a file moved keeps its blob (and memo entry) under a new path. */
  private pathOf(id: string, version: Valid): string {
    const files = this.files.get(id);
    return (files && [...files.keys()].sort()[0]) ?? version.entry.file;
  }

  private fileSet(id: string): Map<string, string> {
    let files = this.files.get(id);
    if (!files) this.files.set(id, (files = new Map()));
    return files;
  }

}
