import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gitOutcome, pathStatus, type PendingStatus } from '../git/git.js';
import { plain, plainText } from '../util/sanitize.js';
import { commitFiles } from './commit-files.js';
import { EditError } from './edit-error.js';
import type { FileWrite, WritePlan } from './plan-edit.js';
import { syncDirectory, writeFileAtomic } from './write-file-atomic.js';

export interface ApplyOptions {
  /** false: write the files but do not commit (`--no-commit`). */
  commit?: boolean;
  /** The files' `git status`, asked for once they were read (see `planEdit`): not asked again. */
  status?: Awaited<PendingStatus>;
}

export type ApplyResult =
  | { committed: true; commit: string }
  | { committed: false; reason: 'no-commit' | 'not-a-repository' | 'nothing-to-change' };

/**
 * Writes a plan's files and commits them, or refuses with nothing written: each file must still
 * hold the bytes the plan was made from and, to be committed, have no uncommitted change of its own
 * (staged, unstaged or untracked) that the commit would sweep in. A failed commit puts every file
 * back byte for byte and says what git said.
 */
export function applyEdit(plan: WritePlan, options: ApplyOptions = {}): ApplyResult {
  if (plan.writes.length === 0) return { committed: false, reason: 'nothing-to-change' };
  for (const write of plan.writes) assertUnchanged(write);
  const pathspecs = options.commit === false ? undefined : commitPathspecs(plan.root, plan.writes.map((w) => w.file), options.status);
  writeAll(plan.writes);
  if (!pathspecs) return { committed: false, reason: options.commit === false ? 'no-commit' : 'not-a-repository' };
  const outcome = commitFiles(plan.root, pathspecs, plan.message);
  if (outcome.status !== 0) {
    restore(plan.writes);
    const files = plan.writes.length === 1 ? plan.writes[0]!.file : `the ${plan.writes.length} files`;
    const reason = `${outcome.stderr}\n${outcome.stdout}`.trim();
    throw new EditError(`the commit failed, so ${files} ${plan.writes.length === 1 ? 'was' : 'were'} put back as before; git said:`, plainText(reason || `git commit exited ${outcome.status}`));
  }
  return { committed: true, commit: gitOutcome(plan.root, ['rev-parse', '--short', 'HEAD']).stdout.trim() };
}

/** Beyond this many files, a commit names their directories rather than each file. */
const MANY_FILES = 50;

/**
 * What to commit, once the files are known to have no uncommitted change of their own; undefined
 * outside git. git matches every pathspec against every index entry, so an import of 10,000 files
 * named one by one costs seconds in `status` and `commit` alike: when their directories hold no
 * other change, the directories are named instead, which commits exactly the same files.
 */
function commitPathspecs(root: string, files: string[], known?: Awaited<PendingStatus>): string[] | undefined {
  if (known) {
    if ('error' in known) throw known.error;
    if (known.entries && known.entries.length > 0) throw dirty(known.entries);
    return known.entries && files;
  }
  if (files.length > MANY_FILES) {
    const dirs = [...new Set(files.map((f) => f.slice(0, f.lastIndexOf('/'))))];
    const status = pathStatus(root, dirs);
    if (!status || status.length === 0) return status && dirs;
  }
  const status = pathStatus(root, files);
  if (status && status.length > 0) throw dirty(status);
  return status && files;
}

function assertUnchanged(write: FileWrite): void {
  let now: Buffer | undefined;
  try {
    now = readFileSync(write.path);
  } catch {
    now = undefined;
  }
  if (!now || !now.equals(write.before)) {
    throw new EditError(`${write.file} changed on disk since vitals read it, so nothing was written: run the edit again`);
  }
}

function dirty(status: string[]): EditError {
  const entry = status[0]!;
  const code = entry.slice(0, 2);
  const file = plain(entry.slice(3));
  const what =
    code === '??' ? 'is not committed yet' : code === '!!' ? 'is ignored by git' : code[0] !== ' ' ? 'has staged changes' : 'has uncommitted changes';
  const more = status.length > 1 ? ` (and ${status.length - 1} more file${status.length > 2 ? 's' : ''})` : '';
  return new EditError(`${file} ${what}${more}, so nothing was written: commit or stash them first, or edit with --no-commit`);
}

/** Writes every file, or none: a failure part-way puts back the ones already written. */
function writeAll(writes: FileWrite[]): void {
  const done: FileWrite[] = [];
  const many = writes.length > MANY_FILES;
  try {
    for (const write of writes) {
      writeFileAtomic(write.path, write.after, { syncDirectory: !many });
      done.push(write);
    }
    if (many) for (const dir of new Set(writes.map((w) => dirname(w.path)))) syncDirectory(dir);
  } catch (error) {
    restore(done);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new EditError(`cannot write ${writes[done.length]?.file ?? 'the file'} (${code}), so nothing was changed`);
  }
}

function restore(writes: FileWrite[]): void {
  for (const write of writes) writeFileAtomic(write.path, write.before);
}
