import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AccountEntry, Playbooks } from '../book/book.js';
import { BUILD_ID } from '../generated/facts.js';
import { gitDirOf, isAncestor } from '../git/repository.js';
import { KeyedJsonFile } from '../load/cache-file.js';
import { HealthChangeLog, type LogState } from './health-change-log.js';
import type { HistoryMemo } from './history-memo.js';
import { packEntries, unpackEntries, type PackedEntries } from './packed-entries.js';
import type { LogEntry } from './review-history.js';

/** The log's entries up to the last commit read, and the `time` entries after it up to a few `--until` dates. */
export interface SavedEntries {
  head: string;
  entries: LogEntry[];
  problems: LogState['problems'];
  tails: Record<string, LogEntry[]>;
}

/** `SavedEntries` as stored: the entries packed. */
interface StoredEntries extends Omit<SavedEntries, 'entries'> {
  entries: PackedEntries;
}

/** What goes on from the last commit read: the rest of the log's state, the accounts and model then in force. */
interface SavedState {
  head: string;
  state: Omit<LogState, 'entries' | 'problems'>;
  accounts: Array<[path: string, blob: string, data: AccountEntry['data']]>;
  playbooks: Playbooks | null;
}

const TAILS_KEPT = 4;

/**
 * The health-change log kept between runs in `.git/vitals/` (safe to delete), so that a second run
 * reads only the commits made since, and one at the same HEAD and date reads one file. Trusted only
 * by the build of vitals that wrote it, and only while the commit it ends at is in HEAD's history
 * (a rewritten history starts over). The entries and the state to go on from are two files: a
 * `vitals log` at an unchanged HEAD needs only the first.
 */
export class HistoryCache {
  private saved: SavedEntries | undefined;

  private constructor(
    private readonly entriesFile: KeyedJsonFile<StoredEntries>,
    private readonly stateFile: KeyedJsonFile<SavedState>,
  ) {}

  static open(root: string, env: NodeJS.ProcessEnv): HistoryCache | undefined {
    const dir = gitDir(root, env);
    return dir ? new HistoryCache(new KeyedJsonFile(join(dir, 'vitals', 'history-log.json')), new KeyedJsonFile(join(dir, 'vitals', 'history-state.json'))) : undefined;
  }

  /** The saved entries, when they end at `head`. */
  entries(head: string): SavedEntries | undefined {
    this.saved ??= this.stored();
    return this.saved?.head === head ? this.saved : undefined;
  }

  private stored(): SavedEntries | undefined {
    const stored = this.entriesFile.get(BUILD_ID);
    return stored && { ...stored, entries: unpackEntries(stored.entries) };
  }

  /** The saved log, to go on from, when it ends at `head` or an ancestor of it. */
  async log(root: string, env: NodeJS.ProcessEnv, head: string, memo: HistoryMemo): Promise<HealthChangeLog | undefined> {
    const saved = this.stateFile.get(BUILD_ID);
    this.saved ??= this.stored();
    if (!saved || this.saved?.head !== saved.head || (saved.head !== head && !isAncestor(root, env, saved.head, head))) return undefined;
    const files = new Map(saved.state.model);
    memo.remember(saved.accounts, saved.playbooks ? { files, playbooks: saved.playbooks } : undefined);
    return HealthChangeLog.restore(memo, { ...saved.state, entries: this.saved.entries, problems: this.saved.problems });
  }

  /** Saves the log as it now ends, with the `time` entries after it up to `until`. */
  async save(log: HealthChangeLog, tail?: { until: string; entries: LogEntry[] }): Promise<void> {
    const { entries, problems, ...state } = log.state();
    const head = state.inForce!;
    const same = this.saved?.head === head;
    const tails = Object.fromEntries([...Object.entries(same ? this.saved!.tails : {}), ...(tail ? [[tail.until, tail.entries]] : [])].slice(-TAILS_KEPT));
    this.saved = { head, entries, problems, tails };
    this.entriesFile.set(BUILD_ID, { ...this.saved, entries: packEntries(entries) }, { lossless: true });
    if (same) return;
    const accounts: SavedState['accounts'] = [];
    for (const [, file] of state.accounts) {
      const version = await log.memo.account(file.path, file.blob);
      if ('entry' in version) accounts.push([file.path, file.blob, version.entry.data]);
    }
    const model = state.model.length > 0 ? await log.memo.model(new Map(state.model)) : undefined;
    this.stateFile.set(BUILD_ID, { head, state, accounts, playbooks: model?.playbooks ?? null }, { lossless: true });
  }
}

/** `.git` of a work tree's root without running git (a folder, or a file naming a worktree's), else git's answer. */
function gitDir(root: string, env: NodeJS.ProcessEnv): string | undefined {
  const dotGit = join(root, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
    if (pointer) return resolve(root, pointer[1]!.trim());
  } catch {
    // Not at the top of a work tree: ask git.
  }
  return gitDirOf(root, env);
}
