import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBook, validAccount, vitals } from '../helpers/book.js';
import { commitAll, gitIn } from '../helpers/git.js';

const AS_OF = ['--as-of', '2026-11-22'];

type Problem = { file: string; line: number; col: number; severity: string; message: string };

async function problemsOf(repo: string, file: string): Promise<{ code: number; problems: Problem[] }> {
  const { code, stdout } = await vitals(['validate', '--repo', repo, '--format', 'json', ...AS_OF]);
  return { code, problems: (JSON.parse(stdout).problems as Problem[]).filter((p) => p.file === file) };
}

describe('positions and messages', () => {
  it.each([
    ['a complex key `? [a, b]`', 'x_ok: 1\n? [a, b]\n: 1\n', 33, 3, 'unknown key "[ a, b ]"'],
    ['a null key `~: 1`', 'x_ok: 1\n~: 1\n', 33, 1, 'unknown key: a null or empty key (`~:` or `"":`)'],
    ['an invisible character in a key', 'se\u200bats: 3\n', 32, 1, 'unknown key "se\\u200bats" (did you mean "seats"?)'],
    ['a number too large to be finite', 'x_big: 1e400\n', 32, 8, '1e400 is not a finite number: write a number that fits (at most about 1.8e308)'],
    ['.inf where a number is', null, 6, 6, '.inf is not a finite number: write a number that fits (at most about 1.8e308)'],
    ['an integer past 2^53', 'x_big: { n: 9007199254740993 }\n', 32, 13, '9007199254740993 is past 2^53 and would be read as another number: write at most 9007199254740991'],
  ])('%s is reported at its own line', async (_name, extra, line, col, message) => {
    const text = extra === null ? validAccount.replace('arr: 120000', 'arr: .inf') : `${validAccount}${extra}`;
    const repo = tempBook({ 'accounts/bad.yaml': text });
    const { code, problems } = await problemsOf(repo, 'accounts/bad.yaml');
    expect(code).toBe(1);
    expect(problems).toContainEqual(expect.objectContaining({ line, col, message }));
  });

  it('says binary data (!!binary) where a number is, not "a mapping"', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': validAccount.replace('arr: 120000', 'arr: !!binary aGVsbG8=') });
    const { problems } = await problemsOf(repo, 'accounts/bad.yaml');
    expect(problems.map((p) => p.message)).toEqual(['expected a number, got binary data']);
  });

  it('reports a broken structure once, not the echoes after it; every duplicate key still', async () => {
    const tab = tempBook({ 'accounts/bad.yaml': validAccount.replace('  ce_pulse: healthy', '\tce_pulse: healthy') });
    expect((await problemsOf(tab, 'accounts/bad.yaml')).problems.map((p) => p.message)).toEqual(['YAML syntax: tabs are not allowed as indentation: indent with spaces']);
    const twice = tempBook({ 'accounts/bad.yaml': `${validAccount}seats: 3\narr: 5\n` });
    expect((await problemsOf(twice, 'accounts/bad.yaml')).problems.map((p) => p.message)).toEqual(Array(2).fill('YAML syntax: duplicate key: each key may appear once in a mapping'));
  });

  it('reports a null where a word of a list belongs once, with the list', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': validAccount.replace(/^segment: .*$/m, 'segment: ~') });
    const { problems } = await problemsOf(repo, 'accounts/bad.yaml');
    expect(problems.map((p) => p.message)).toEqual(['null is not one of strategic, enterprise, commercial']);
  });

  it('shows an invisible character escaped in the code frame too', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': `${validAccount}se\u200bats: 3\n` });
    const { stdout } = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(stdout).toContain('> 32 | se\\u200bats: 3');
  });

  it('reads CR-only line endings as line breaks, positions included', async () => {
    const repo = tempBook({
      'accounts/mac.yaml': validAccount.replace(/\n/g, '\r'),
      'accounts/bad.yaml': validAccount.replace('seats: 500', 'seats: many').replace(/\n/g, '\r'),
    });
    const { code, stdout } = await vitals(['score', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect(JSON.parse(stdout).accounts.map((a: { id: string }) => a.id)).toEqual(['acme', 'mac']);
    expect(code).toBe(1);
    const { problems } = await problemsOf(repo, 'accounts/bad.yaml');
    expect(problems).toEqual([expect.objectContaining({ line: 7, col: 8, message: 'expected an integer, got "many"' })]);
  });

  it('accepts !!timestamp dates where a date is, and still checks them', async () => {
    const repo = tempBook({
      'accounts/tagged.yaml': validAccount.replace('close_date: 2025-01-15', 'close_date: !!timestamp 2025-01-15'),
      'accounts/bad.yaml': validAccount.replace('close_date: 2025-01-15', 'close_date: !!timestamp 2025-02-30'),
    });
    const { code, stdout } = await vitals(['score', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect(JSON.parse(stdout).accounts.map((a: { id: string }) => a.id)).toEqual(['acme', 'tagged']);
    expect(code).toBe(1);
    const { problems } = await problemsOf(repo, 'accounts/bad.yaml');
    expect(problems).toEqual([expect.objectContaining({ line: 9, col: 27, message: '"2025-02-30" is not a date that exists (expected YYYY-MM-DD)' })]);
  });
});

describe('self-referencing aliases', () => {
  const loopInCondition = (repo: string) => {
    const file = join(repo, 'playbooks', 'scenarios.yaml');
    const text = readFileSync(file, 'utf8').replace('when: { stage: [onboarding] }', 'when: &c { all: [*c] }');
    writeFileSync(file, text);
  };

  it.each([['validate'], ['score'], ['review'], ['agenda'], ['explain', 'acme']])(
    'in a condition: `vitals %s` reports one problem at file:line, and does not overflow the stack',
    async (...command) => {
      const repo = tempBook();
      loopInCondition(repo);
      const { code, stdout, stderr } = await vitals([...command, '--repo', repo, ...AS_OF]);
      expect(code).toBe(1);
      expect(stdout + stderr).toContain('playbooks/scenarios.yaml:25:22');
      expect(stdout + stderr).toContain('the alias *c is inside the value it names, which never ends: write the value out');
      expect(stdout + stderr).not.toMatch(/stack|internal error/i);
    },
  );

  it('in an x_ key of an account: one problem, the rest of the book scored', async () => {
    const repo = tempBook({ 'accounts/bad.yaml': `${validAccount}x_a: &a [*a]\n` });
    const { code, stdout, stderr } = await vitals(['score', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).accounts.map((a: { id: string }) => a.id)).toEqual(['acme']);
    expect(stderr).toContain('accounts/bad.yaml:32:10: the alias *a is inside the value it names');
  });

  it('in an old commit: the revision reports it at file:line, and today’s book is unaffected', async () => {
    const repo = tempBook();
    loopInCondition(repo);
    const old = commitAll(repo, 'a bad model', '2026-11-01');
    writeFileSync(join(repo, 'playbooks', 'scenarios.yaml'), readFileSync(join(repo, 'playbooks', 'scenarios.yaml'), 'utf8').replace('when: &c { all: [*c] }', 'when: { stage: [onboarding] }'));
    gitIn(repo, ['commit', '-qam', 'fixed']);
    const then = await vitals(['score', '--repo', repo, '--rev', old, ...AS_OF]);
    expect(then.code).toBe(1);
    expect(then.stderr).toContain('playbooks/scenarios.yaml:25:22: the alias *c is inside the value it names');
    const now = await vitals(['score', '--repo', repo, ...AS_OF]);
    expect(now.code).toBe(0);
  });
});
