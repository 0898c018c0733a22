import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempBook, validAccount, vitals } from '../helpers/book.js';
import { git, gitBook } from './git-book.js';

// A hand edit saved in accounts/ while the import writes its files: the moment between git's first
// status and the commit, which takes seconds for thousands of files, made here exact.
const saveDuring = vi.hoisted(() => ({ file: undefined as string | undefined }));
vi.mock('../../src/edit/write-file-atomic.js', async (original) => {
  const real = await original<typeof import('../../src/edit/write-file-atomic.js')>();
  return {
    ...real,
    writeFilesAtomic: async (...args: Parameters<typeof real.writeFilesAtomic>) => {
      await real.writeFilesAtomic(...args);
      if (saveDuring.file) appendFileSync(saveDuring.file, '# hand edit\n');
    },
  };
});

describe('vitals import of many accounts', () => {
  it('commits only its own files, even when another file in accounts/ is saved while it writes', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `a${String(i).padStart(2, '0')}`);
    const dir = gitBook(Object.fromEntries([...ids, 'other'].map((id) => [`accounts/${id}.yaml`, validAccount.replace('Acme Corp', id)])));
    writeFileSync(join(dir, 'export.csv'), `id,versions_behind\n${ids.map((id) => `${id},6`).join('\n')}\n`);
    saveDuring.file = join(dir, 'accounts', 'other.yaml');
    const out = await vitals(['import', '--repo', dir, '--as-of', '2026-11-22', '--metrics-date', '2026-11-01', join(dir, 'export.csv')]);
    saveDuring.file = undefined;
    expect(out.code).toBe(0);
    const committed = git(dir, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n');
    expect(committed).toEqual(ids.map((id) => `accounts/${id}.yaml`));
    // The hand edit is still there, uncommitted.
    expect(git(dir, ['status', '--porcelain', '--', 'accounts'])).toBe(' M accounts/other.yaml\n');
  });
});

describe('vitals import of many accounts in a book below the top of its repository', () => {
  it('commits their folder, not each file, when nothing else changed there', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `a${String(i).padStart(2, '0')}`);
    const top = gitBook();
    const book = join(top, 'emea');
    cpSync(tempBook(Object.fromEntries(ids.map((id) => [`accounts/${id}.yaml`, validAccount.replace('Acme Corp', id)]))), book, { recursive: true });
    writeFileSync(join(top, 'scratch.txt'), 'not committed\n');
    git(top, ['add', 'emea']);
    git(top, ['commit', '-q', '-m', 'emea']);
    // git itself, with what each commit is told to commit kept aside.
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const wrapper = mkdtempSync(join(tmpdir(), 'vitals-git-'));
    const said = join(wrapper, 'pathspecs');
    writeFileSync(join(wrapper, 'git'), `#!/bin/sh\nif [ "$1" = commit ]; then tee '${said}' | "${real}" "$@"; exit $?; fi\nexec "${real}" "$@"\n`, { mode: 0o755 });
    writeFileSync(join(book, 'export.csv'), `id,versions_behind\n${ids.map((id) => `${id},6`).join('\n')}\n`);
    const out = await vitals(['import', '--repo', book, '--as-of', '2026-11-22', '--metrics-date', '2026-11-01', join(book, 'export.csv')], { PATH: `${wrapper}:${process.env.PATH}` });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(readFileSync(said, 'utf8').split('\0').filter((p) => p !== '')).toEqual([':(literal)accounts']);
    expect(git(top, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n')).toEqual(ids.map((id) => `emea/accounts/${id}.yaml`));
  });
});
