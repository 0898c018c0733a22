import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename } from 'node:path';
import type { AccountSurvey } from '../book/source.js';
import type { RepositoryGuard } from './repo-file.js';

/**
 * Lists `accounts/` on disk one folder deep (SPEC §2: `accounts/<group>/<id>.yaml`). It never
 * follows a link out of the repository, reports a folder it cannot read, and does not descend
 * further than the layout allows, so a deep or looping tree costs one listing per folder.
 */
export function surveyAccounts(root: string, guard: RepositoryGuard): AccountSurvey {
  const survey: AccountSurvey = { entries: [], unlisted: [], linked: [] };
  const file = (entry: Dirent, path: string) => {
    survey.entries.push(path);
    if (entry.isSymbolicLink()) survey.linked!.push(path);
  };
  const top = listFolder(root, guard, 'accounts', survey);
  for (const entry of top ?? []) {
    if (!isFolder(root, entry, 'accounts')) {
      file(entry, entry.name);
      continue;
    }
    const group = `accounts/${entry.name}`;
    for (const inner of listFolder(root, guard, group, survey) ?? []) {
      if (isFolder(root, inner, group)) survey.entries.push(`${entry.name}/${inner.name}/`);
      else file(inner, `${entry.name}/${inner.name}`);
    }
  }
  return survey;
}

/**
 * What `surveyAccounts` would find of the one entry `accounts/<name>`, without listing the others
 * (in a flat book of 10,000 accounts that listing is most of an edit's own time): when `accounts/`
 * holds no sub-folder and `<name>` is a plain file in it, no group can hold a second file of that
 * name. A folder's link count is 2 plus its sub-folders on the file systems that keep it (ext4, xfs,
 * tmpfs); those that do not (btrfs, overlayfs, Windows) say 1, and a book with groups says more:
 * then undefined, and the caller lists everything. A link to a folder is no sub-folder: a second
 * file of the same id in a group reached through a link goes unseen here (validate reports it).
 */
export function surveyAccountNamed(root: string, guard: RepositoryGuard, name: string): AccountSurvey | undefined {
  if (guard.folderRefusal('accounts') !== undefined) return undefined;
  try {
    if (statSync(`${root}/accounts`).nlink !== 2) return undefined;
    const path = `${root}/accounts/${name}`;
    // On a file system that ignores case, `Acme.yaml` answers for `acme.yaml`: its real name must be the one asked for.
    return lstatSync(path).isFile() && basename(realpathSync.native(path)) === name ? { entries: [name], unlisted: [] } : undefined;
  } catch {
    return undefined;
  }
}

/** A folder's entries, or undefined (and the reason in the survey) when it cannot or may not be read. */
function listFolder(root: string, guard: RepositoryGuard, folder: string, survey: AccountSurvey): Dirent[] | undefined {
  const refused = guard.folderRefusal(folder);
  if (refused?.startsWith('missing') && folder === 'accounts') return undefined;
  if (refused) {
    survey.unlisted.push({ file: folder, message: `${refused}: the files in it are not read` });
    return undefined;
  }
  try {
    return readdirSync(`${root}/${folder}`, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code !== 'ENOENT') survey.unlisted.push({ file: folder, message: `cannot read the folder (${code}): its files are not read` });
    return undefined;
  }
}

/** A folder, or a link to one (which the guard checks when it is listed). */
function isFolder(root: string, entry: Dirent, folder: string): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(`${root}/${folder}/${entry.name}`).isDirectory();
  } catch {
    return false; // a loop or a dangling link: listed as a file, whose read says what it is
  }
}
