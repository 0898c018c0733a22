import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The commits where a shallow clone's history stops (`.git/shallow`; a linked work tree keeps it
 * in the repository's common folder), sorted; none in a full clone.
 */
export function shallowCommits(gitDir: string): string[] {
  let common = gitDir;
  try {
    common = resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim());
  } catch {
    // Not a linked work tree.
  }
  try {
    return readFileSync(join(common, 'shallow'), 'utf8').trim().split('\n').filter(Boolean).sort();
  } catch {
    return [];
  }
}
