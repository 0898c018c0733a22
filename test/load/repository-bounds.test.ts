import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, tempBook, validAccount, vitals } from '../helpers/book.js';

const AS_OF = ['--as-of', '2026-11-22'];
const SECRET = 'TOKEN-4f1d9c-never-print-me';

const outside: string[] = [];
afterEach(() => {
  while (outside.length > 0) rmSync(outside.pop()!, { recursive: true, force: true });
});

/** A file outside any book holding a secret, as ~/.git-credentials would. */
function secretOutside(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitals-outside-'));
  outside.push(dir);
  const file = join(dir, 'credentials.yaml');
  writeFileSync(file, `name: ${SECRET}\nowner: ${SECRET}\n`);
  return file;
}

type Problem = { file: string; line?: number; col?: number; severity: string; message: string };

/** Runs validate in every format (and the job summary) and returns all that was printed or written. */
async function everyOutput(repo: string): Promise<{ codes: number[]; text: string; problems: Problem[] }> {
  const summary = join(mkdtempSync(join(tmpdir(), 'vitals-summary-')), 'summary.md');
  outside.push(join(summary, '..'));
  const runs = [
    await vitals(['validate', '--repo', repo, ...AS_OF]),
    await vitals(['validate', '--repo', repo, '--format', 'json', ...AS_OF]),
    await vitals(['validate', '--repo', repo, '--format', 'github', ...AS_OF], { GITHUB_STEP_SUMMARY: summary }),
    await vitals(['score', '--repo', repo, ...AS_OF]),
  ];
  const text = runs.map((r) => r.stdout + r.stderr).join('\n') + readFileSync(summary, 'utf8');
  return { codes: runs.map((r) => r.code), text, problems: JSON.parse(runs[1]!.stdout).problems as Problem[] };
}

describe('nothing leaves the repository', () => {
  it.each([
    ['/etc/passwd', () => '/etc/passwd', 'root:'],
    ['a file outside the repository', secretOutside, SECRET],
    ['../.git/config', () => '../.git/config', SECRET],
  ])('a link to %s is reported and never read: its bytes appear in no output', async (_name, target, marker) => {
    const repo = tempBook();
    mkdirSync(join(repo, '.git'));
    writeFileSync(join(repo, '.git', 'config'), `[credential]\n\thelper = ${SECRET}\n`);
    symlinkSync(target(), join(repo, 'accounts', 'leak.yaml'));
    symlinkSync(target(), join(repo, 'playbooks', 'leak.yaml'));
    const { codes, text, problems } = await everyOutput(repo);
    expect(codes).toEqual([1, 1, 1, 1]);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'accounts/leak.yaml', line: 1, col: 1, severity: 'error', message: 'a link that leaves the repository: not read' }));
    expect(text).toContain('accounts/leak.yaml:1:1  error  a link that leaves the repository: not read');
    expect(text).not.toContain(marker);
    expect(text).not.toContain(SECRET);
  });

  it('a group folder that is a link out of the repository is reported, its files never listed', async () => {
    const repo = tempBook();
    const dir = join(secretOutside(), '..');
    writeFileSync(join(dir, `${SECRET}.yaml`), validAccount);
    symlinkSync(dir, join(repo, 'accounts', 'emea'));
    const { codes, text, problems } = await everyOutput(repo);
    expect(codes[1]).toBe(1);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'accounts/emea', message: 'a link that leaves the repository: the files in it are not read' }));
    expect(text).not.toContain(SECRET);
  });

  it('a link that stays inside the repository is read as the file it names', async () => {
    const repo = tempBook({ 'shared/beta.yaml': validAccount });
    symlinkSync('../shared/beta.yaml', join(repo, 'accounts', 'beta.yaml'));
    const { code, stdout } = await vitals(['score', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).accounts.map((a: { id: string }) => a.id)).toEqual(['acme', 'beta']);
    // ...and validate says what a commit of it holds: the link, which history and diff do not follow.
    const checked = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('accounts/beta.yaml  warning  a symbolic link: read here, but a commit holds the link, not the file, so log, diff and score --rev do not read it: commit the file itself');
  });

  it('the job summary shows data as text: no live image, link or HTML from an account file', async () => {
    const repo = tempBook({ 'accounts/evil.yaml': validAccount.replace('segment: enterprise', 'segment: "![x](https://evil.example/p.png) <img src=x> [y](https://evil.example)"') });
    const summary = join(mkdtempSync(join(tmpdir(), 'vitals-summary-')), 'summary.md');
    outside.push(join(summary, '..'));
    const { code } = await vitals(['validate', '--repo', repo, '--format', 'github', ...AS_OF], { GITHUB_STEP_SUMMARY: summary });
    expect(code).toBe(1);
    const written = readFileSync(summary, 'utf8');
    expect(written).toContain('accounts/evil\\.yaml\\:5\\:10');
    // Every `!`, `[` and `<` from the file is backslash-escaped, so none opens an image, link or tag.
    expect(written).not.toMatch(/(?<!\\)!\[|(?<!\\)<img|(?<!\\)\[y\]/);
    // As GitHub renders it: the text as written, and no image, link or tag (not even an autolink).
    const html = await marked.parse(written, { gfm: true });
    expect(html).not.toMatch(/<a |<img/);
    expect(html).toContain('&quot;![x](https://evil.example/p.png) &lt;img src=x&gt; [y](https:/... is not one of');
  });
});

describe('nothing hangs, nothing crashes, memory stays bounded', () => {
  it('a FIFO is reported and never opened for a blocking read', async () => {
    const repo = tempBook();
    execFileSync('mkfifo', [join(repo, 'accounts', 'pipe.yaml')]);
    const { code, stdout } = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toContain('accounts/pipe.yaml:1:1  error  not a regular file (a FIFO, device or socket): not read');
  });

  // Making a device takes root: elsewhere the FIFO above stands for special files.
  it.skipIf(process.getuid?.() !== 0)('a device inside the repository (a copy of /dev/zero) is reported and never read', async () => {
    const repo = tempBook();
    execFileSync('mknod', [join(repo, 'accounts', 'zero.yaml'), 'c', '1', '5']);
    const { code, stdout } = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toContain('accounts/zero.yaml:1:1  error  not a regular file (a FIFO, device or socket): not read');
  });

  it('a link to /dev/zero is reported and never read', async () => {
    const repo = tempBook();
    symlinkSync('/dev/zero', join(repo, 'accounts', 'zero.yaml'));
    const { code, stdout } = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toContain('accounts/zero.yaml:1:1  error  a link that leaves the repository: not read');
  });

  it('a 700 MB sparse file is refused by its size, before reading, in bounded memory', () => {
    const repo = tempBook();
    const big = join(repo, 'accounts', 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 700 * 1024 * 1024);
    // The built binary in a process of its own, so that its peak memory is the command's alone.
    const run = spawnSync('/usr/bin/time', ['-f', 'peak %M KB', process.execPath, join(repoRoot, 'dist/bin/vitals.cjs'), 'validate', '--repo', repo, ...AS_OF], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('accounts/big.yaml:1:1  error  file is 734003200 bytes, larger than the 1 MiB limit');
    const peakKb = Number(/peak (\d+) KB/.exec(run.stderr)?.[1]);
    // A book this size takes ~70 MB; reading the file would take 700 MB more.
    expect(peakKb).toBeLessThan(250 * 1024);
  }, 60_000);

  it('link loops are a problem of their file, and the rest of the book is checked', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': validAccount.replace('seats: 500', 'seats: many') });
    symlinkSync('loop-b.yaml', join(repo, 'accounts', 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(repo, 'accounts', 'loop-b.yaml'));
    const { code, stdout } = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toContain('accounts/loop-a.yaml:1:1  error  a link loop: not read');
    expect(stdout).toContain('accounts/loop-b.yaml:1:1  error  a link loop: not read');
    expect(stdout).toContain('accounts/bad.yaml:7:8  error  expected an integer, got "many"');
  });
});
