import type { Problem } from '../book/book.js';
import type { AccountSurvey, BookSource } from '../book/source.js';

/** The account id a file stands for: its name without `.yaml`, whatever group folder holds it. */
export function accountId(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
}

/**
 * The account files of the book (`accounts/<id>.yaml` and `accounts/<group>/<id>.yaml`, SPEC §2),
 * each id once. Everything else under `accounts/` is reported rather than skipped in silence:
 * another extension, a folder nested deeper, a folder that cannot be read, a second file with an id
 * already taken. Hidden files (`.gitkeep`) are the tools' own and pass unmentioned.
 */
export function listAccountFiles(source: BookSource, problems: Problem[]): string[] {
  const files: string[] = [];
  for (const [id, [first, ...others]] of accountFilesById(source, problems)) {
    files.push(first!);
    for (const file of others) problems.push(duplicateId(id, first!, file));
  }
  return files;
}

/** An account file whose name is no id: not read, wherever the book is read from. */
export function badFileName(file: string, id: string): Problem {
  return { file, path: '', severity: 'error', message: `account file name "${id}" is not a valid id: lowercase letters, digits and dashes, starting with a letter or digit` };
}

/** A second file with an id already taken: an error of that file, which is not read. */
export function duplicateId(id: string, first: string, file: string): Problem {
  return { file, path: '', severity: 'error', message: `account id "${id}" is also ${first}: ids are unique across the book, so this file is not read` };
}

/**
 * Where each account lives: every id with the files that claim it, in path order (two or more is a
 * duplicate, which the caller reports). The one rule for the loader and the edits alike; what is
 * not an account file goes to `problems`.
 */
export function accountFilesById(source: BookSource, problems: Problem[]): Map<string, string[]> {
  return surveyedFilesById(source.survey?.() ?? { entries: source.list('accounts'), unlisted: [] }, problems);
}

/** Read here, through the link, but not in history, which keeps what a commit holds. */
export const LINKED = 'a symbolic link: read here, but a commit holds the link, not the file, so log, diff and score --rev do not read it: commit the file itself';

/** `accountFilesById` of what a source found under `accounts/`. */
export function surveyedFilesById(survey: AccountSurvey, problems: Problem[]): Map<string, string[]> {
  const report = (file: string, severity: Problem['severity'], message: string) => problems.push({ file, path: '', severity, message });
  for (const { file, message } of survey.unlisted) report(file, 'error', message);
  const linked = new Set(survey.linked);
  const deep = new Set<string>();
  const byId = new Map<string, string[]>();
  // Sorted, so that which of two files with one id is read does not depend on the file system.
  // Plain index arithmetic: this runs once per file of a 10,000-account book on every command.
  for (const entry of [...survey.entries].sort()) {
    if (entry.startsWith('.') || entry.includes('/.')) {
      // Hidden: never read. Said only of what looks like an account (a .gitkeep or an editor's file is not).
      if (!/\.ya?ml$/i.test(entry)) continue;
      const slash = entry.indexOf('/');
      if (slash > 0 && entry.startsWith('.')) {
        const folder = `accounts/${entry.slice(0, slash)}`;
        if (!deep.has(folder)) report(folder, 'warning', 'a hidden folder: the account files in it are not read');
        deep.add(folder);
      } else report(`accounts/${entry}`, 'warning', 'a hidden file is not read: an account file\'s name does not start with a dot');
      continue;
    }
    const slash = entry.indexOf('/');
    const name = entry.slice(slash + 1);
    if (slash >= 0 && (name.includes('/') || name === '')) {
      // Named by its first two levels: `group/folder` (a trailing slash kept when there is no second).
      const second = entry.indexOf('/', slash + 1);
      const folder = `accounts/${second < 0 ? entry : entry.slice(0, second)}`;
      if (!deep.has(folder)) {
        deep.add(folder);
        report(folder, 'warning', 'a folder too deep: account files sit in accounts/ or one folder below it (accounts/<group>/<id>.yaml), so the files in it are not read');
      }
    } else if (!entry.endsWith('.yaml')) {
      report(`accounts/${entry}`, 'warning', `not read: account files end in .yaml${entry.toLowerCase().endsWith('.yaml') ? ', in lower case' : ''}`);
    } else {
      const id = name.slice(0, -'.yaml'.length);
      if (linked.has(entry)) report(`accounts/${entry}`, 'warning', LINKED);
      const files = byId.get(id);
      if (files === undefined) byId.set(id, [`accounts/${entry}`]);
      else files.push(`accounts/${entry}`);
    }
  }
  return byId;
}
