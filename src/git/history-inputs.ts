import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonGitDir } from './find-git-dir.js';

/**
 * What else, beside HEAD's commits, changes what `git log` says of them, read from git's files
 * without starting git: the replacement refs (`git replace` swaps a commit for another under the
 * same id), the grafts file (deprecated, still read: it gives a commit other parents) and the work
 * tree's `.mailmap` (it renames authors). A log kept from before one changed is not this log.
 */
export function historyInputs(gitDir: string, top: string | undefined): string {
  const common = commonGitDir(gitDir);
  const replaced: string[] = [];
  const walk = (dir: string, name: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${name}/${entry.name}`);
      else replaced.push(`${name}/${entry.name} ${readQuietly(join(dir, entry.name)).trim()}`);
    }
  };
  walk(join(common, 'refs', 'replace'), 'refs/replace');
  const packed = readQuietly(join(common, 'packed-refs')).split('\n').filter((line) => line.includes(' refs/replace/'));
  const mailmap = top === undefined ? '' : readQuietly(join(top, '.mailmap'));
  return JSON.stringify([replaced.sort(), packed, mailmap, readQuietly(join(common, 'info', 'grafts'))]);
}

function readQuietly(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
