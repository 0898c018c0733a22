import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateBook } from '../../bench/generate-book.mjs';
import { repoRoot, tempBook, validAccount, vitals } from '../helpers/book.js';
import { commitAll, gitIn } from '../helpers/git.js';

const AS_OF = ['--as-of', '2026-11-22'];
const model = parse(readFileSync(join(repoRoot, 'playbooks', 'health-score.yaml'), 'utf8')) as {
  categories: Array<{ id: string; traits: Array<{ trait: string }> }>;
};

interface Row {
  id: string;
  score: number | null;
  color: string;
  owner: string;
  categories: Record<string, { score: number | null; color: string }>;
  traits: Record<string, { value: unknown; status: string; score: number | null; stale: boolean }>;
  explanation?: { traits: Array<{ contribution: number }> };
}

describe('vitals score --format json (SPEC §4)', () => {
  it('prints every account with every category and trait of the model', async () => {
    const { code, stdout } = await vitals(['score', '--repo', repoRoot, '--format', 'json', ...AS_OF]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { as_of: string; accounts: Row[] };
    expect(out.as_of).toBe('2026-11-22');
    expect(out.accounts.length).toBeGreaterThanOrEqual(40);
    for (const account of out.accounts) {
      expect(Object.keys(account)).toEqual(
        expect.arrayContaining(['id', 'name', 'owner', 'segment', 'effective_segment', 'stage', 'score', 'color', 'coverage', 'categories', 'traits', 'scenarios', 'days_until_renewal']),
      );
      expect(account).not.toHaveProperty('explanation');
      expect(Object.keys(account.categories).sort()).toEqual(model.categories.map((c) => c.id).sort());
      for (const { trait } of model.categories.flatMap((c) => c.traits)) {
        const t = account.traits[trait]!;
        expect(t, `${account.id}.${trait}`).toBeDefined();
        if (t.status === 'missing') expect(t.score).toBeNull();
      }
    }
  });

  it('filters by owner and by id, and keeps scores unrounded', async () => {
    const { stdout } = await vitals(['score', '--repo', repoRoot, '--format', 'json', '--owner', 'hana', ...AS_OF]);
    const rows = (JSON.parse(stdout) as { accounts: Row[] }).accounts;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.owner === 'hana')).toBe(true);
    const one = JSON.parse((await vitals(['score', 'orchid-health', '--repo', repoRoot, '--format', 'json', ...AS_OF])).stdout);
    expect(one.accounts.map((r: Row) => r.id)).toEqual(['orchid-health']);
  });

  it('writes CSV that a spreadsheet cannot run as a formula', async () => {
    const repo = tempBook({ 'accounts/evil.yaml': validAccount.replace('name: Acme Corp', 'name: "=HYPERLINK(\\"http://x.example\\")"') });
    const { stdout } = await vitals(['score', '--repo', repo, '--format', 'csv', ...AS_OF]);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toMatch(/^id,name,owner,segment,effective_segment,stage,score,color,coverage,days_until_renewal,/);
    expect(rows.find((r) => r.startsWith('evil,'))).toContain(`"'=HYPERLINK(""http://x.example"")"`);
  });

  it('neutralises terminal escapes from data in the table, CSV and JSON', async () => {
    const repo = tempBook({ 'accounts/evil.yaml': validAccount.replace('name: Acme Corp', 'name: "Bad\\e[2J\\u009bname\\u202e"') });
    for (const format of ['table', 'csv', 'json']) {
      const { stdout } = await vitals(['score', '--repo', repo, '--format', format, ...AS_OF]);
      expect(stdout).not.toMatch(/[\u001b\u009b\u202e]/);
    }
    // The whole book in JSON is written in chunks; the name still reads back as it was written.
    const { stdout } = await vitals(['score', '--repo', repo, '--format', 'json', ...AS_OF]);
    const evil = (JSON.parse(stdout) as { accounts: Row[] }).accounts.find((a) => a.id === 'evil') as Row & { name: string };
    expect(evil.name).toBe('Bad\u001b[2J\u009bname\u202e');
  });

  it('shows the colour as a word in the table', async () => {
    const { stdout } = await vitals(['score', 'orchid-health', '--repo', repoRoot, ...AS_OF]);
    expect(stdout).toMatch(/orchid-health\s+priya\s+nurturing\s+red\s+95\.6/);
  });

  it('scores the book as it was at a revision with --rev', async () => {
    const repo = tempBook();
    commitAll(repo, 'the book', '2026-11-01');
    const file = join(repo, 'accounts', 'acme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('mau_last_month: 420', 'mau_last_month: 20'));
    const now = JSON.parse((await vitals(['score', 'acme', '--repo', repo, '--format', 'json', ...AS_OF])).stdout).accounts[0] as Row;
    const then = JSON.parse((await vitals(['score', 'acme', '--repo', repo, '--format', 'json', '--rev', 'HEAD', ...AS_OF])).stdout).accounts[0] as Row;
    expect(then.traits.mau_over_seats!.value).toBe(420 / 500);
    expect(now.traits.mau_over_seats!.value).toBe(20 / 500);
    expect(now.score!).toBeLessThan(then.score!);
  });

  it('at a revision, refuses a file over 1 MiB by its size and scores the rest; a weight change in the work tree is diffed against it', async () => {
    const repo = tempBook({ 'accounts/big.yaml': `${validAccount.replace('Acme Corp', 'Big')}x_pad: "${'a'.repeat(1024 * 1024)}"\n` });
    commitAll(repo, 'the book', '2026-11-01');
    const { code, stdout, stderr } = await vitals(['score', '--repo', repo, '--format', 'json', '--rev', 'HEAD', ...AS_OF]);
    expect((JSON.parse(stdout).accounts as Row[]).map((a) => a.id)).toEqual(['acme']);
    expect(stderr).toMatch(/accounts\/big\.yaml:1:1: file is 10\d{5} bytes, larger than the 1 MiB limit/);
    expect(code).toBe(1);
    const file = join(repo, 'playbooks', 'health-score.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('weight: 55', 'weight: 75').replace('weight: 25', 'weight: 5'));
    const diff = await vitals(['diff', 'HEAD', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect(JSON.parse(diff.stdout).model_changes.map((c: { path: string }) => c.path)).toEqual(['categories.relationships.weight', 'categories.utilization.weight']);
  });

  it('reads accounts in group folders at a revision too, and reports a link there rather than skip it', async () => {
    const repo = tempBook({ 'accounts/emea/zeta.yaml': validAccount.replace('Acme Corp', 'Zeta') });
    symlinkSync('../../outside.yaml', join(repo, 'accounts', 'emea', 'link.yaml'));
    commitAll(repo, 'the book', '2026-11-01');
    const { code, stdout, stderr } = await vitals(['score', '--repo', repo, '--format', 'json', '--rev', 'HEAD', ...AS_OF]);
    expect((JSON.parse(stdout).accounts as Row[]).map((a) => a.id)).toEqual(['acme', 'zeta']);
    expect(stderr).toContain('accounts/emea/link.yaml:1:1: a symbolic link: links are not followed in a commit, so it is not read');
    expect(code).toBe(1);
  });

  it('puts the errors that matter first: the playbooks\', then those of the account asked for', async () => {
    const broken = Object.fromEntries(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'zeta'].map((id) => [`accounts/${id}.yaml`, validAccount.replace('seats: 500', 'seats: many')]));
    const repo = tempBook(broken);
    const asked = await vitals(['score', 'zeta', '--repo', repo, ...AS_OF]);
    expect(asked.stderr.split('\n').slice(0, 2)).toEqual([
      'vitals: account "zeta" has errors in its file, so it is not scored: run vitals validate',
      expect.stringMatching(/^vitals: accounts\/zeta\.yaml:\d+:\d+: expected an integer, got "many"$/),
    ]);
    rmSync(join(repo, 'playbooks', 'health-score.yaml'));
    const noModel = await vitals(['score', '--repo', repo, ...AS_OF]);
    expect(noModel.stdout).toBe('nothing scored: the playbooks do not load (the errors follow)\n');
    expect(noModel.stderr.split('\n')[0]).toBe('vitals: playbooks/health-score.yaml: missing playbook file: every book needs playbooks/health-score.yaml');
  });

  it('still scores when a playbook no score reads does not load, and exits 1 with its error', async () => {
    const repo = tempBook({ 'playbooks/projects.yaml': 'projects:\n  - id: [\n' });
    const { code, stdout, stderr } = await vitals(['score', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect((JSON.parse(stdout).accounts as Row[]).map((a) => a.id)).toEqual(['acme']);
    expect(stderr.split('\n')[0]).toMatch(/^vitals: playbooks\/projects\.yaml:3:1: /);
    expect(code).toBe(1);
  });

  it('writes a whole large book in chunks that join into the same JSON and CSV as the accounts one by one', async () => {
    // ~2.7 MB of JSON: several 1 MiB chunks.
    const dir = mkdtempSync(join(tmpdir(), 'vitals-score-chunks-'));
    try {
      generateBook(dir, { accounts: 2000, seed: 5, playbooks: join(repoRoot, 'playbooks') });
      const whole = await vitals(['score', '--repo', dir, '--format', 'json', ...AS_OF]);
      expect(whole.stdout.length).toBeGreaterThan(2 << 20);
      expect(whole.stdout.endsWith(']}\n')).toBe(true);
      const all = JSON.parse(whole.stdout) as { as_of: string; accounts: Row[] };
      expect(all.as_of).toBe('2026-11-22');
      expect(all.accounts).toHaveLength(2000);
      for (const id of ['account-00001', 'account-01024', 'account-02000']) {
        const one = JSON.parse((await vitals(['score', id, '--repo', dir, '--format', 'json', ...AS_OF])).stdout) as { accounts: Row[] };
        expect(all.accounts.find((a) => a.id === id)).toEqual(one.accounts[0]);
      }
      const csv = (await vitals(['score', '--repo', dir, '--format', 'csv', ...AS_OF])).stdout.split('\n');
      expect(csv).toHaveLength(2002); // header, 2000 rows, and the final newline
      expect(csv[0]).toMatch(/^id,name,owner,/);
      expect(csv.slice(1, -1).map((l) => l.split(',')[0])).toEqual(all.accounts.map((a) => a.id));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an empty list, and a CSV header alone, for a book with no accounts', async () => {
    const repo = tempBook();
    rmSync(join(repo, 'accounts', 'acme.yaml'));
    expect(JSON.parse((await vitals(['score', '--repo', repo, '--format', 'json', ...AS_OF])).stdout)).toEqual({ as_of: '2026-11-22', accounts: [] });
    expect((await vitals(['score', '--repo', repo, '--format', 'csv', ...AS_OF])).stdout).toMatch(/^id,name,[^\n]*,scenarios\n$/);
  });

  it('still scores what loads when a file is broken, and exits 1', async () => {
    const repo = tempBook({ 'accounts/broken.yaml': 'name: [\n' });
    const { code, stdout, stderr } = await vitals(['score', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).accounts.map((r: Row) => r.id)).toEqual(['acme']);
    expect(stderr).toMatch(/accounts\/broken\.yaml:2:1: YAML syntax/);
  });
});

describe('vitals explain', () => {
  it('has contributions that add up to the score for every account of the shipped book', async () => {
    const ids = (JSON.parse((await vitals(['score', '--repo', repoRoot, '--format', 'json', ...AS_OF])).stdout).accounts as Row[]).map((r) => r.id);
    for (const id of ids) {
      const explained = JSON.parse((await vitals(['explain', id, '--repo', repoRoot, '--format', 'json', ...AS_OF])).stdout) as Row;
      const sum = explained.explanation!.traits.reduce((total, t) => total + t.contribution, 0);
      if (explained.score === null) expect(sum).toBe(0);
      else expect(sum, id).toBeCloseTo(explained.score, 9);
    }
  });

  it('walks one account from traits to its colour in text', async () => {
    const { code, stdout } = await vitals(['explain', 'grayfin-security', '--repo', repoRoot, ...AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/score 95\.0 → yellow/);
    expect(stdout).toMatch(/guardrail .*ce_pulse.* caps at yellow: green → yellow/);
    expect(stdout).toMatch(/points add up to the score: 95\.0/);
    // A cap below which the colour already is has no effect, said as the TUI's detail says it.
    expect((await vitals(['explain', 'redfern-foods', '--repo', repoRoot, ...AS_OF])).stdout).toMatch(/caps at \w+: no effect, already red/);
    expect(stdout).toMatch(/ce_pulse\s+poor\s+ce_pulse in \[poor\]\s+poor/);
  });

  it('takes exactly one id', async () => {
    expect((await vitals(['explain', '--repo', repoRoot])).code).toBe(2);
    expect((await vitals(['explain', 'a', 'b', '--repo', repoRoot])).code).toBe(2);
  });
});

describe('vitals review without a terminal', () => {
  it('says nothing is reviewed when the playbooks do not load, then why, exit 1', async () => {
    const repo = tempBook();
    writeFileSync(join(repo, 'playbooks', 'calendar.yaml'), 'quarters: [\n');
    const { code, stdout, stderr } = await vitals(['--repo', repo, ...AS_OF]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: 'nothing to review: the playbooks do not load (the errors follow)\n' });
    expect(stderr).toMatch(/^vitals: playbooks\/calendar\.yaml:\d+:\d+: YAML syntax/);
  });

  it('prints the dashboard sorted by risk with the change since the book a week earlier', async () => {
    const repo = tempBook({ 'accounts/zeta.yaml': validAccount });
    commitAll(repo, 'last week', '2026-11-12');
    const file = join(repo, 'accounts', 'zeta.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('mau_last_month: 420', 'mau_last_month: 60').replace('ce_pulse: healthy', 'ce_pulse: poor'));
    gitIn(repo, ['commit', '-qam', 'zeta slipped'], { GIT_AUTHOR_DATE: '2026-11-20T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-20T12:00:00Z' });
    const { code, stdout } = await vitals(['--repo', repo, ...AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toContain('change since 2026-11-15');
    const lines = stdout.split('\n');
    const zeta = lines.findIndex((l) => l.includes('zeta'));
    const acme = lines.findIndex((l) => l.includes('acme'));
    expect(zeta).toBeLessThan(acme);
    expect(lines[zeta]).toMatch(/yellow\s+\S+\s+-\d/);
  });
});
