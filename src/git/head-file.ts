import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonGitDir } from './find-git-dir.js';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The commit HEAD names, read from the repository's files as git keeps them (a loose ref, or
 * packed-refs), without starting git; undefined for anything else. Only good for recognising a
 * commit already verified (a cache's key): whatever it cannot read, git is asked.
 */
export function headFromFiles(gitDir: string): string | undefined {
  try {
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (SHA.test(head)) return head;
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    if (!ref || ref.split('/').includes('..')) return undefined;
    const common = commonGitDir(gitDir);
    const loose = join(common, ref);
    if (existsSync(loose)) {
      const sha = readFileSync(loose, 'utf8').trim();
      return SHA.test(sha) ? sha : undefined;
    }
    const packed = readFileSync(join(common, 'packed-refs'), 'utf8').split('\n').find((line) => line.endsWith(` ${ref}`));
    const sha = packed?.slice(0, packed.indexOf(' '));
    return sha && SHA.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}
