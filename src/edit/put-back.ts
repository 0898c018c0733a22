import { diskReason } from './edit-error.js';
import { removeNew } from './new-files.js';
import type { FileWrite } from './plan-edit.js';
import { regularFileBytes, writeFileAtomic } from './write-file-atomic.js';

/** What putting files back did: restored to their old bytes, kept as someone saved them, or stuck with our edit. */
export interface PutBack {
  restored: FileWrite[];
  kept: FileWrite[];
  stuck: Array<{ write: FileWrite; reason: string }>;
}

/**
 * Undoes vitals' own writes after a failure, and only those: a file goes back to its old bytes
 * only if it still holds what vitals wrote. One that someone saved meanwhile (a hand edit, an
 * editor's autosave) is theirs and is left alone. A file the disk will not let us restore keeps
 * the whole edit (each write is atomic), never a part of it.
 */
export function putBack(writes: FileWrite[]): PutBack {
  const result: PutBack = { restored: [], kept: [], stuck: [] };
  for (const write of writes) {
    if (!regularFileBytes(write.path)?.equals(write.after)) {
      result.kept.push(write);
      continue;
    }
    try {
      // A file the edit created goes as it came, with the folders made for it.
      if (write.before === undefined) removeNew(write);
      else writeFileAtomic(write.path, write.before);
      result.restored.push(write);
    } catch (error) {
      result.stuck.push({ write, reason: diskReason(error) });
    }
  }
  return result;
}
