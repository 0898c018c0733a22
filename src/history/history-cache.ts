import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { AccountEntry, Playbooks } from '../book/book.js';
import { BUILD_ID } from '../generated/facts.js';
import { headFromFiles } from '../git/head-file.js';
import { historyInputs } from '../git/history-inputs.js';
import { bookPrefix, findGitDir, workTreeTop } from '../git/find-git-dir.js';
import { shallowCommits } from '../git/shallow.js';
import { onFirstParentLine } from '../git/repository.js';
import { EntryLines } from './entry-lines.js';
import { HealthChangeLog, type LogState } from './health-change-log.js';
import type { HistoryMemo } from './history-memo.js';

/** The log's entries up to the last commit read, and the `time` entries after it up to a few `--until` dates. */
export interface SavedEntries {
  head: string;
  entries: EntryLines;
  problems: LogState['problems'];
  tails: Record<string, EntryLines>;
}

/** What goes on from the last commit read: the rest of the log's state, the accounts and model then in force. */
interface SavedState {
  head: string;
  state: Omit<LogState, 'problems'>;
  accounts: Array<[path: string, blob: string, data: AccountEntry['data']]>;
  playbooks: Playbooks | null;
}

type Lines = { lines: string[]; index: EntryLines['index'] };

const TAILS_KEPT = 4;

/**
 * The health-change log kept between runs in `.git/vitals/` (safe to delete), so that a second run
 * reads only the commits made since, and one at the same HEAD and date reads one file. Trusted only
 * by the build of vitals that wrote it, and only while the commit it ends at is in HEAD's history
 * (a rewritten history starts over). The entries (a header line, then their JSON joined by commas)
 * and the state to go on from are two files, and the `time` entries after the last commit up to a few
 * dates a third: a `vitals log` at an unchanged HEAD reads the first and the third.
 */
export class HistoryCache {
  private saved: SavedEntries | undefined;
  private read = false;

  /**
   * What the saved files must have been written under: this build of vitals, the same shallow
   * boundary (`.git/shallow`: a clone deepened since has the same HEAD and more history behind it),
   * and the same replacement refs and `.mailmap` (see `historyInputs`).
   */
  private readonly key: string;

  private constructor(
    private readonly gitDir: string,
    top: string | undefined,
    private readonly entriesFile: string,
    private readonly stateFile: string,
    private readonly tailsFile: string,
    private readonly weeklyFile: string,
  ) {
    const inputs = createHash('sha1').update(historyInputs(gitDir, top)).digest('hex').slice(0, 16);
    this.key = `${BUILD_ID} ${shallowCommits(gitDir).join(',')} ${inputs}`;
  }

  static open(root: string, env: NodeJS.ProcessEnv): HistoryCache | undefined {
    const dir = findGitDir(root, env);
    if (!dir) return undefined;
    // One log per book: a repository can hold several, each in a folder of its own.
    const folder = bookPrefix(root, env);
    const book = folder === '' ? '' : `-${createHash('sha256').update(folder).digest('hex').slice(0, 12)}`;
    const file = (name: string, ext: string) => join(dir, 'vitals', `${name}${book}.${ext}`);
    return new HistoryCache(dir, workTreeTop(root, env), file('history-log', 'ndjson'), file('history-state', 'json'), file('history-tails', 'json'), file('history-weekly', 'json'));
  }

  /** HEAD as git's files name it (no git started); undefined where they say something else. */
  headFromFiles(): string | undefined {
    return headFromFiles(this.gitDir);
  }

  /** The saved entries, when HEAD as git's files name it is the commit they end at. */
  entriesAtHead(): SavedEntries | undefined {
    const head = headFromFiles(this.gitDir);
    return head ? this.entries(head) : undefined;
  }

  /** The saved entries, when they end at `head`. */
  entries(head: string): SavedEntries | undefined {
    const saved = this.stored();
    return saved?.head === head ? saved : undefined;
  }

  /** The saved log, to go on from, when it ends at `head` or an ancestor of it. */
  async log(root: string, env: NodeJS.ProcessEnv, head: string, memo: HistoryMemo): Promise<HealthChangeLog | undefined> {
    const saved = readState(this.stateFile, this.key);
    const entries = this.stored();
    if (!saved || !entries || entries.head !== saved.head || (saved.head !== head && !onFirstParentLine(root, env, saved.head, head))) return undefined;
    memo.remember(saved.accounts, saved.playbooks ? { files: new Map(saved.state.model), playbooks: saved.playbooks } : undefined);
    return HealthChangeLog.restore(memo, { ...saved.state, problems: entries.problems }, entries.entries);
  }

  /** Saves the log as it now ends, with the `time` entries after it up to `until`. */
  async save(log: HealthChangeLog, entries: EntryLines, tail?: { until: string; entries: EntryLines }): Promise<void> {
    const { problems, ...state } = log.state();
    const head = state.inForce!;
    const previous = this.stored();
    const same = previous?.head === head;
    const tails = Object.fromEntries([...Object.entries(same ? previous!.tails : {}), ...(tail ? [[tail.until, tail.entries] as const] : [])].slice(-TAILS_KEPT));
    this.saved = { head, entries, problems, tails };
    // The entries of a log already saved at this head are as saved: only the tails are new.
    if (!same) this.writeEntries(this.saved);
    this.writeTails(this.saved);
    if (same) return;
    const accounts: SavedState['accounts'] = [];
    for (const [, file] of state.accounts) {
      const version = await log.memo.account(file.path, file.blob);
      if ('entry' in version) accounts.push([file.path, file.blob, version.entry.data]);
    }
    const model = state.model.length > 0 ? await log.memo.model(new Map(state.model)) : undefined;
    const text = exactJson({ key: this.key, head, state, accounts, playbooks: model?.playbooks ?? null });
    if (text !== undefined) writeWhole(this.stateFile, text);
  }

  /** The weekly scores (the review's sparklines) saved at `head` for a date and a number of weeks. */
  weekly(head: string, asOf: string, weeks: number): Map<string, Array<number | null>> | undefined {
    try {
      const sealed = unseal(readFileSync(this.weeklyFile));
      if (!sealed) return undefined;
      const saved = JSON.parse(sealed.toString('utf8')) as { key: string; head: string; asOf: string; weeks: number; series: Array<[string, Array<number | null>]> };
      return saved.key === this.key && saved.head === head && saved.asOf === asOf && saved.weeks === weeks ? new Map(saved.series) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps the last weekly scores worked out: a review opened again at the same HEAD and date reads one file. */
  saveWeekly(head: string, asOf: string, weeks: number, series: Map<string, Array<number | null>>): void {
    const text = exactJson({ key: this.key, head, asOf, weeks, series: [...series] });
    if (text !== undefined) writeWhole(this.weeklyFile, seal([Buffer.from(text)]));
  }

  private stored(): SavedEntries | undefined {
    if (this.read) return this.saved;
    this.read = true;
    try {
      // Bytes: the lines are printed as they were saved, never decoded (see EntryLines).
      const bytes = unseal(readFileSync(this.entriesFile));
      if (!bytes) return undefined;
      const end = bytes.indexOf(10);
      const header = JSON.parse(bytes.toString('utf8', 0, end < 0 ? bytes.length : end)) as { key: string; head: string; problems: SavedEntries['problems']; index: Lines['index']; lengths: unknown };
      if (header.key !== this.key) return undefined;
      // A file cut short or padded (a full disk, a copy gone wrong) is not these entries.
      const entries = EntryLines.saved(end < 0 ? Buffer.alloc(0) : bytes.subarray(end + 1), header.lengths, header.index);
      if (!entries) return undefined;
      this.saved = { head: header.head, entries, problems: header.problems, tails: this.storedTails(header.head) };
    } catch {
      // No cache, or one cut short: read from git.
    }
    return this.saved;
  }

  /** The tails saved for the entries that end at `head` (another head's are not these entries' tails). */
  private storedTails(head: string): SavedEntries['tails'] {
    try {
      const sealed = unseal(readFileSync(this.tailsFile));
      if (!sealed) return {};
      const saved = JSON.parse(sealed.toString('utf8')) as { key: string; head: string; tails: Record<string, Lines> };
      if (saved.key !== this.key || saved.head !== head) return {};
      return Object.fromEntries(Object.entries(saved.tails).map(([until, t]) => [until, EntryLines.fromText(t.lines, t.index)]));
    } catch {
      return {};
    }
  }

  private writeEntries(saved: SavedEntries): void {
    const { pieces, lengths } = saved.entries.body();
    const header = JSON.stringify({ key: this.key, head: saved.head, problems: saved.problems, index: saved.entries.index, lengths });
    writeWhole(this.entriesFile, seal(saved.entries.length > 0 ? [Buffer.from(`${header}\n`), ...pieces] : [Buffer.from(header)]));
  }

  /** The tails apart from the entries: a run at a new date adds a tail without writing the whole log again. */
  private writeTails(saved: SavedEntries): void {
    const tails = Object.fromEntries(Object.entries(saved.tails).map(([until, t]) => [until, { lines: t.strings(), index: t.index }]));
    writeWhole(this.tailsFile, seal([Buffer.from(JSON.stringify({ key: this.key, head: saved.head, tails }))]));
  }
}

/**
 * The bytes after a first line holding their SHA-1: the entries are printed as saved, without being
 * parsed, so a file damaged on disk (or by hand) must be told apart before it is trusted (~3 ms for
 * 4 MB of entries). In pieces, as they are written.
 */
function seal(pieces: Buffer[]): Buffer[] {
  const hash = createHash('sha1');
  for (const piece of pieces) hash.update(piece);
  return [Buffer.from(`${hash.digest('hex')}\n`), ...pieces];
}

/** The bytes a sealed file holds, or undefined when they are not what was sealed. */
function unseal(file: Buffer): Buffer | undefined {
  const end = file.indexOf(10);
  if (end !== 40) return undefined;
  const bytes = file.subarray(end + 1);
  return createHash('sha1').update(bytes).digest('hex') === file.toString('latin1', 0, end) ? bytes : undefined;
}

function readState(file: string, key: string): SavedState | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as SavedState & { key: string };
    return stored.key === key ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** JSON of a value, or undefined when JSON would not give it back (a number such as `.inf` becomes null). */
function exactJson(value: unknown): string | undefined {
  let exact = true;
  const text = JSON.stringify(value, (_, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) exact = false;
    return v;
  });
  return exact ? text : undefined;
}

/** Whole or not at all (temp file, rename); best effort: a cache not written only makes the next run slower. */
function writeWhole(file: string, data: string | Buffer[]): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    if (typeof data === 'string') writeFileSync(temp, data);
    else {
      // Piece by piece: the pieces of 4 MB of entries are not copied into one buffer first.
      const fd = openSync(temp, 'w');
      try {
        for (const piece of data) for (let at = 0; at < piece.length; ) at += writeSync(fd, piece, at);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(temp, file);
  } catch {
    // See above; a temp file the rename could not move (a folder in the file's place) goes.
    rmSync(temp, { force: true });
  }
}
