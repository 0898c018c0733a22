import { mkdirSync, symlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBook, validAccount, vitals } from '../helpers/book.js';

const AS_OF = ['--as-of', '2026-11-22'];

type Problem = { file: string; severity: string; message: string };

async function validateJson(repo: string, ...paths: string[]) {
  const { code, stdout } = await vitals(['validate', '--repo', repo, '--format', 'json', ...paths, ...AS_OF]);
  return { code, report: JSON.parse(stdout) as { files: number; problems: Problem[] } };
}

describe('accounts/ and its group folders (SPEC §2)', () => {
  it('reads accounts/<group>/<id>.yaml as well as accounts/<id>.yaml', async () => {
    const repo = tempBook({ 'accounts/emea/beta.yaml': validAccount, 'accounts/apac/gamma.yaml': validAccount });
    const { code, stdout } = await vitals(['score', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).accounts.map((a: { id: string }) => a.id)).toEqual(['acme', 'beta', 'gamma']);
    const { report } = await validateJson(repo);
    expect(report.files).toBe(11);
  });

  it('checks a group folder or one of its files named on the command line', async () => {
    const repo = tempBook({ 'accounts/emea/beta.yaml': validAccount.replace('seats: 500', 'seats: many') });
    const folder = await validateJson(repo, join(repo, 'accounts', 'emea'));
    expect(folder.code).toBe(1);
    expect(folder.report.problems.map((p) => p.file)).toEqual(['accounts/emea/beta.yaml']);
    const file = await validateJson(repo, join(repo, 'accounts', 'emea', 'beta.yaml'));
    expect(file.report.files).toBe(1);
  });

  it('an id used twice across the book is an error naming both files', async () => {
    const repo = tempBook({ 'accounts/emea/acme.yaml': validAccount });
    const { code, report } = await validateJson(repo);
    expect(code).toBe(1);
    expect(report.problems).toEqual([
      expect.objectContaining({ file: 'accounts/emea/acme.yaml', severity: 'error', message: 'account id "acme" is also accounts/acme.yaml: ids are unique across the book, so this file is not read' }),
    ]);
  });

  it.each([
    ['a folder two levels down', { 'accounts/emea/old/beta.yaml': validAccount }, 'accounts/emea/old', 'warning', /a folder too deep: account files sit in accounts\/ or one folder below it/],
    ['an upper-case .YAML', { 'accounts/beta.YAML': validAccount }, 'accounts/beta.YAML', 'warning', /^not read: account files end in \.yaml, in lower case$/],
    ['another extension', { 'accounts/emea/beta.json': '{}' }, 'accounts/emea/beta.json', 'warning', /^not read: account files end in \.yaml$/],
  ])('%s is reported, not skipped in silence', async (_name, files, file, severity, says) => {
    const repo = tempBook(files);
    rmSync(join(repo, 'accounts', 'acme.yaml'));
    const { report } = await validateJson(repo);
    expect(report.problems).toEqual([expect.objectContaining({ file, severity, message: expect.stringMatching(says) })]);
    const human = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(human.stdout).not.toContain('all valid');
  });

  it('accounts/ as a link to itself is reported, never "all valid" with zero accounts', async () => {
    const repo = tempBook();
    rmSync(join(repo, 'accounts'), { recursive: true });
    symlinkSync('accounts', join(repo, 'accounts'));
    const { code, report } = await validateJson(repo);
    expect(code).toBe(1);
    expect(report.problems).toEqual([expect.objectContaining({ file: 'accounts', severity: 'error', message: 'a link loop: the files in it are not read' })]);
  });

  it('a link to another account file or group folder of the book is an error, not a second account under another id', async () => {
    const repo = tempBook({ 'accounts/emea/beta.yaml': validAccount, 'shared/gamma.yaml': validAccount });
    symlinkSync('acme.yaml', join(repo, 'accounts', 'inlink.yaml'));
    symlinkSync('emea', join(repo, 'accounts', 'emea2'));
    // A link to a file elsewhere in the repository is that account's file.
    symlinkSync('../shared/gamma.yaml', join(repo, 'accounts', 'gamma.yaml'));
    const { code, report } = await validateJson(repo);
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.file, p.message])).toEqual([
      ['accounts/emea2', 'a link to accounts/emea, which the book already reads: the files in it are not read'],
      // Read here through the link, and said to be a link, which a commit keeps as such.
      ['accounts/gamma.yaml', 'a symbolic link: read here, but a commit holds the link, not the file, so log, diff and score --rev do not read it: commit the file itself'],
      ['accounts/inlink.yaml', 'a link to accounts/acme.yaml, which the book already reads: not read'],
    ]);
    const scored = await vitals(['score', '--repo', repo, '--as-of', '2026-11-22', '--format', 'json']);
    expect(JSON.parse(scored.stdout).accounts.map((a: { id: string }) => a.id)).toEqual(['acme', 'beta', 'gamma']);
  });

  it('hidden files such as .gitkeep pass unmentioned', async () => {
    const repo = tempBook({ 'accounts/.gitkeep': '', 'accounts/emea/.gitkeep': '' });
    mkdirSync(join(repo, 'accounts', '.trash'));
    const { code, report } = await validateJson(repo);
    expect(code).toBe(0);
    expect(report.problems.filter((p) => p.file !== 'accounts/acme.yaml')).toEqual([]);
  });

  it('a hidden account file or folder of them is not read, and is said to be (SPEC §2: never silently skipped)', async () => {
    const repo = tempBook({ 'accounts/.hidden.yaml': validAccount, 'accounts/.grp/h.yaml': validAccount, 'accounts/.grp/i.yaml': validAccount, 'accounts/emea/.y.yaml': validAccount });
    const { code, report } = await validateJson(repo);
    expect(code).toBe(0);
    expect(report.problems.filter((p) => p.file !== 'accounts/acme.yaml').map((p) => [p.file, p.severity, p.message])).toEqual([
      ['accounts/.grp', 'warning', 'a hidden folder: the account files in it are not read'],
      ['accounts/.hidden.yaml', 'warning', "a hidden file is not read: an account file's name does not start with a dot"],
      ['accounts/emea/.y.yaml', 'warning', "a hidden file is not read: an account file's name does not start with a dot"],
    ]);
  });
});
