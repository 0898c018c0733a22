import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempBook, validAccount, vitals } from '../helpers/book.js';
import { commitAll } from '../helpers/git.js';

const AS_OF = ['--as-of', '2026-11-22'];
const noVersions = validAccount.replace('  versions_behind: 1\n', '');

describe('vitals explain adds up (issue 11, item 8)', () => {
  it('an account with no score says so, not "points add up to 0.0"', async () => {
    const bare = validAccount.replace(/traits:\n(  .*\n)+/, '').replace(/reviewed:\n(  .*\n)+/, '');
    const repo = tempBook({ 'accounts/bare.yaml': bare });
    const { stdout } = await vitals(['explain', 'bare', '--repo', repo, ...AS_OF]);
    expect(stdout).toContain('no score: every category is missing data');
    expect(stdout).not.toContain('points add up');
  });

  it('says once that the shown points are rounded when they do not sum to the shown score', async () => {
    const { stdout } = await vitals(['explain', 'emberly', '--repo', repoRoot, ...AS_OF]);
    const score = /^score (\d+\.\d)/m.exec(stdout)![1]!;
    const points = [...stdout.matchAll(/^[a-z0-9_]+(?: \(stale\))? .* (\d+\.\d)$/gm)].map((m) => Number(m[1]));
    const sum = points.reduce((a, b) => a + b, 0).toFixed(1);
    expect(sum).not.toBe(score);
    expect(stdout.replace(/\n +/g, " ")).toContain(`points add up to the score: ${score} (the points are rounded: they add up to ${sum}; exact in --format json)`);
  });
});

describe('one formatter per quantity (issue 11, item 11)', () => {
  it('writes coverage and days to renewal the same way in score, explain and the review', async () => {
    const repo = tempBook({ 'accounts/acme.yaml': noVersions });
    const score = (await vitals(['score', '--repo', repo, ...AS_OF])).stdout;
    const explain = (await vitals(['explain', 'acme', '--repo', repo, ...AS_OF])).stdout;
    const review = (await vitals(['review', '--repo', repo, ...AS_OF])).stdout;
    expect(score).toMatch(/ 96\.2%  +205d /);
    expect(explain).toContain('coverage 96.2%');
    expect(explain).toContain('renews 205d');
    expect(review).toMatch(/ 205d /);
  });

  it('rounds coverage down, so a coverage just short of the minimum never reads as meeting it', async () => {
    const { coverage } = await import('../../src/review/format.js');
    expect([coverage(0.5997), coverage(0.5997, 0), coverage(0.29), coverage(0.29, 0), coverage(1), coverage(0.9625)]).toEqual(['59.9%', '59%', '29%', '29%', '100%', '96.2%']);
  });
});

describe('vitals score --rev names the revision and the commit (issue 11, item 10)', () => {
  it('in the JSON and in a line above the table', async () => {
    const repo = tempBook();
    const sha = commitAll(repo, 'the book', '2026-11-01');
    const json = JSON.parse((await vitals(['score', '--rev', 'main', '--format', 'json', '--repo', repo, ...AS_OF])).stdout);
    expect(json).toMatchObject({ as_of: '2026-11-22', rev: 'main', commit: sha });
    const table = (await vitals(['score', '--rev', 'main', '--repo', repo, ...AS_OF])).stdout;
    expect(table.split('\n')[0]).toBe(`the book at main (commit ${sha.slice(0, 12)}), as of 2026-11-22`);
  });

  it('reads the revision through the git environment vitals was given (GIT_DIR kept apart from the book)', async () => {
    const repo = tempBook();
    commitAll(repo, 'the book', '2026-11-01');
    const apart = `${repo}-git`;
    renameSync(join(repo, '.git'), apart);
    const env = { GIT_DIR: apart, GIT_WORK_TREE: repo };
    const json = JSON.parse((await vitals(['score', '--rev', 'main', '--format', 'json', '--repo', repo, ...AS_OF], env)).stdout);
    expect(json.accounts.length).toBeGreaterThan(0);
    expect((await vitals(['score', '--rev', 'main', '--repo', repo, ...AS_OF])).stderr).toMatch(/not a git repository|no commit|main/);
  });
});

describe('explain and validate fit the terminal (issue 11, item 14)', () => {
  it.each([[80], [100]])('explain at %i columns: no line wider', async (columns) => {
    const { stdout } = await vitals(['explain', 'emberly', '--repo', repoRoot, ...AS_OF], { COLUMNS: String(columns) });
    for (const line of stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
    expect(stdout).toContain('neither usage_score >= 0.3 nor usage_score <= 0.2');
  });

  it('validate at 80 columns: messages and code frames no wider', async () => {
    const long = validAccount.replace('name: Acme Corp', `name: Acme Corp\nx_notes: "${'a very long line of text '.repeat(8)}"\nsegmnt: enterprise`);
    const repo = tempBook({ 'accounts/wide.yaml': long });
    const { code, stdout } = await vitals(['validate', '--repo', repo, ...AS_OF], { COLUMNS: '80' });
    expect(code).toBe(1);
    for (const line of stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    expect(stdout).toContain('…');
  });
});

describe('a scenario step the account has already taken shows as done (issue 11, item 12)', () => {
  const noChampion = validAccount.replace('active_champion: true', 'active_champion: false');
  const flagged = noChampion.replace('contacts:', 'flags: { red_account: { since: 2026-11-01, reason: "champion left" } }\ncontacts:');

  it('"mark as Red Account" on an account flagged red is done, not asked again', async () => {
    const repo = tempBook({ 'accounts/flagged.yaml': flagged, 'accounts/unflagged.yaml': noChampion });
    const done = (await vitals(['explain', 'flagged', '--repo', repo, ...AS_OF])).stdout;
    expect(done).toContain('    ✓ done: Mark the account as a Red Account');
    const asked = (await vitals(['explain', 'unflagged', '--repo', repo, ...AS_OF])).stdout;
    expect(asked).toContain('    - Mark the account as a Red Account');
    const json = JSON.parse((await vitals(['explain', 'flagged', '--repo', repo, '--format', 'json', ...AS_OF])).stdout);
    expect(json.explanation.scenarios.find((s: { id: string }) => s.id === 'no_active_champion').done[0]).toBe(true);
  });

  it('a project whose tasks exist is under way, not to be started', async () => {
    const onboarding = validAccount.replace('close_date: 2025-01-15', 'close_date: 2026-11-01');
    const started = `${onboarding}tasks:\n  - { title: Kickoff, due: 2026-11-28, done: false, project: new_customer_onboarding }\n`;
    const repo = tempBook({ 'accounts/fresh.yaml': onboarding, 'accounts/started.yaml': started });
    expect((await vitals(['explain', 'fresh', '--repo', repo, ...AS_OF])).stdout).toContain('(project: new_customer_onboarding)');
    expect((await vitals(['explain', 'started', '--repo', repo, ...AS_OF])).stdout).toContain('(project new_customer_onboarding: under way)');
  });

  it('a done_when naming nothing is an error at its line', async () => {
    const repo = tempBook();
    const path = join(repo, 'playbooks', 'scenarios.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('done_when: { flag: red_account }', 'done_when: { stale: ce_pulsee }'));
    const { code, stdout } = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/playbooks\/scenarios\.yaml:\d+:\d+ +error .*ce_pulsee/);
  });
});
