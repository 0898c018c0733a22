import type { AccountEntry } from '../book/book.js';
import { addDays, compileModel, scoreSummary, type AccountSummary } from '../engine/index.js';
import { openCatFile, type BlobReader } from '../git/cat-file.js';
import { verifyCommit } from '../git/git.js';
import { GitTooOld } from '../git/git-version.js';
import { onFirstParentLine } from '../git/repository.js';
import { EntryLines, type EntryFilter } from './entry-lines.js';
import { HeldScores } from './held-scores.js';
import { HistoryCache } from './history-cache.js';
import { bookAt } from './book-at.js';
import type { HealthChangeLog, HistoryProblem } from './health-change-log.js';
import { HistoryMemo } from './history-memo.js';
import { readHistory } from './read-history.js';
import { Slices } from './slices.js';
import { knownScore } from '../review/format.js';
import type { LogEntry, ReviewHistory } from './review-history.js';
import { sundaysBefore } from './sundays.js';

interface History {
  log: HealthChangeLog;
  memo: HistoryMemo;
}

export interface HistoryOptions {
  /** The repository root holding accounts/ and playbooks/. */
  root: string;
  /** The as-of date (YYYY-MM-DD): the review's today. */
  asOf: string;
  /** The environment git runs with (the one vitals was given). */
  env: NodeJS.ProcessEnv;
  /** Told how many commits have been read, while the history is first read. */
  onProgress?: (commits: number) => void;
  /** false: neither read nor write the cache in `.git/vitals/` (default: both). */
  cache?: boolean;
}

/** A `ReviewHistory` that also says which files did not load at which commit. */
export interface OpenHistory extends ReviewHistory {
  log(options: EntryFilter): Promise<LogEntry[]>;
  /**
   * The same entries as `log`, as the JSON of their array in UTF-8 (what `vitals log --format json`
   * prints), in pieces to be written one after another; `count`: how many entries.
   */
  logJson(options: EntryFilter): Promise<{ count: number; json: Buffer[] }>;
  problems(): Promise<HistoryProblem[]>;
  /** The accounts the history holds, and the owners its entries up to `until` name. */
  named(until: string): Promise<{ accounts: Set<string>; owners: Set<string> }>;
  /** Whether there is a history: a git repository with a commit at HEAD. */
  hasHistory(): Promise<boolean>;
  /** Ends the git process reading blobs (it never keeps a finished command from exiting). */
  close(): void;
}

/**
 * The history of HEAD's first-parent line for the review. Returns at once: nothing is read until a
 * method is first called, and then once, whoever asks, so a screen can draw before history is known.
 * Each call looks at HEAD again: after a commit (the TUI's own edits) only the new commits are read.
 * A directory outside git, or a repository without commits, has an empty history.
 */
export function openHistory(options: HistoryOptions): OpenHistory {
  // Found on first use: outside a work tree's top folder that takes a git process.
  let opened: { cache: HistoryCache | undefined } | undefined;
  const cacheOf = () => (opened ??= { cache: options.cache === false ? undefined : HistoryCache.open(options.root, options.env) }).cache;
  let blobs: BlobReader | undefined;
  let seen: { files: string | undefined; head: Promise<string | null> } | undefined;

  /** HEAD now, verified by git unless git's files still name the commit verified last; null without history. */
  const currentHead = (): Promise<string | null> => {
    const files = cacheOf()?.headFromFiles();
    if (seen && files !== undefined && seen.files === files) return seen.head;
    // No commit, no repository: no history. A git too old to ask is said as such.
    const head = verifyCommit(options.root, options.env, 'HEAD').catch((error: unknown) => {
      if (error instanceof GitTooOld) throw error;
      return null;
    });
    seen = { files, head };
    return head;
  };

  // One budget for everything history works out at once (see Slices).
  const slices = new Slices();
  let reading: { head: string; history: Promise<History> } | undefined;
  const read = async (): Promise<History | undefined> => {
    const head = await currentHead();
    if (!head) return undefined;
    if (reading?.head === head) return reading.history;
    const previous = reading?.history;
    const history = (async (): Promise<History> => {
      blobs ??= openCatFile(options.root, options.env);
      const before = await previous?.catch(() => undefined);
      const memo = before?.memo ?? new HistoryMemo(options.root, blobs);
      const from = before?.log.head && onFirstParentLine(options.root, options.env, before.log.head, head) ? before.log : await cacheOf()?.log(options.root, options.env, head, memo);
      if (from?.head === head) return { log: from, memo };
      // The log of the head before is also in the hands of whoever read it, and each of them uses
      // it at once after \`await read()\`: it is extended with no pause of its own inside a commit
      // (a commit's reads of git still wait), so no one sees a commit half added.
      const shared = from !== undefined && from === before?.log;
      const log = await readHistory({ root: options.root, env: options.env, head, memo, ...(from ? { from } : {}), ...(shared ? {} : { slices }), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      await cacheOf()?.save(log, log.lines());
      return { log, memo };
    })();
    reading = { head, history };
    return history;
  };

  /** The log's entries and the `time` entries after its last commit up to `until`: saved, or worked out and saved. */
  const entriesUntil = async (until: string): Promise<EntryLines> => {
    // Saved entries that end where git's files say HEAD is: answered without starting git.
    const fast = cacheOf()?.entriesAtHead();
    const fastTail = fast?.tails[until];
    if (fast && fastTail) return fast.entries.concat(fastTail);
    const history = await read();
    if (!history) return EntryLines.of([]);
    const saved = cacheOf()?.entries(history.log.head!);
    const savedTail = saved?.tails[until];
    if (saved && savedTail) return saved.entries.concat(savedTail);
    const entries = saved ? saved.entries : history.log.lines();
    const tail = EntryLines.of(history.log.tail(until));
    await cacheOf()?.save(history.log, entries, { until, entries: tail });
    return entries.concat(tail);
  };

  /** The book at the end of a date, its accounts read and the model compiled (through the memo). */
  const versionsAt = async (date: string) => {
    const history = await read();
    const book = history && bookAt(history.log.steps, date);
    if (!history || !book) return undefined;
    const { memo } = history;
    const model = await memo.model(book.playbooks);
    const accounts = new Map<string, { blob: string; entry: AccountEntry }>();
    for (const [id, file] of book.accounts) {
      const pause = slices.due();
      if (pause) await pause;
      const version = await memo.account(file.path, file.blob);
      if ('entry' in version) accounts.set(id, version);
    }
    return { accounts, model, date };
  };

  return {
    async lastWeek() {
      const date = addDays(options.asOf, -7);
      const at = await versionsAt(date);
      if (!at) return undefined;
      // Whole summaries, scenarios included: the review compares them with today's.
      const model = at.model.playbooks && compileModel(at.model.playbooks);
      const scores: AccountSummary[] = [];
      for (const version of model ? at.accounts.values() : []) {
        const pause = slices.due();
        if (pause) await pause;
        scores.push(scoreSummary(model!, version.entry, date));
      }
      return { date, scores: scores.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
    },
    async weeklyScores(weeks) {
      // Saved at HEAD as git's files name it: a review opened again reads them, not every version of every week.
      const atHead = cacheOf()?.headFromFiles();
      const saved = atHead && cacheOf()?.weekly(atHead, options.asOf, weeks);
      if (saved) return saved;
      const series = new Map<string, Array<number | null>>();
      const dates = [...sundaysBefore(options.asOf, weeks), options.asOf];
      const points = await Promise.all(dates.map(versionsAt));
      const today = points[points.length - 1];
      const history = await read();
      if (!today || !history) return series;
      // Week after week an account mostly keeps its version and model: its score is reused until time can move it.
      const scores = new HeldScores(history.memo);
      for (const id of [...today.accounts.keys()].sort()) {
        const pause = slices.due();
        if (pause) await pause;
        series.set(id, points.map((at) => (at?.accounts.has(id) ? knownScore(scores.at(id, at.accounts.get(id)!, at.model, at.date)) : null)));
      }
      cacheOf()?.saveWeekly(history.log.head!, options.asOf, weeks, series);
      return series;
    },
    async log(filter) {
      const until = filter.until ?? options.asOf;
      const entries = await entriesUntil(until);
      return entries.select({ ...filter, until }).map((line) => entries.entry(line));
    },
    async logJson(filter) {
      const until = filter.until ?? options.asOf;
      const entries = await entriesUntil(until);
      const lines = entries.select({ ...filter, until });
      return { count: lines.length, json: entries.json(lines) };
    },
    async named(until) {
      const { index } = await entriesUntil(until);
      const accounts = new Set(index.map(([, account]) => account));
      // An account whose colour never changed has no entry where a shallow clone's history starts: its steps hold it.
      for (const step of (await read())?.log.steps ?? []) for (const [id] of step.accounts) accounts.add(id);
      return { accounts, owners: new Set(index.flatMap(([, , owner]) => (owner === null ? [] : [owner]))) };
    },
    async problems() {
      return cacheOf()?.entriesAtHead()?.problems ?? (await read())?.log.problems ?? [];
    },
    async hasHistory() {
      return cacheOf()?.entriesAtHead() !== undefined || (await currentHead()) !== null;
    },
    close() {
      blobs?.close();
    },
  };
}
