import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempBook, validAccount } from '../helpers/book.js';
import { gitIn } from '../helpers/git.js';
import { vitalsProcess } from '../edit/git-book.js';

/** The README's command table, row by row, as [usage, summary] with markdown's `\|` read as `|`. */
function readmeRows(): Array<[string, string]> {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| command | what it does |')).split('\n\n')[0]!;
  return table
    .split('\n')
    .slice(2)
    .map((line) => {
      const [, usage, summary] = /^\| `(.*)` \| (.*) \|$/.exec(line)!;
      return [usage!.replace(/\\\|/g, '|'), summary!.replace(/\\\|/g, '|')];
    });
}

describe('the README (issue 11: its command table matches --help exactly)', () => {
  it('lists every command of vitals --help, with the usage and summary its --help prints', () => {
    const help = vitalsProcess(['--help'], process.env).stdout;
    const names = help.slice(help.indexOf('commands:\n') + 10, help.indexOf('\n\noptions:')).split('\n').map((l) => l.trim().split(/\s+/)[0]!);
    const rows = readmeRows();
    expect(rows).toHaveLength(names.length);
    names.forEach((name, i) => {
      const [usage, , summary] = vitalsProcess([name, '--help'], process.env).stdout.split('\n');
      expect(rows[i], name).toEqual([usage!.replace(/^usage: /, ''), summary]);
    });
  });
});

describe('the README\'s pre-commit hook, run by git as written', () => {
  /** The hook's script from the README, with `book=` set. */
  const hookScript = (book: string) => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const start = readme.indexOf('```sh\n#!/bin/sh', readme.indexOf('**A pre-commit hook**')) + '```sh\n'.length;
    return readme.slice(start, readme.indexOf('```', start)).replace(/^book=\.$/m, `book=${book}`);
  };

  /** A repository holding the book under `folder` (or at the top), the hook installed, `vitals` on the PATH. */
  function repoWithHook(folder: string) {
    const top = mkdtempSync(join(tmpdir(), 'vitals-hook-'));
    const dir = folder === '.' ? top : join(top, folder);
    cpSync(tempBook(), dir, { recursive: true });
    gitIn(top, ['init', '-q', '-b', 'main']);
    writeFileSync(join(top, '.git', 'hooks', 'pre-commit'), hookScript(folder), { mode: 0o755 });
    const bin = mkdtempSync(join(tmpdir(), 'vitals-bin-'));
    writeFileSync(join(bin, 'vitals'), `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'dist', 'bin', 'vitals.cjs')}" --as-of 2026-11-22 "$@"\n`, { mode: 0o755 });
    const commit = (message: string) => {
      gitIn(top, ['add', '-A']);
      const identity = { GIT_AUTHOR_NAME: 'Test User', GIT_AUTHOR_EMAIL: 'test@vitals.example', GIT_COMMITTER_NAME: 'Test User', GIT_COMMITTER_EMAIL: 'test@vitals.example' };
      return spawnSync('git', ['-c', 'commit.gpgSign=false', 'commit', '-q', '-m', message], { cwd: top, encoding: 'utf8', env: { ...process.env, ...identity, PATH: `${bin}:${process.env.PATH}` } });
    };
    return { top, dir, commit };
  }

  it('passes a good book and a file beside the accounts, and stops a broken account or a deleted playbook', () => {
    const repo = repoWithHook('.');
    expect(repo.commit('book').status).toBe(0);
    writeFileSync(join(repo.dir, 'accounts', 'README.md'), 'Our accounts.\n');
    expect(repo.commit('a readme').status).toBe(0);
    rmSync(join(repo.dir, 'playbooks', 'team.yaml'));
    const deleted = repo.commit('no team');
    expect(deleted.status).toBe(1);
    expect(deleted.stderr).toContain('playbooks/team.yaml');
    gitIn(repo.top, ['checkout', 'HEAD', '--', 'playbooks/team.yaml']);
    writeFileSync(join(repo.dir, 'accounts', 'acme.yaml'), validAccount.replace('seats: 500', 'seats: many'));
    expect(repo.commit('broken').status).toBe(1);
  });

  it('checks a book in a sub-folder, with book= set to it', () => {
    const repo = repoWithHook('customers');
    expect(repo.commit('book').status).toBe(0);
    writeFileSync(join(repo.dir, 'accounts', 'acme.yaml'), validAccount.replace('seats: 500', 'seats: many'));
    const broken = repo.commit('broken');
    expect(broken.status).toBe(1);
    expect(broken.stdout + broken.stderr).toContain('accounts/acme.yaml');
  });
});
