import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempBook } from '../helpers/book.js';

/** Runs git in a test repository; the repository's own config holds the identity. */
export function git(dir: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env, stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * A temporary book in its own git repository, everything committed: a fixed identity, no signing,
 * no background gc, all in the repository's local config so that vitals' own git calls see them.
 */
export function gitBook(files: Record<string, string | Uint8Array> = {}, identity = true): string {
  const dir = tempBook(files);
  git(dir, ['init', '-q', '-b', 'main']);
  const config: Array<[string, string]> = [['commit.gpgSign', 'false'], ['gc.auto', '0'], ['core.hooksPath', '.git/hooks']];
  if (identity) config.push(['user.name', 'Test User'], ['user.email', 'priya.raman@lodestar.example']);
  for (const [key, value] of config) git(dir, ['config', key, value]);
  git(dir, ['add', '.']);
  git(dir, ['-c', 'user.name=Setup', '-c', 'user.email=setup@vitals.example', 'commit', '-q', '-m', 'book']);
  return dir;
}

export const read = (dir: string, file = 'accounts/acme.yaml') => readFileSync(join(dir, file));
export const head = (dir: string) => git(dir, ['rev-parse', 'HEAD']).trim();
export const commitCount = (dir: string) => Number(git(dir, ['rev-list', '--count', 'HEAD']).trim());

/** The built CLI in a child process, for what must not leak between tests: HOME, git's global config. */
export function vitalsProcess(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'vitals.cjs'), ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
