import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, tempBook, vitals } from '../helpers/book.js';
import { git } from '../edit/git-book.js';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test User',
  GIT_AUTHOR_EMAIL: 'test@vitals.example',
  GIT_COMMITTER_NAME: 'Test User',
  GIT_COMMITTER_EMAIL: 'test@vitals.example',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const gitEnv = { ...process.env, ...IDENTITY };

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitals-init-'));
  made.push(dir);
  return dir;
}

/** Every file under `dir` but .git, with its bytes: what a refused init must leave as it was. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (under: string) => {
    for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
      const path = under ? `${under}/${entry.name}` : entry.name;
      if (path === '.git') continue;
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(dir, path), 'utf8'));
    }
  };
  walk('');
  return files;
}

const shipped = () => [
  ...readdirSync(join(repoRoot, 'schemas')).map((n) => `schemas/${n}`),
  ...readdirSync(join(repoRoot, 'playbooks')).map((n) => `playbooks/${n}`),
];

describe('vitals init DIR: a team starts its book', () => {
  it('into a folder that does not exist yet: a new repository on main, one commit holding the book, and it validates', async () => {
    const dir = join(tempDir(), 'acme-book');
    const { code, stdout, stderr } = await vitals(['init', dir], IDENTITY);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('(a new git repository)');
    expect(git(dir, ['rev-parse', '--abbrev-ref', 'HEAD'], gitEnv).trim()).toBe('main');
    expect(git(dir, ['rev-list', '--count', 'HEAD'], gitEnv).trim()).toBe('1');
    const committed = git(dir, ['ls-tree', '-r', '--name-only', 'HEAD'], gitEnv).trim().split('\n');
    expect(committed.sort()).toEqual(
      [...shipped(), 'accounts/.gitkeep', '.github/workflows/vitals.yml', '.vscode/extensions.json', '.vscode/settings.json', 'README.md'].sort(),
    );
    for (const file of shipped()) expect(readFileSync(join(dir, file))).toEqual(readFileSync(join(repoRoot, file)));
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
    expect(readFileSync(join(dir, '.github/workflows/vitals.yml'), 'utf8')).toContain(`#v${version}`);
    expect(readFileSync(join(dir, '.github/workflows/vitals.yml'), 'utf8')).toContain('branches: [main]');
    expect(existsSync(join(dir, 'accounts'))).toBe(true);
    expect(git(dir, ['status', '--porcelain'], gitEnv)).toBe('');
    expect(await vitals(['validate', '--repo', dir, '--strict'])).toMatchObject({ code: 0, stderr: '' });
  });

  it("into a new folder, on the branch the user's git starts repositories on (init.defaultBranch), and its workflow runs there", async () => {
    const dir = join(tempDir(), 'acme-book');
    const config = join(tempDir(), 'gitconfig');
    writeFileSync(config, '[init]\n\tdefaultBranch = trunk\n');
    expect(await vitals(['init', dir], { ...IDENTITY, GIT_CONFIG_GLOBAL: config })).toMatchObject({ code: 0, stderr: '' });
    expect(git(dir, ['rev-parse', '--abbrev-ref', 'HEAD'], gitEnv).trim()).toBe('trunk');
    expect(readFileSync(join(dir, '.github/workflows/vitals.yml'), 'utf8')).toContain('branches: [trunk]');
  });

  it("into an existing repository without a book: the book is committed alone, the team's README and staged work are left as they were", async () => {
    const dir = tempDir();
    git(dir, ['init', '-q', '-b', 'trunk'], gitEnv);
    writeFileSync(join(dir, 'README.md'), '# Our team\n');
    git(dir, ['add', 'README.md'], gitEnv);
    git(dir, ['commit', '-q', '-m', 'readme'], gitEnv);
    writeFileSync(join(dir, 'plan.txt'), 'half done\n');
    git(dir, ['add', 'plan.txt'], gitEnv);
    const { code, stdout } = await vitals(['init', dir], IDENTITY);
    expect(code).toBe(0);
    expect(stdout).not.toContain('new git repository');
    expect(stdout).toContain('kept your README.md');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# Our team\n');
    const added = git(dir, ['show', '--name-only', '--format=', 'HEAD'], gitEnv).trim().split('\n');
    expect(added).not.toContain('README.md');
    expect(added).not.toContain('plan.txt');
    expect(added).toContain('playbooks/health-score.yaml');
    expect(git(dir, ['status', '--porcelain'], gitEnv)).toBe('A  plan.txt\n');
    expect(git(dir, ['rev-parse', '--abbrev-ref', 'HEAD'], gitEnv).trim()).toBe('trunk');
    // The workflow runs for the branch the book is on.
    expect(readFileSync(join(dir, '.github/workflows/vitals.yml'), 'utf8')).toContain('branches: [trunk]');
    // A clone of it has accounts/, which git would not keep empty.
    const clone = join(tempDir(), 'clone');
    git(dir, ['clone', '-q', dir, clone], gitEnv);
    expect(existsSync(join(clone, 'accounts'))).toBe(true);
  });

  it('writes nothing through a folder that is a symbolic link (.vscode → elsewhere), and says which files it left out', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(dir, '.vscode'));
    const { code, stdout, stderr } = await vitals(['init', dir], IDENTITY);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(stdout).toContain('left out .vscode/settings.json: .vscode is a symbolic link, and vitals writes nothing through one');
    const added = git(dir, ['show', '--name-only', '--format=', 'HEAD'], gitEnv).trim().split('\n');
    expect(added).toContain('playbooks/health-score.yaml');
    expect(added.filter((f) => f.startsWith('.vscode/'))).toEqual([]);
  });

  it('into a folder of a larger repository: says that GitHub runs its workflow only from the top', async () => {
    const dir = tempDir();
    git(dir, ['init', '-q'], gitEnv);
    const { code, stdout } = await vitals(['init', join(dir, 'health', 'book')], IDENTITY);
    expect(code).toBe(0);
    expect(stdout).toContain("GitHub runs workflows only from the repository's top: move it to the top's .github/workflows/ and give its steps working-directory: health/book");
    // At the top of its own repository there is nothing to move.
    const own = await vitals(['init', join(tempDir(), 'book')], IDENTITY);
    expect(own.stdout).toContain('.github/workflows/vitals.yml   VITALS_PACKAGE');
  });

  it('over a folder that already holds a book: refused in one sentence, exit 2, nothing written', async () => {
    const dir = tempBook({ 'notes.md': 'ours\n' });
    git(dir, ['init', '-q'], gitEnv);
    const before = snapshot(dir);
    const { code, stdout, stderr } = await vitals(['init', dir], IDENTITY);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^vitals: .* already holds a book \(accounts\/, playbooks\/\), so nothing was written: [^\n]+\n$/);
    expect(snapshot(dir)).toEqual(before);
    expect(git(dir, ['status', '--porcelain'], gitEnv)).toBe('?? accounts/\n?? notes.md\n?? playbooks/\n');
  });

  it('a folder with only part of a book (schemas/) is refused too: the shipped model never overwrites a team\'s', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'schemas', 'account.schema.json'), '{}\n');
    const { code, stderr } = await vitals(['init', dir], IDENTITY);
    expect(code).toBe(2);
    expect(stderr).toContain('already holds a book (schemas/)');
    expect(readdirSync(dir)).toEqual(['schemas']);
  });

  it('when the commit fails (a hook refuses it), the files it wrote are taken back and the index is as it was', async () => {
    const dir = tempDir();
    git(dir, ['init', '-q'], gitEnv);
    git(dir, ['config', 'core.hooksPath', '.git/hooks'], gitEnv);
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\necho "no commits today" >&2\nexit 1\n');
    chmodSync(join(dir, '.git', 'hooks', 'pre-commit'), 0o755);
    const { code, stderr } = await vitals(['init', dir], IDENTITY);
    expect(code).toBe(1);
    expect(stderr).toContain('no commits today');
    expect(readdirSync(dir)).toEqual(['.git']);
    expect(git(dir, ['status', '--porcelain'], gitEnv)).toBe('');
    rmSync(join(dir, '.git', 'hooks', 'pre-commit'));
    expect(await vitals(['init', dir], IDENTITY)).toMatchObject({ code: 0, stderr: '' });
  });

  it('a file where the folder should be is a usage error', async () => {
    const file = join(tempDir(), 'book');
    writeFileSync(file, '');
    expect(await vitals(['init', file], IDENTITY)).toMatchObject({ code: 2, stderr: expect.stringContaining('is a file') });
    expect((await vitals(['init'], IDENTITY)).code).toBe(2);
  });
});
