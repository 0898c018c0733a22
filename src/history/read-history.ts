import { findGitDir } from '../git/find-git-dir.js';
import { firstParentLog, type LoggedCommit } from '../git/log-stream.js';
import { shallowCommits } from '../git/shallow.js';
import { accountIdOf } from './account-path.js';
import { HealthChangeLog } from './health-change-log.js';
import type { HistoryMemo } from './history-memo.js';
import type { Slices } from './slices.js';

export interface ReadOptions {
  root: string;
  /** The environment git runs with. */
  env: NodeJS.ProcessEnv;
  /** The verified commit whose first-parent history is read. */
  head: string;
  memo: HistoryMemo;
  /** A log already read up to an ancestor of `head`: only the commits after it are read. */
  from?: HealthChangeLog;
  /** Told how many commits have been read so far, now and then. */
  onProgress?: (commits: number) => void;
  /**
   * Pauses inside a commit too, when it is long (one can score a whole book): only for a log that
   * no one else holds until this read ends, as a log seen half-way through a commit is wrong.
   */
  slices?: Slices;
  /** How many versions to parse while git walks (default PARSED_AHEAD). */
  parsedAhead?: number;
}

// Between batches of commits the event loop runs: a screen drawn meanwhile stays responsive.
const BATCH = 32;

/**
 * How many account versions are parsed while git walks (~60 MB of parsed YAML at most); beyond
 * these, only their bytes are fetched (outside the JavaScript heap), to be parsed in turn.
 */
const PARSED_AHEAD = 20_000;

/**
 * The first-parent history of `head` touching the book, read through one log stream and the memo's
 * cat-file. git lists commits newest first as it walks; every account version is asked for as soon
 * as its commit is listed (parsed, up to PARSED_AHEAD), so that reading and parsing blobs fill the
 * time spent waiting on git's walk (~10% of a cold log); the log is then built oldest first.
 */
export async function readHistory(options: ReadOptions): Promise<HealthChangeLog> {
  const { memo } = options;
  const log = options.from ?? new HealthChangeLog(memo);
  const commits: LoggedCommit[] = [];
  const after = log.head;
  let ahead = 0;
  for await (const commit of firstParentLog(options.root, options.env, { head: options.head, ...(after ? { after } : {}), paths: ['accounts', 'playbooks'] })) {
    for (const change of commit.changes) {
      if (!change.blob || !accountIdOf(change.path)) continue;
      if (ahead++ < (options.parsedAhead ?? PARSED_AHEAD)) void memo.account(change.path, change.blob);
      else memo.prefetch(change.blob);
    }
    commits.push(commit);
  }
  // A shallow clone: where its history stops, the book is the log's start (see `add`).
  const gitDir = findGitDir(options.root, options.env);
  const boundary = new Set(gitDir ? shallowCommits(gitDir) : []);
  let done = 0;
  for (const commit of commits.reverse()) {
    await log.add(commit, boundary.has(commit.sha), options.slices);
    if (++done % BATCH === 0) {
      options.onProgress?.(done);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  options.onProgress?.(done);
  return log;
}
