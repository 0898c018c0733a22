import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/edit/write-file-atomic.js';
import { repoRoot } from '../helpers/book.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
});
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitals-atomic-'));
  dirs.push(dir);
  return dir;
}

describe('writeFileAtomic', () => {
  it('replaces the bytes and keeps the mode, leaving no temp file', () => {
    const dir = scratch();
    const file = join(dir, 'acme.yaml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o600);
    writeFileAtomic(file, Buffer.from('new\n'));
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['acme.yaml']);
  });

  it('never writes through a link at the path: the file it points to keeps its bytes', () => {
    const dir = scratch();
    const outside = scratch();
    writeFileSync(join(outside, 'secret.yaml'), 'old\n');
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));
    writeFileAtomic(join(dir, 'link.yaml'), Buffer.from('new\n'));
    expect(readFileSync(join(outside, 'secret.yaml'), 'utf8')).toBe('old\n');
    expect(readFileSync(join(dir, 'link.yaml'), 'utf8')).toBe('new\n');
  });

  it('a process killed between the write and the rename leaves the old file whole', () => {
    // The built module, in a child that SIGKILLs itself at the last moment before the rename.
    const dir = scratch();
    const file = join(dir, 'acme.yaml');
    writeFileSync(file, 'old\n'.repeat(1000));
    const module = pathToFileURL(join(repoRoot, 'dist', 'edit', 'write-file-atomic.js')).href;
    const script = `import(${JSON.stringify(module)}).then((m) => m.writeFileAtomic(${JSON.stringify(file)}, Buffer.from('new\\n'.repeat(1000)), { beforeRename: () => process.kill(process.pid, 'SIGKILL') }))`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(readFileSync(file, 'utf8')).toBe('old\n'.repeat(1000));
    // What is left is a complete temp file beside it, which no vitals command reads (not *.yaml).
    const left = readdirSync(dir).filter((n) => n !== 'acme.yaml');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.acme\.yaml\.\d+-[0-9a-z]+-[0-9a-z]+\.tmp$/);
  });

  it('removes its temp file when the rename fails', () => {
    const dir = scratch();
    const file = join(dir, 'acme.yaml');
    writeFileSync(file, 'old\n');
    expect(() => writeFileAtomic(file, Buffer.from('new\n'), { beforeRename: () => { throw new Error('disk full'); } })).toThrow('disk full');
    expect(readdirSync(dir)).toEqual(['acme.yaml']);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
  });
});
