import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempBook, validAccount, vitals } from '../helpers/book.js';
import { commitAll, gitIn } from '../helpers/git.js';
import { run } from '../../src/cli/run.js';
import { markdownSummary, SUMMARY_LIMIT } from '../../src/cli/report/problems.js';

const AS_OF = ['--as-of', '2026-11-22'];

describe('vitals validate', () => {
  it('passes on the shipped book, with its known warnings', async () => {
    const { code, stdout } = await vitals(['validate', '--repo', repoRoot, '--format', 'json', ...AS_OF]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ valid: true, errors: 0 });
    expect(report.problems.map((p: { message: string }) => p.message)).toContain('renewal date passed: update the contract');
  });

  it('fails with --strict on warnings alone, and its JSON says so', async () => {
    const { code } = await vitals(['validate', '--repo', repoRoot, '--strict', ...AS_OF]);
    expect(code).toBe(1);
    const human = await vitals(['validate', '--repo', repoRoot, '--strict', ...AS_OF]);
    expect(human.stdout).toMatch(/checked: 0 errors, \d+ warnings? \(--strict: warnings fail the check\)\n$/);
    const json = await vitals(['validate', '--repo', repoRoot, '--strict', '--format', 'json', ...AS_OF]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, errors: 0 });
  });

  it('checks only the files named on the command line', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': 'name: [unclosed\n' });
    const ok = await vitals(['validate', '--repo', repo, join(repo, 'accounts', 'acme.yaml'), ...AS_OF]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('1 file checked: all valid');
    const bad = await vitals(['validate', '--repo', repo, join(repo, 'accounts'), ...AS_OF]);
    expect(bad.code).toBe(1);
  });

  it('checks a named file with the book around it, as a pre-commit hook that names the changed files needs', async () => {
    // A copy of an account under a group folder: its id is taken.
    const repo = tempBook({ 'accounts/emea/acme.yaml': validAccount });
    const copy = await vitals(['validate', '--repo', repo, join(repo, 'accounts', 'emea', 'acme.yaml'), ...AS_OF]);
    expect(copy.code).toBe(1);
    expect(copy.stdout).toContain('accounts/emea/acme.yaml  error  account id "acme" is also accounts/acme.yaml: ids are unique across the book, so this file is not read');
    // A member taken out of the team: the accounts they own no longer check, though only team.yaml is named.
    const team = tempBook();
    const file = join(team, 'playbooks', 'team.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^.*id: priya,.*\n/m, ''));
    const members = await vitals(['validate', '--repo', team, file, ...AS_OF]);
    expect(members.code).toBe(1);
    expect(members.stdout).toMatch(/accounts\/acme\.yaml:\d+:\d+ +error +owner "priya" is not a member in playbooks\/team\.yaml/);
  });

  it('reports a cross-file error at its line: an owner who is not on the team', async () => {
    const repo = tempBook({ 'accounts/zed.yaml': validAccount.replace('owner: priya', 'owner: priyaa') });
    const { code, stdout } = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toContain('accounts/zed.yaml:3:8  error  owner "priyaa" is not a member in playbooks/team.yaml (did you mean "priya"?)');
  });

  it('reports a model error in the playbook, and still exits 1', async () => {
    const repo = tempBook();
    const model = readFileSync(join(repo, 'playbooks', 'health-score.yaml'), 'utf8');
    writeFileSync(join(repo, 'playbooks', 'health-score.yaml'), model.replace(/weight: 55/, 'weight: 50'));
    const { code, stdout } = await vitals(['validate', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect(code).toBe(1);
    const problems = JSON.parse(stdout).problems as Array<{ file: string; message: string; line: number }>;
    expect(problems.find((p) => p.file === 'playbooks/health-score.yaml')?.message).toMatch(/category weights sum to 95, not 100/);
  });

  it('gives every problem in its JSON the same keys: a file-wide one has a null line and column', async () => {
    const repo = tempBook({ 'accounts/dup/acme.yaml': validAccount });
    const { stdout } = await vitals(['validate', '--repo', repo, '--format', 'json', ...AS_OF]);
    const problems = JSON.parse(stdout).problems as Array<Record<string, unknown>>;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(Object.keys(p).sort()).toEqual(['col', 'file', 'line', 'message', 'path', 'severity']);
    expect(problems.some((p) => p.line === null)).toBe(true);
  });

  it('writes GitHub annotations, at most 10 per kind, and the full list to the job summary', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`accounts/bad-${String(i).padStart(2, '0')}.yaml`] = validAccount.replace('seats: 500', 'seats: many');
    const repo = tempBook(files);
    const summary = join(mkdtempSync(join(tmpdir(), 'vitals-summary-')), 'summary.md');
    const { code, stdout } = await vitals(['validate', '--repo', repo, '--format', 'github', ...AS_OF], { GITHUB_STEP_SUMMARY: summary });
    expect(code).toBe(1);
    const annotations = stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toBe('::error file=accounts/bad-00.yaml,line=7,col=8::expected an integer, got "many"');
    expect(stdout).toContain('::notice::2 more errors not annotated');
    expect(readFileSync(summary, 'utf8').match(/\| error \|/g)).toHaveLength(12);
  });

  it('places annotations by their path in the repository, for a book in a sub-folder of it', async () => {
    const top = mkdtempSync(join(tmpdir(), 'vitals-top-'));
    gitIn(top, ['init', '-q']);
    cpSync(tempBook({ 'accounts/bad.yaml': validAccount.replace('seats: 500', 'seats: many') }), join(top, 'books', 'emea'), { recursive: true });
    const { stdout } = await vitals(['validate', '--repo', join(top, 'books', 'emea'), '--format', 'github', ...AS_OF]);
    expect(stdout.split('\n')[0]).toBe('::error file=books/emea/accounts/bad.yaml,line=7,col=8::expected an integer, got "many"');
  });

  it('keeps the job summary within GitHub\'s 1 MiB, saying how many problems it left out', () => {
    const problems = Array.from({ length: 5000 }, (_, i) => ({ file: `accounts/a${i}.yaml`, path: '/x', line: 1, col: 1, severity: 'error' as const, message: `bad ${'x'.repeat(300)}` }));
    const text = markdownSummary(problems, 5000, false);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    const listed = text.match(/^\| error \|/gm)!.length;
    expect(listed).toBeGreaterThan(2500);
    expect(text).toContain(`${5000 - listed} more problems are not listed, to keep this summary within GitHub's limit: run vitals validate for all of them.`);
    expect(markdownSummary(problems.slice(0, 10), 10, false)).not.toContain('not listed');
  });

  it('neutralises terminal escapes from data in every format, file names included', async () => {
    const repo = tempBook({
      'accounts/evil.yaml': validAccount.replace('segment: enterprise', 'segment: "\\u001b[2J\\u009bowned"'),
      'accounts/evil\u001b[31mname\u0007.yaml': validAccount,
    });
    for (const format of ['human', 'json', 'github']) {
      const { stdout } = await vitals(['validate', '--repo', repo, '--format', format, ...AS_OF]);
      expect(stdout).not.toMatch(/[\u001b\u009b]/);
      expect(stdout).toContain('evil.yaml');
    }
  });
});

describe('global behaviour', () => {
  it('colours a terminal\'s output, unless it is a dumb one (TERM=dumb), NO_COLOR or --no-color', async () => {
    const inTerminal = async (env: Record<string, string>, ...flags: string[]) => {
      let stdout = '';
      await run(['score', '--repo', repoRoot, ...AS_OF, ...flags], { stdout: { write: (t: string) => (stdout += t), isTTY: true }, stderr: { write: () => true }, env, cwd: repoRoot });
      return stdout;
    };
    expect(await inTerminal({})).toContain('\x1b[');
    expect(await inTerminal({ TERM: 'dumb' })).not.toContain('\x1b[');
    expect(await inTerminal({ NO_COLOR: '1' })).not.toContain('\x1b[');
    expect(await inTerminal({}, '--no-color')).not.toContain('\x1b[');
  });

  it('prints help and the version', async () => {
    expect((await vitals(['--help'])).stdout).toContain('usage: vitals [COMMAND]');
    expect((await vitals(['score', '--help'])).stdout).toContain('--format table|json|csv');
    expect((await vitals(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['--bogus'], /unknown option "--bogus"/],
    [['score', '--rev'], /option --rev needs a value/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['score', '--as-of', '2026-02-30'], /--as-of "2026-02-30" is not a date/],
    [['validate', '--format', 'xml'], /--format must be one of human, json, github/],
    [['score', '--repo', '/nonexistent-vitals-dir'], /no such directory/],
    [['score', '--rev=--output=/tmp/x', '--repo', repoRoot], /"--output=\/tmp\/x" is not a revision/],
    [['score', '--owner', 'nobody', '--repo', repoRoot], /--owner "nobody" is not a member in playbooks\/team.yaml/],
  ])('%j is a usage error: exit 2 and one sentence on stderr', async (args, message) => {
    const { code, stderr, stdout } = await vitals(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('verifies a revision as a commit before using it', async () => {
    const repo = tempBook();
    commitAll(repo, 'the book', '2026-11-01');
    const unknown = await vitals(['score', '--rev', 'no-such-branch', '--repo', repo]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown revision "no-such-branch"/);
    const tree = gitIn(repo, ['rev-parse', 'HEAD^{tree}']).trim();
    expect((await vitals(['score', '--rev', tree, '--repo', repo])).stderr).toMatch(/not a commit/);
  });

  it('turns an unexpected internal error into one sentence asking for a report, never a stack trace', async () => {
    let stderr = '';
    const code = await run(['validate', '--repo', repoRoot, ...AS_OF], {
      stdout: {
        write: () => {
          throw new TypeError('stdout went away');
        },
      },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
      cwd: repoRoot,
    });
    expect(code).toBe(2);
    expect(stderr).toBe('vitals: internal error (stdout went away): please report it with the command you ran.\n');
  });

  it('finds the book at the top of the enclosing git work tree, from any folder inside it', async () => {
    const repo = tempBook();
    commitAll(repo, 'the book', '2026-11-01');
    const { code, stdout } = await vitals(['validate', ...AS_OF], {}, join(repo, 'accounts'));
    expect(code).toBe(0);
    expect(stdout).toContain('9 files checked: all valid');
  });

  it('counts the files there are: a missing playbook is an error, not a file checked', async () => {
    const repo = tempBook();
    rmSync(join(repo, 'playbooks', 'calendar.yaml'));
    const { code, stdout } = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toContain('playbooks/calendar.yaml  error  missing playbook file');
    expect(stdout).toContain('8 files checked: 1 error, 0 warnings');
  });

  it('does not wander out of the current folder into a book that is not its git work tree', async () => {
    const outer = tempBook();
    const inner = join(outer, 'notes');
    mkdirSync(inner);
    const { code, stderr } = await vitals(['validate', ...AS_OF], {}, inner);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a vitals repository/);
  });

  it('refuses a directory without a book', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'vitals-empty-'));
    const { code, stderr } = await vitals(['validate', '--repo', empty]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a vitals repository/);
  });
});
