import { lstatSync, mkdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { plain } from '../util/sanitize.js';
import { DiskError, diskReason, EditError } from './edit-error.js';
import type { FileWrite } from './plan-edit.js';

/** A file the plan creates must not be there yet, not even as a link or a folder: nothing is ever replaced by surprise. */
export function assertAbsent(write: FileWrite): void {
  let there = true;
  try {
    lstatSync(write.path);
  } catch {
    there = false;
  }
  if (there) throw new EditError(`${write.file} appeared on disk since vitals read the book, so nothing was written: run the command again`);
}

export function makeParents(path: string): void {
  makeFolder(dirname(path));
}

/**
 * Makes a folder and any missing above it, one at a time: Node's recursive mkdir never returns
 * where the parent refuses in its own way (`/proc/x`). What cannot be made is the environment's
 * problem, said in one sentence (exit 2).
 */
export function makeFolder(path: string, shown = path): void {
  const missing: string[] = [];
  for (let dir = path; !isFolder(dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && isFolder(dir)) continue;
      throw new DiskError(`cannot create the folder ${shown}: ${code === 'EEXIST' ? `${plain(dir)} is a file` : diskReason(error)}`);
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Takes back a file the plan created, and the folders it made for it that are empty now (as many
 * levels as `file`, the path from the repository root, has): after a refused commit the folder
 * looks as it did, so running the command again finds nothing in its way. A file that cannot be
 * removed throws, for the caller to say so.
 */
export function removeNew(write: FileWrite): void {
  try {
    unlinkSync(write.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  let dir = dirname(write.path);
  for (let levels = write.file.split('/').length - 1; levels > 0; levels--, dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}
