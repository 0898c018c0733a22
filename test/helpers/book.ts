import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { run } from '../../src/cli/run.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const validAccount = readFileSync(join(repoRoot, 'test', 'fixtures', 'acme.yaml'), 'utf8');

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A temporary book: the shipped playbooks, one valid account (acme), and the given extra files. */
export function tempBook(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitals-test-'));
  made.push(dir);
  cpSync(join(repoRoot, 'playbooks'), join(dir, 'playbooks'), { recursive: true });
  mkdirSync(join(dir, 'accounts'));
  writeFileSync(join(dir, 'accounts', 'acme.yaml'), validAccount);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Runs the CLI in-process and captures what it prints. */
export async function vitals(args: string[], env: Record<string, string> = {}, cwd = repoRoot) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    env: { ...env },
    cwd,
  });
  return { code, stdout, stderr };
}
