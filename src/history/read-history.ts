import { openCatFile } from '../git/cat-file.js';
import { firstParentLog } from '../git/log-stream.js';
import { HealthChangeLog } from './health-change-log.js';
import { HistoryMemo } from './history-memo.js';

export interface ReadOptions {
  root: string;
  /** The verified commit whose first-parent history is read. */
  head: string;
  /** Told how many commits have been read so far, now and then. */
  onProgress?: (commits: number) => void;
}

// Between batches of commits the event loop runs: a screen drawn meanwhile stays responsive.
const BATCH = 32;

/** The whole first-parent history of `head` touching the book, read through one log stream and one cat-file. */
export async function readHistory(options: ReadOptions): Promise<HealthChangeLog> {
  const blobs = openCatFile(options.root);
  try {
    const log = new HealthChangeLog(new HistoryMemo(options.root, blobs));
    let read = 0;
    for await (const commit of firstParentLog(options.root, { head: options.head, paths: ['accounts', 'playbooks'] })) {
      await log.add(commit);
      if (++read % BATCH === 0) {
        options.onProgress?.(read);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    options.onProgress?.(read);
    return log;
  } finally {
    blobs.close();
  }
}
