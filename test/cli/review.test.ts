import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { tempBook, validAccount, vitals } from '../helpers/book.js';
import { commitAll, gitIn } from '../helpers/git.js';

const AS_OF = ['--as-of', '2026-11-22'];
const account = (name: string, ...edits: Array<[string, string]>) => edits.reduce((text, [from, to]) => text.replace(from, to), validAccount.replace('Acme Corp', name));
const override = '\noverride: { color: red, reason: "exec escalation", until: 2026-12-31 }\n';
const everything = account(
  'Worldwide Consolidated Holdings International',
  ['renewal_date: 2027-06-15', 'renewal_date: 2026-10-01'],
  ['reviewed:\n  ce_pulse: 2026-11-02\n', 'reviewed:\n'],
  ['contacts:', `flags: { red_account: { since: 2026-10-01, reason: "champion left" }, expansion_opportunity: true, watch: true }${override}contacts:`],
);

function row(stdout: string, name: string): string {
  return stdout.split('\n').find((l) => l.includes(name)) ?? '';
}

describe('the review shows what a TA would otherwise misread (issue 11, items 14 and 15)', () => {
  it('rows show names, with the id where a name is not unique, and fit 80 columns with every mark', async () => {
    const repo = tempBook({ 'accounts/twin.yaml': validAccount, 'accounts/everything.yaml': everything });
    const { code, stdout } = await vitals(['review', '--repo', repo, ...AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toContain('Acme Corp (acme)');
    expect(stdout).toContain('Acme Corp (twin)');
    expect(row(stdout, 'Worldwide')).toMatch(/ Worldwide Consolida\S*… .* passed 52d .* ODSREF$/);
    for (const line of stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    for (const words of ['O an override set the colour', 'D renewal date passed', 'S stale manual traits', 'R Red Account', 'E expansion opportunity']) {
      expect(stdout).toContain(words);
    }
  });

  it('marks a colour set by an override or a guardrail, and shows an unknown colour\'s coverage instead of its score', async () => {
    const repo = tempBook({
      'accounts/overridden.yaml': account('Overridden', ['contacts:', `${override.trim()}\ncontacts:`]),
      'accounts/capped.yaml': account('Capped', ['ce_pulse: healthy', 'ce_pulse: poor']),
      'accounts/sparse.yaml': account('Sparse', [/traits:\n(  .*\n)+/ as unknown as string, 'traits:\n  ce_pulse: healthy\n']),
    });
    const { stdout } = await vitals(['review', '--repo', repo, ...AS_OF]);
    expect(row(stdout, 'Overridden')).toMatch(/^ {2}red +\d+\.\d .* O$/);
    expect(row(stdout, 'Capped')).toMatch(/^ {2}yellow +\d+\.\d .* G$/);
    expect(row(stdout, 'Sparse')).toMatch(/^ {2}unknown +– 5% /);
    expect(row(stdout, 'Acme Corp')).not.toMatch(/[OG]$/);
  });

  it('marks a colour change since last week, not only its Δ', async () => {
    const repo = tempBook({ 'accounts/steady.yaml': account('Steady') });
    commitAll(repo, 'the book', '2026-11-10');
    writeFileSync(join(repo, 'accounts', 'acme.yaml'), account('Acme Corp', ['ce_pulse: healthy', 'ce_pulse: poor']));
    gitIn(repo, ['commit', '-qam', 'acme: ce_pulse poor'], { GIT_AUTHOR_DATE: '2026-11-20T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-20T12:00:00Z' });
    const { stdout } = await vitals(['review', '--repo', repo, ...AS_OF]);
    expect(row(stdout, 'Acme Corp')).toMatch(/ CG$/);
    expect(row(stdout, 'Steady')).not.toMatch(/C$/);
    expect(stdout).toContain('C colour changed since last week');
    // Δ wk with one decimal and its sign, a steady account's too, so the column lines up.
    expect(row(stdout, 'Acme Corp')).toMatch(/ -\d+\.\d /);
    expect(row(stdout, 'Steady')).toMatch(/ 0\.0 /);
  });

  it('gives an unknown colour no Δ: its score is not shown, so a change from it would say nothing', async () => {
    const repo = tempBook({ 'accounts/steady.yaml': account('Steady') });
    commitAll(repo, 'the book', '2026-11-10');
    writeFileSync(join(repo, 'accounts', 'steady.yaml'), account('Steady', [/traits:\n(  .*\n)+/ as unknown as string, 'traits:\n  ce_pulse: healthy\n']));
    gitIn(repo, ['commit', '-qam', 'steady: most traits gone'], { GIT_AUTHOR_DATE: '2026-11-20T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-20T12:00:00Z' });
    const { stdout } = await vitals(['review', '--repo', repo, ...AS_OF]);
    expect(row(stdout, 'Steady')).toMatch(/^ {2}unknown +– \d+% +Steady/);
  });
});
