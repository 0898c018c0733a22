import { statSync } from 'node:fs';
import { bookPrefix } from '../git/find-git-dir.js';
import type { GitEnv } from '../git/run-git.js';
import { commitFiles } from '../git/commit-files.js';
import { indexToHead } from '../git/index-to-head.js';
import { forgetIntended, intendToAdd } from '../git/new-files.js';
import { pathStatus } from '../git/path-status.js';
import { plain, plainText } from '../util/sanitize.js';
import { DiskError, diskReason, EditError, GitEnvironmentError } from './edit-error.js';
import { withEditLock } from './edit-lock.js';
import { assertAbsent, makeParents } from './new-files.js';
import type { FileWrite, WritePlan } from './plan-edit.js';
import { putBack, type PutBack } from './put-back.js';
import { regularFileBytes, writeFileAtomic, writeFilesAtomic } from './write-file-atomic.js';

export interface ApplyOptions {
  /** The environment git runs with (the user's). */
  env: GitEnv;
  /** false: write the files but do not commit (`--no-commit`). */
  commit?: boolean;
}

export type ApplyResult =
  | { committed: true; commit: string; detached?: true }
  | { committed: false; reason: 'no-commit' | 'not-a-repository' | 'nothing-to-change' };

/** Said after a commit made on a detached HEAD. */
export const DETACHED = 'on a detached HEAD, which no branch holds: git switch -c NAME keeps it';

/**
 * Writes a plan's files and commits them, or refuses with nothing written: each file must still
 * hold the bytes the plan was made from and, to be committed, have no uncommitted change of its own
 * (staged, unstaged or untracked) that the commit would sweep in. All of it under the repository's
 * edit lock (a command that read the file under the lock already holds it). A failed commit puts
 * back every file that still holds what vitals wrote, and keeps any that someone changed meanwhile.
 */
export async function applyEdit(plan: WritePlan, options: ApplyOptions): Promise<ApplyResult> {
  if (plan.writes.length === 0) return { committed: false, reason: 'nothing-to-change' };
  return withEditLock(plan.root, options.env, () => writeAndCommit(plan, options));
}

async function writeAndCommit(plan: WritePlan, options: ApplyOptions): Promise<ApplyResult> {
  for (const write of plan.writes) assertUnchanged(write);
  const files = plan.writes.map((w) => w.file);
  const pathspecs = options.commit === false ? undefined : await commitPathspecs(plan.root, options.env, files);
  // Again after git's status, which can take seconds in a large repository: a file saved meanwhile is refused, never overwritten.
  if (pathspecs) for (const write of plan.writes) assertUnchanged(write);
  await writeAll(plan.writes);
  if (!pathspecs) return { committed: false, reason: options.commit === false ? 'no-commit' : 'not-a-repository' };
  const committing = await exactUnlessAlone(plan.root, options.env, pathspecs, files);
  // A file vitals creates is unknown to git until it is added with intent: only then does commit --only take it.
  const created = plan.writes.filter((w) => w.before === undefined).map((w) => w.file);
  let result;
  try {
    result = (created.length > 0 ? await intendToAdd(plan.root, options.env, created) : undefined) ?? (await commitFiles(plan.root, options.env, committing, plan.message));
  } catch (error) {
    // git could not even be started, or its message file not written.
    throw new DiskError(`the commit could not be made (${diskReason(error)}), so ${afterFailure(putBack(plan.writes))}`);
  }
  if ('said' in result) {
    const said = plainText(result.said || `git commit exited ${result.exitCode}`);
    const undone = afterFailure(putBack(plan.writes));
    if (created.length > 0) await forgetIntended(plan.root, options.env, created);
    if (result.environment) throw new GitEnvironmentError(`the commit failed, so ${undone}: ${result.environment}`);
    throw new EditError(`the commit failed, so ${undone}; git said:`, said);
  }
  // A hook that rewrote a file (a formatter) committed its version: the user's index follows HEAD.
  const rewritten = plan.writes.filter((w) => !holds(w.path, w.after)).map((w) => w.file);
  if (rewritten.length > 0) await indexToHead(plan.root, options.env, rewritten);
  return { committed: true, commit: result.commit, ...(result.detached && { detached: true as const }) };
}

/** Beyond this many files, a commit names their directories rather than each file. */
const MANY_FILES = 50;

/**
 * What to commit, once the files are known to have no uncommitted change of their own; undefined
 * outside git. git matches every pathspec against every index entry, so an import of 10,000 files
 * named one by one costs seconds in `status` and `commit` alike: when their directories hold no
 * other change, the directories are named instead, which commits exactly the same files.
 */
async function commitPathspecs(root: string, env: GitEnv, files: string[]): Promise<string[] | undefined> {
  if (files.length > MANY_FILES) {
    const dirs = [...new Set(files.map((f) => f.slice(0, f.lastIndexOf('/'))))];
    const status = await pathStatus(root, env, dirs);
    if (!status || status.length === 0) return status && dirs;
  }
  const status = await pathStatus(root, env, files);
  if (status && status.length > 0) throw dirty(status);
  return status && files;
}

/**
 * The pathspecs to commit with: folders only while the edit's files are still the only changes in
 * them. Writing thousands of files takes a while, and a file saved meanwhile in one of the folders
 * would be swept into the commit; then the files are named one by one (slower, and exact).
 */
async function exactUnlessAlone(root: string, env: GitEnv, pathspecs: string[], files: string[]): Promise<string[]> {
  if (pathspecs === files) return files;
  // git names paths from the top of the work tree; the book may be a folder below it.
  const prefix = bookPrefix(root, env);
  const ours = new Set(files.map((file) => prefix + file));
  const status = await pathStatus(root, env, pathspecs);
  // Untracked and ignored files are not committed by naming their folder: only a tracked change is swept in.
  const swept = (entry: string) => !entry.startsWith('??') && !entry.startsWith('!!') && !ours.has(entry.slice(3));
  return status !== undefined && !status.some(swept) ? pathspecs : files;
}

function assertUnchanged(write: FileWrite): void {
  if (write.before === undefined) return assertAbsent(write);
  // The rename of the new version would replace a file its owner made read-only.
  const mode = statSync(write.path, { throwIfNoEntry: false })?.mode;
  if (mode !== undefined && (mode & 0o200) === 0) throw new EditError(`${write.file} is read-only, so nothing was written: make it writable to edit it`);
  if (!holds(write.path, write.before)) {
    throw new EditError(`${write.file} changed on disk since vitals read it, so nothing was written: run the edit again`);
  }
}

/** Whether the file holds exactly these bytes (false when it cannot be read). */
function holds(path: string, bytes: Buffer): boolean {
  return regularFileBytes(path)?.equals(bytes) === true;
}

function dirty(status: string[]): EditError {
  const entry = status[0]!;
  const code = entry.slice(0, 2);
  const file = plain(entry.slice(3));
  const [what, todo] =
    code === '??'
      ? ['is not committed yet', `commit ${status.length > 1 ? 'them' : 'it'} first`]
      : code === '!!'
        ? ['is ignored by git', 'vitals commits only files that git tracks']
        : [code[0] !== ' ' ? 'has staged changes' : 'has uncommitted changes', 'commit or stash them first'];
  const more = status.length > 1 ? ` (and ${status.length - 1} more file${status.length > 2 ? 's' : ''})` : '';
  return new EditError(`${file} ${what}${more}, so nothing was written: ${todo}`, undefined, 'or edit with --no-commit');
}

/** Writes every file, or none: a failure part-way puts back the ones already written. */
async function writeAll(writes: FileWrite[]): Promise<void> {
  const done: FileWrite[] = [];
  try {
    for (const write of writes) if (write.before === undefined) makeParents(write.path);
    if (writes.length > MANY_FILES) {
      await writeFilesAtomic(writes.map((w) => ({ target: w.path, data: w.after })), (i) => done.push(writes[i]!));
    } else {
      for (const write of writes) {
        writeFileAtomic(write.path, write.after);
        done.push(write);
      }
    }
  } catch (error) {
    const failed = writes[(error as { fileIndex?: number }).fileIndex ?? done.length]?.file ?? 'the file';
    const undone = done.length === 0 ? 'nothing was changed' : afterFailure(putBack(done));
    throw new DiskError(`cannot write ${failed}: ${diskReason(error)}, so ${undone}`);
  }
}

/** What became of the files after a failure, as the end of one sentence. */
function afterFailure(result: PutBack): string {
  const { restored, kept, stuck } = result;
  const name = (writes: FileWrite[]) => (writes.length === 1 ? writes[0]!.file : `${writes.length} files (${writes[0]!.file}, ...)`);
  const parts: string[] = [];
  if (restored.length > 0) parts.push(`${name(restored)} ${restored.length === 1 ? 'was' : 'were'} put back as before`);
  if (kept.length > 0) {
    parts.push(`${name(kept)} ${kept.length === 1 ? 'was' : 'were'} changed by someone else meanwhile and kept as they saved it, which may still hold this edit, uncommitted: check it with git diff`);
  }
  if (stuck.length > 0) {
    const first = stuck[0]!;
    parts.push(`${name(stuck.map((s) => s.write))} could not be put back (${first.reason}) and still ${stuck.length === 1 ? 'holds' : 'hold'} this edit, uncommitted: git checkout -- ${first.write.file} undoes it`);
  }
  return parts.join('; ');
}
