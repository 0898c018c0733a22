import { spawnSync } from 'node:child_process';
import { UsageError } from '../util/errors.js';
import { gitTooOld } from './git-version.js';

/**
 * The paths under `paths` whose content in the work tree differs from commit `base` (a verified
 * id): modified, added to the index, or deleted. `git diff` compares files by their stat first, as
 * `git status` does, so an unchanged book costs a stat a file. Untracked files are not listed.
 * Paths are relative to `dir` (`--relative`), as the book names them when it is a folder of a
 * larger repository.
 */
export function changedSince(dir: string, env: NodeJS.ProcessEnv, base: string, paths: string[]): Set<string> {
  const args = ['diff', '--raw', '-z', '--relative', '--no-abbrev', '--no-renames', '--no-ext-diff', '--end-of-options', base, '--', ...paths];
  const result = spawnSync('git', args, { cwd: dir, env: { ...env, GIT_OPTIONAL_LOCKS: '0' }, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (result.error) throw new UsageError(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) throw gitTooOld(env, args, result.stderr) ?? new Error(`git diff failed: ${result.stderr.trim().split('\n')[0] ?? ''}`);
  // `:<mode> <mode> <sha> <sha> <status>\0<path>\0`, one record a path.
  const fields = result.stdout.split('\0');
  const changed = new Set<string>();
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i]!.startsWith(':')) changed.add(fields[i + 1]!);
  return changed;
}
