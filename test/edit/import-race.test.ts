import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validAccount, vitals } from '../helpers/book.js';
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
