import { mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountFiles } from '../../src/edit/account-file.js';
import { surveyAccountNamed } from '../../src/load/account-survey.js';
import { repositoryGuard } from '../../src/load/repo-file.js';
import { tempBook, validAccount } from '../helpers/book.js';

const named = (root: string, name: string) => surveyAccountNamed(root, repositoryGuard(root), name);

/** What an edit of `id` reads: the file, or the sentence it refuses with. */
function found(root: string, id: string, only?: string): string {
  try {
    return accountFiles(root, only).read(id).file;
  } catch (error) {
    return (error as Error).message;
  }
}

// Link counts are the file system's: these hold where a folder's count is 2 plus its sub-folders.
const countsFolders = statSync(tempBook()).nlink > 2;

describe('one account found without listing accounts/ (an edit of a flat book)', () => {
  it.runIf(countsFolders)('answers for a plain file in a folder with no sub-folder, and not otherwise', () => {
    const flat = tempBook();
    expect(named(flat, 'acme.yaml')).toEqual({ entries: ['acme.yaml'], unlisted: [] });
    expect(named(flat, 'beta.yaml')).toBeUndefined();
    const grouped = tempBook({ 'accounts/emea/beta.yaml': validAccount });
    expect(named(grouped, 'acme.yaml')).toBeUndefined();
    const linked = tempBook();
    symlinkSync('acme.yaml', join(linked, 'accounts', 'beta.yaml'));
    expect(named(linked, 'beta.yaml')).toBeUndefined();
  });

  it('finds what the full listing finds, and refuses what it refuses', () => {
    const books = [
      tempBook(),
      tempBook({ 'accounts/beta.yaml': validAccount }),
      tempBook({ 'accounts/emea/acme.yaml': validAccount }),
      tempBook({ 'accounts/emea/beta.yaml': validAccount }),
      tempBook({ 'accounts/acme.yaml.bak': 'x', 'accounts/README.md': 'x' }),
    ];
    const folder = tempBook();
    mkdirSync(join(folder, 'accounts', 'beta.yaml'));
    writeFileSync(join(folder, 'accounts', 'beta.yaml', 'acme.yaml'), validAccount);
    books.push(folder);
    for (const book of books) {
      for (const id of ['acme', 'beta', 'gamma']) expect([book, id, found(book, id, id)]).toEqual([book, id, found(book, id)]);
    }
    // The id claimed at the top and in a group is refused, naming both: the group is never missed.
    expect(found(books[2]!, 'acme', 'acme')).toMatch(/^account id "acme" is in both accounts\/acme\.yaml and accounts\/emea\/acme\.yaml/);
  });
});
