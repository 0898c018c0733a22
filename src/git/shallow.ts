import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonGitDir } from './find-git-dir.js';

/**
 * The commits where a shallow clone's history stops (`.git/shallow`; a linked work tree keeps it
 * in the repository's common folder), sorted; none in a full clone.
 */
export function shallowCommits(gitDir: string): string[] {
  try {
    return readFileSync(join(commonGitDir(gitDir), 'shallow'), 'utf8').trim().split('\n').filter(Boolean).sort();
  } catch {
    return [];
  }
}
