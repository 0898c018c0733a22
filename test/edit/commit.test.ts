import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit, EditError, planEdit } from '../../src/edit/index.js';
import { repoRoot, tempBook, validAccount, vitals } from '../helpers/book.js';
import type { Account } from '../../src/types/schema.js';
import { commitCount, git, gitBook, read, vitalsProcess } from './git-book.js';

const AS_OF = ['--as-of', '2026-11-22'];
const set = (dir: string, ...args: string[]) => vitals(['set', '--repo', dir, ...AS_OF, 'acme', ...args]);

const scratch: string[] = [];
afterEach(() => {
  while (scratch.length > 0) rmSync(scratch.pop()!, { recursive: true, force: true });
});

describe('an edit is one commit of that file alone (SPEC §5)', () => {
  it('commits the change with the message and trailers, and stamps reviewed for a manual trait', async () => {
    const dir = gitBook();
    const { code, stdout } = await set(dir, 'ce_pulse=concerning');
    expect(code).toBe(0);
    expect(stdout).toContain('acme: ce_pulse healthy → concerning');
    expect(stdout).toMatch(/score \d+\.\d \w+ → \d+\.\d \w+/);
    expect(git(dir, ['log', '-1', '--format=%B'])).toBe('acme: ce_pulse healthy → concerning\n\nVitals-Account: acme\nVitals-Trait: ce_pulse\n\n');
    expect(git(dir, ['log', '-1', '--format=%an <%ae>'])).toBe('Test User <priya.raman@lodestar.example>\n');
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('accounts/acme.yaml\n');
    expect(git(dir, ['show', '--format=', '-U0', 'HEAD']).split('\n').filter((l) => /^[-+] /.test(l))).toEqual([
      '-  ce_pulse: healthy', '+  ce_pulse: concerning', '-  ce_pulse: 2026-11-02', '+  ce_pulse: 2026-11-22',
    ]);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(stdout).toContain(`committed ${git(dir, ['rev-parse', '--short', 'HEAD']).trim()}: acme: ce_pulse healthy → concerning`);
  });

  it('names the commit it made on a detached HEAD and on a branch with odd characters', async () => {
    const dir = gitBook();
    git(dir, ['checkout', '-q', '--detach']);
    const detached = await set(dir, 'versions_behind=5');
    expect(detached.stdout).toContain(`committed ${git(dir, ['rev-parse', '--short', 'HEAD']).trim()}:`);
    // Said, since the next checkout leaves the commit behind.
    expect(detached.stdout).toMatch(/\(on a detached HEAD, which no branch holds: git switch -c NAME keeps it\)\n$/);
    git(dir, ['checkout', '-q', '-b', 'x]y-beef]-z']);
    const branch = await set(dir, 'versions_behind=6');
    expect(branch.stdout).toContain(`committed ${git(dir, ['rev-parse', '--short', 'HEAD']).trim()}:`);
    expect(branch.stdout).not.toContain('detached');
  });

  it('lists several traits in the body under a summary line; -m adds the user\'s words', async () => {
    const dir = gitBook();
    expect((await set(dir, 'versions_behind=5', 'access_to_buyer=false', '-m', 'From the QBR')).code).toBe(0);
    expect(git(dir, ['log', '-1', '--format=%B'])).toBe(
      'acme: versions_behind, access_to_buyer\n\n- versions_behind 1 → 5\n- access_to_buyer true → false\n\nFrom the QBR\n\nVitals-Account: acme\nVitals-Trait: versions_behind\nVitals-Trait: access_to_buyer\n\n',
    );
  });

  it('confirming a manual trait unchanged is an edit too: it stamps the date', async () => {
    const dir = gitBook();
    const { code, stdout } = await set(dir, 'ce_pulse=healthy');
    expect(code).toBe(0);
    expect(stdout).toContain('ce_pulse healthy (confirmed)');
    expect(read(dir).toString()).toContain('reviewed:\n  ce_pulse: 2026-11-22\n');
    expect(commitCount(dir)).toBe(2);
    const again = await set(dir, 'ce_pulse=healthy');
    expect(again.stdout).toContain('nothing to change');
    expect(commitCount(dir)).toBe(2);
  });

  it('is refused when a playbook the score reads is broken, not when scenarios or cadences are', async () => {
    const broken = { 'playbooks/scenarios.yaml': 'scenarios: [\n', 'playbooks/cadences.yaml': 'cadences: 3\n' };
    const dir = gitBook(broken);
    const { code, stdout, stderr } = await set(dir, 'ce_pulse=concerning');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('acme: ce_pulse healthy → concerning');
    expect(commitCount(dir)).toBe(2);
    const model = gitBook({ 'playbooks/segments.yaml': 'segments: [\n' });
    const refused = await set(model, 'ce_pulse=concerning');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^vitals: the playbooks do not load, so the score cannot be computed \(playbooks\/segments\.yaml:\d+: /);
    expect(commitCount(model)).toBe(1);
  });

  it('does not stamp reviewed for a generated trait', async () => {
    const dir = gitBook();
    await set(dir, 'mau_last_month=500');
    expect(read(dir).toString()).not.toContain('mau_last_month: 2026-11-22');
    expect(read(dir).toString()).toContain('  mau_last_month: 500\n');
  });

  it('leaves the user\'s other staged and unstaged changes exactly as they were', async () => {
    const dir = gitBook({ 'accounts/zeta.yaml': validAccount.replace('Acme Corp', 'Zeta') });
    writeFileSync(join(dir, 'accounts', 'zeta.yaml'), validAccount.replace('Acme Corp', 'Zeta Staged'));
    git(dir, ['add', 'accounts/zeta.yaml']);
    writeFileSync(join(dir, 'accounts', 'zeta.yaml'), validAccount.replace('Acme Corp', 'Zeta Unstaged'));
    writeFileSync(join(dir, 'notes.txt'), 'untracked\n');
    const index = git(dir, ['ls-files', '--stage']);
    expect((await set(dir, 'ce_pulse=poor')).code).toBe(0);
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('accounts/acme.yaml\n');
    expect(git(dir, ['diff', '--cached', '--name-only'])).toBe('accounts/zeta.yaml\n');
    expect(git(dir, ['show', ':accounts/zeta.yaml'])).toContain('Zeta Staged');
    expect(read(dir, 'accounts/zeta.yaml').toString()).toContain('Zeta Unstaged');
    expect(git(dir, ['status', '--porcelain'])).toBe('MM accounts/zeta.yaml\n?? notes.txt\n');
    const acmeEntry = (s: string) => s.split('\n').filter((l) => !l.endsWith('accounts/acme.yaml'));
    expect(acmeEntry(git(dir, ['ls-files', '--stage']))).toEqual(acmeEntry(index));
  });

  it('runs the hooks and respects a rejecting pre-commit hook: file restored, the hook\'s words shown', async () => {
    const dir = gitBook();
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "policy: no edits on Fridays" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const before = read(dir);
    const { code, stderr } = await set(dir, 'ce_pulse=poor');
    expect(code).toBe(1);
    expect(stderr).toContain('the commit failed, so accounts/acme.yaml was put back as before');
    expect(stderr).toContain('policy: no edits on Fridays');
    expect(read(dir).equals(before)).toBe(true);
    expect(commitCount(dir)).toBe(1);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('fails cleanly when index.lock is held: file restored, one sentence, exit 2 (the environment\'s problem)', async () => {
    const dir = gitBook();
    writeFileSync(join(dir, '.git', 'index.lock'), '');
    const before = read(dir);
    const { code, stderr } = await set(dir, 'ce_pulse=poor');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'vitals: the commit failed, so accounts/acme.yaml was put back as before: another git process holds the index lock (.git/index.lock); when none is running, remove that file and try again\n',
    );
    expect(read(dir).equals(before)).toBe(true);
    expect(commitCount(dir)).toBe(1);
  });

  it('Ctrl-C during a slow hook: the commit fails, the file is put back, then vitals ends as Ctrl-C ends it', async () => {
    const dir = gitBook();
    const marker = join(dir, '.git', 'hook-started');
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\nsleep 5\n`);
    chmodSync(hook, 0o755);
    const before = read(dir);
    // Its own process group, as a terminal gives a command: Ctrl-C reaches vitals and git alike.
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'bin', 'vitals.cjs'), 'set', '--repo', dir, ...AS_OF, 'acme', 'ce_pulse=poor'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    while (!existsSync(marker)) await new Promise((resolve) => setTimeout(resolve, 20));
    process.kill(-child.pid!, 'SIGINT');
    expect(await ended).toBe('SIGINT');
    expect(stderr).toContain('the commit failed, so accounts/acme.yaml was put back as before');
    expect(read(dir).equals(before)).toBe(true);
    expect(commitCount(dir)).toBe(1);
    expect(existsSync(join(dir, '.git', 'vitals-edit.lock'))).toBe(false);
  });

  it('refuses a read-only file (the rename would replace it), and a merge in progress or failed signing exits 2 with one sentence', async () => {
    const dir = gitBook();
    const file = join(dir, 'accounts', 'acme.yaml');
    chmodSync(file, 0o444);
    const readOnly = await set(dir, 'ce_pulse=poor');
    expect(readOnly).toMatchObject({ code: 1, stderr: 'vitals: accounts/acme.yaml is read-only, so nothing was written: make it writable to edit it\n' });
    chmodSync(file, 0o644);
    git(dir, ['config', 'commit.gpgSign', 'true']);
    git(dir, ['config', 'gpg.program', 'false']);
    const signing = await set(dir, 'ce_pulse=poor');
    expect(signing.code).toBe(2);
    expect(signing.stderr).toBe('vitals: the commit failed, so accounts/acme.yaml was put back as before: git could not sign the commit: check the signing setup (commit.gpgSign, gpg.program, the key)\n');
    expect(read(dir).toString()).toBe(validAccount);
    git(dir, ['config', 'commit.gpgSign', 'false']);
    // A merge stopped on a conflict in another file.
    git(dir, ['checkout', '-q', '-b', 'side']);
    writeFileSync(join(dir, 'x.txt'), 'side\n');
    git(dir, ['add', 'x.txt']);
    git(dir, ['commit', '-q', '-m', 'side']);
    git(dir, ['checkout', '-q', 'main']);
    writeFileSync(join(dir, 'x.txt'), 'main\n');
    git(dir, ['add', 'x.txt']);
    git(dir, ['commit', '-q', '-m', 'main']);
    spawnSync('git', ['merge', '-q', 'side'], { cwd: dir });
    const merging = await set(dir, 'ce_pulse=poor');
    expect(merging).toMatchObject({ code: 2, stderr: 'vitals: the commit failed, so accounts/acme.yaml was put back as before: a merge is in progress: finish it or abort it (git merge --abort), then edit again\n' });
    expect(read(dir).toString()).toBe(validAccount);
  });

  it('runs git with the environment it was given, the user\'s git variables, editor and pager included', async () => {
    const dir = gitBook();
    const env = { GIT_AUTHOR_NAME: 'From The Environment', EDITOR: 'false', VISUAL: 'false', PAGER: 'false', GIT_PAGER: 'false' };
    const { code, stderr } = await vitals(['set', '--repo', dir, ...AS_OF, 'acme', 'ce_pulse=poor'], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(git(dir, ['log', '-1', '--format=%an <%ae>'])).toBe('From The Environment <priya.raman@lodestar.example>\n');
  });

  it('fails cleanly without a git identity: file restored, one sentence, exit 2', () => {
    const dir = gitBook({}, false);
    git(dir, ['config', 'user.useConfigOnly', 'true']);
    const home = mkdtempSync(join(tmpdir(), 'vitals-home-'));
    scratch.push(home);
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1', XDG_CONFIG_HOME: join(home, '.config') };
    const before = read(dir);
    const { code, stderr } = vitalsProcess(['set', '--repo', dir, ...AS_OF, 'acme', 'ce_pulse=poor'], env);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'vitals: the commit failed, so accounts/acme.yaml was put back as before: git has no identity to author the commit: set user.name and user.email with git config\n',
    );
    expect(read(dir).equals(before)).toBe(true);
    expect(commitCount(dir)).toBe(1);
  });
});

describe('never lose work: refusals write nothing', () => {
  it('refuses over a hand edit not yet committed: file unchanged, no commit', async () => {
    const dir = gitBook();
    const hand = `${validAccount}x_mine: typed by hand\n`;
    writeFileSync(join(dir, 'accounts', 'acme.yaml'), hand);
    const { code, stdout, stderr } = await set(dir, 'ce_pulse=poor');
    expect(code).toBe(1);
    expect(stderr).toBe('vitals: accounts/acme.yaml has uncommitted changes, so nothing was written: commit or stash them first, or edit with --no-commit\n');
    expect(stdout, 'nothing on stdout may read as if the edit happened').toBe('');
    expect(read(dir).toString()).toBe(hand);
    expect(commitCount(dir)).toBe(1);
  });

  it('refuses a staged change to the file too', async () => {
    const dir = gitBook();
    writeFileSync(join(dir, 'accounts', 'acme.yaml'), validAccount.replace('seats: 500', 'seats: 501'));
    git(dir, ['add', 'accounts/acme.yaml']);
    const { code, stderr } = await set(dir, 'ce_pulse=poor');
    expect(code).toBe(1);
    expect(stderr).toContain('has staged changes');
    expect(commitCount(dir)).toBe(1);
  });

  it('refuses when the file changed on disk between the preview and the commit', async () => {
    const dir = gitBook();
    const plan = planEdit({ root: dir, id: 'acme', asOf: '2026-11-22', changes: [{ kind: 'trait', trait: 'ce_pulse', value: 'poor' }] });
    expect(plan.after.score).not.toBe(plan.before.score);
    const meanwhile = validAccount.replace('seats: 500', 'seats: 502');
    writeFileSync(join(dir, 'accounts', 'acme.yaml'), meanwhile);
    await expect(applyEdit(plan, { env: process.env })).rejects.toThrow(EditError);
    await expect(applyEdit(plan, { env: process.env })).rejects.toThrow(/changed on disk since vitals read it, so nothing was written/);
    expect(read(dir).toString()).toBe(meanwhile);
  });

  it('refuses when the file no longer holds what the caller showed', () => {
    const dir = gitBook();
    const shown = { ...(parse(validAccount) as Account), name: 'Acme before the hand edit' };
    const request = { root: dir, id: 'acme', asOf: '2026-11-22', shown, changes: [{ kind: 'trait' as const, trait: 'ce_pulse', value: 'poor' }] };
    expect(() => planEdit(request)).toThrow(/changed on disk since it was loaded, so nothing was written/);
    expect(read(dir).toString()).toBe(validAccount);
  });
});

describe('outside git, or with --no-commit: written, not committed, and said', () => {
  it('writes and says so outside a repository', async () => {
    const dir = tempBook();
    const { code, stdout } = await set(dir, 'ce_pulse=poor');
    expect(code).toBe(0);
    expect(stdout).toContain('wrote accounts/acme.yaml, not committed:');
    expect(stdout).toContain('is not in a git repository');
    expect(read(dir).toString()).toContain('ce_pulse: poor');
  });

  it('writes without committing with --no-commit', async () => {
    const dir = gitBook();
    const { code, stdout } = await set(dir, 'ce_pulse=poor', '--no-commit');
    expect(code).toBe(0);
    expect(stdout).toContain('not committed (--no-commit)');
    expect(commitCount(dir)).toBe(1);
    expect(git(dir, ['status', '--porcelain'])).toBe(' M accounts/acme.yaml\n');
  });

  it('keeps the file mode and a byte-order mark', async () => {
    const dir = tempBook({ 'accounts/acme.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validAccount)]) });
    chmodSync(join(dir, 'accounts', 'acme.yaml'), 0o640);
    expect((await set(dir, 'ce_pulse=poor')).code).toBe(0);
    expect(statSync(join(dir, 'accounts', 'acme.yaml')).mode & 0o777).toBe(0o640);
    expect([...read(dir).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('vitals set: values by the trait\'s schema type, checked before anything is written', () => {
  it.each([
    [['ce_pulse=helthy'], /ce_pulse is one of healthy, concerning, poor, not "helthy" \(did you mean "healthy"\?\)/],
    [['ce_puls=poor'], /unknown trait "ce_puls" \(did you mean "ce_pulse"\?\)/],
    [['versions_behind=-1'], /versions_behind is at least 0/],
    [['versions_behind=1.5'], /versions_behind is a whole number/],
    [['active_champion=yes'], /active_champion is true or false/],
    [['last_activity=2026-02-30'], /last_activity is a date that exists/],
    [['last_activity=2026-11-23'], /^vitals: last_activity is a day that has happened, on or before the as-of date 2026-11-22, not "2026-11-23"\n/],
    [['ce_pulse'], /is not TRAIT=VALUE/],
    [['ce_pulse=poor', 'ce_pulse=healthy'], /given twice/],
  ])('%j is refused with exit 2 and nothing written', async (args, message) => {
    const dir = gitBook();
    const { code, stderr } = await set(dir, ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(read(dir).toString()).toBe(validAccount);
  });

  it('refuses an as-of date after today: it would stamp reviews in the future and block the edits before them', async () => {
    const dir = gitBook();
    for (const args of [['set', 'acme', 'ce_pulse=poor'], ['note', 'acme', 'later']]) {
      const { code, stderr } = await vitals([args[0]!, '--repo', dir, '--as-of', '2999-01-01', ...args.slice(1)]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^vitals: --as-of 2999-01-01 is after today \(\d{4}-\d{2}-\d{2}\): an edit records what was done, on a day that has come\n$/);
    }
    expect(read(dir).toString()).toBe(validAccount);
  });

  it('refuses an id that is not an id, so no path can be reached through it', async () => {
    const dir = gitBook();
    const { code, stderr } = await vitals(['set', '--repo', dir, '../playbooks/team', 'ce_pulse=poor']);
    expect(code).toBe(2);
    expect(stderr).toContain('is not an account id');
  });

  it('reads today as the as-of date for a date trait', async () => {
    const dir = gitBook();
    await set(dir, 'last_activity=today');
    expect(read(dir).toString()).toContain('last_activity: 2026-11-22');
  });
});

describe('vitals note and vitals task', () => {
  it('keeps notes newest last: a note dated before the last one goes before the first later one', async () => {
    const dir = gitBook();
    git(dir, ['config', 'user.email', 'hana.okafor@lodestar.example']);
    expect((await vitals(['note', '--repo', dir, '--as-of', '2026-11-22', 'acme', 'Renewal call'])).code).toBe(0);
    expect((await vitals(['note', '--repo', dir, '--as-of', '2026-11-10', 'acme', 'QBR notes, written up late'])).code).toBe(0);
    const notes = (parse(read(dir).toString()) as Account).notes!.map((n) => [n.date, n.text]);
    expect(notes).toEqual([['2026-11-10', 'QBR notes, written up late'], ['2026-11-22', 'Renewal call']]);
  });

  it('adds a note by the team member with the user\'s git email', async () => {
    const dir = gitBook();
    git(dir, ['config', 'user.email', 'hana.okafor@lodestar.example']);
    const { code } = await vitals(['note', '--repo', dir, ...AS_OF, 'acme', 'Upgrade planned for December']);
    expect(code).toBe(0);
    expect(read(dir).toString()).toContain('notes:\n  - { date: 2026-11-22, author: hana, text: "Upgrade planned for December" }\n');
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('acme: note "Upgrade planned for December"\n');
    // The e-mail git authors with (GIT_AUTHOR_EMAIL before the config): the note and its commit name one person.
    const marco = await vitals(['note', '--repo', dir, ...AS_OF, 'acme', 'From the QBR'], { GIT_AUTHOR_NAME: 'Marco Bellini', GIT_AUTHOR_EMAIL: 'marco.bellini@lodestar.example' });
    expect(marco.code).toBe(0);
    expect(read(dir).toString()).toContain('  - { date: 2026-11-22, author: marco, text: "From the QBR" }\n');
    expect(git(dir, ['log', '-1', '--format=%an <%ae>'])).toBe('Marco Bellini <marco.bellini@lodestar.example>\n');
  });

  it('reads text that starts with a dash as the note, not as an option', async () => {
    const dir = gitBook();
    const { code, stderr } = await vitals(['note', '--repo', dir, ...AS_OF, 'acme', '- follow up', '-m', '- from the call']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(read(dir).toString()).toContain('text: "- follow up" }');
    expect(git(dir, ['log', '-1', '--format=%B'])).toBe('acme: note "- follow up"\n\n- from the call\n\nVitals-Account: acme\n\n');
    expect((await vitals(['note', '--repo', dir, 'acme', '--no-comit'])).stderr).toContain('unknown option "--no-comit"');
  });

  it('never signs a note with the account owner (issue 11, item 7): the git user.name, --author, or a refusal', async () => {
    const dir = gitBook();
    git(dir, ['config', 'user.email', 'someone@else.example']);
    git(dir, ['config', 'user.name', 'Someone Else']);
    const refused = await vitals(['note', '--repo', dir, ...AS_OF, 'acme', 'hello']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('set it to yours (git config user.email), or write the note with vitals note --author ID');
    expect(commitCount(dir)).toBe(1);
    git(dir, ['config', 'user.name', 'marco']);
    expect((await vitals(['note', '--repo', dir, ...AS_OF, 'acme', 'hello'])).stdout).toContain('note by marco');
    expect((await vitals(['note', '--repo', dir, ...AS_OF, 'acme', 'again', '--author', 'hana'])).stdout).toContain('note by hana');
    expect((await vitals(['note', '--repo', dir, ...AS_OF, 'acme', 'again', '--author', 'hanna'])).stderr).toContain(
      '--author "hanna" is not a member in playbooks/team.yaml (did you mean "hana"?)',
    );
    expect(read(dir).toString()).not.toContain('author: priya');
  });

  it('note --contact logs a contact: last_activity moves to the as-of date in the same commit, never backwards (item 16)', async () => {
    const dir = gitBook();
    const { code, stdout } = await vitals(['note', '--repo', dir, ...AS_OF, 'acme', 'Called Pat about the upgrade', '--contact']);
    expect(code).toBe(0);
    expect(stdout).toContain('last_activity 2026-11-10 → 2026-11-22');
    const text = read(dir).toString();
    expect(text).toContain('last_activity: 2026-11-22');
    expect(text).toContain('text: "Called Pat about the upgrade"');
    expect(commitCount(dir)).toBe(2);
    expect(git(dir, ['show', '--name-only', '--format=%s', 'HEAD'])).toBe('acme: contact "Called Pat about the upgrade"\n\naccounts/acme.yaml\n');
    await vitals(['note', '--repo', dir, '--as-of', '2026-11-15', 'acme', 'An older call', '--contact']);
    expect(read(dir).toString()).toContain('last_activity: 2026-11-22');
  });

  it('a reviewed stamp never moves backwards (item 3): an edit as of an earlier date is refused', async () => {
    const dir = gitBook();
    const { code, stderr } = await vitals(['set', '--repo', dir, '--as-of', '2026-10-01', 'acme', 'ce_pulse=poor']);
    expect(code).toBe(1);
    expect(stderr).toContain('ce_pulse was reviewed on 2026-11-02, after the as-of date 2026-10-01');
    expect(read(dir).toString()).toBe(validAccount);
    expect(commitCount(dir)).toBe(1);
  });

  it('adds a task with a due date, lists it, and completes it by number', async () => {
    const dir = gitBook();
    expect((await vitals(['task', '--repo', dir, ...AS_OF, 'acme', 'Send the upgrade guide', '--due', '2026-11-28'])).code).toBe(0);
    expect(read(dir).toString()).toContain('tasks:\n  - { title: "Send the upgrade guide", due: 2026-11-28, done: false, created: 2026-11-22 }\n');
    expect((await vitals(['task', '--repo', dir, 'acme'])).stdout).toBe('  1  [ ] Send the upgrade guide  due 2026-11-28\n');
    expect((await vitals(['task', '--repo', dir, ...AS_OF, 'acme', '--done', '1'])).code).toBe(0);
    expect(read(dir).toString()).toContain('done: true, created');
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('acme: task 1 done: "Send the upgrade guide"\n');
    expect((await vitals(['task', '--repo', dir, ...AS_OF, 'acme', '--done', '2'])).stderr).toContain('acme has no task 2: its tasks are numbered 1 to 1');
    expect((await vitals(['task', '--repo', dir, ...AS_OF, 'acme', 'x', '--due', '2026-13-01'])).code).toBe(2);
    expect(commitCount(dir)).toBe(3);
  });
});

describe('an edit loads only what it needs', () => {
  it('does not read other accounts: a broken one elsewhere does not stop it', async () => {
    const dir = gitBook({ 'accounts/broken.yaml': 'name: [unclosed\n' });
    expect((await set(dir, 'ce_pulse=poor')).code).toBe(0);
  });

  it('refuses to edit an account file that has errors', async () => {
    const dir = gitBook({ 'accounts/broken.yaml': validAccount.replace('seats: 500', 'seats: many') });
    const { code, stderr } = await vitals(['set', '--repo', dir, 'broken', 'ce_pulse=poor']);
    expect(code).toBe(1);
    expect(stderr).toContain('accounts/broken.yaml has errors, so vitals will not edit it');
  });

  it('suggests the id meant', async () => {
    const dir = gitBook();
    const { code, stderr } = await vitals(['set', '--repo', dir, 'acmee', 'ce_pulse=poor']);
    expect(code).toBe(2);
    expect(stderr).toContain('no account "acmee"');
    expect(stderr).toContain('(did you mean "acme"?)');
  });
});

describe('git variables inherited from another repository (vitals run from its hook)', () => {
  it('commit the edit in the book\'s own repository, never in the one GIT_DIR or GIT_INDEX_FILE names', async () => {
    const other = gitBook();
    const book = gitBook();
    for (const env of [{ GIT_DIR: join(other, '.git') }, { GIT_INDEX_FILE: join(other, '.git', 'index') }, { GIT_DIR: join(other, '.git'), GIT_INDEX_FILE: join(other, '.git', 'index') }]) {
      const before = commitCount(book);
      const { code, stderr } = await vitals(['set', '--repo', book, '--as-of', '2026-11-22', 'acme', `versions_behind=${before + 2}`], env);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(commitCount(book)).toBe(before + 1);
      expect(git(book, ['status', '--porcelain'])).toBe('');
      expect(commitCount(other)).toBe(1);
      expect(git(other, ['status', '--porcelain'])).toBe('');
    }
  });

  it('find the book\'s own repository however they are given: relative, from a hook at the top, for a book in a sub-folder or one nested in another repository', async () => {
    const top = gitBook();
    cpSync(tempBook(), join(top, 'sub'), { recursive: true });
    git(top, ['add', '-A']);
    git(top, ['commit', '-q', '-m', 'a second book']);
    const sub = await vitals(['set', '--repo', 'sub', '--as-of', '2026-11-22', 'acme', 'versions_behind=4'], { GIT_DIR: '.git', GIT_INDEX_FILE: '.git/index' }, top);
    expect(sub).toMatchObject({ code: 0, stderr: '' });
    expect(git(top, ['show', '--name-only', '--format=', 'HEAD'])).toBe('sub/accounts/acme.yaml\n');
    const nested = gitBook();
    cpSync(nested, join(top, 'nested'), { recursive: true });
    const inner = await vitals(['set', '--repo', join(top, 'nested'), '--as-of', '2026-11-22', 'acme', 'versions_behind=5'], { GIT_DIR: join(top, '.git'), GIT_WORK_TREE: top });
    expect(inner).toMatchObject({ code: 0, stderr: '' });
    expect(commitCount(join(top, 'nested'))).toBe(2);
  });

  it('keep a GIT_DIR and GIT_WORK_TREE for a work tree with no .git of its own (the repository kept apart)', async () => {
    const work = tempBook();
    const store = mkdtempSync(join(tmpdir(), 'vitals-store-'));
    const env = { GIT_DIR: store, GIT_WORK_TREE: work };
    git(work, ['init', '-q', '-b', 'main'], { ...process.env, ...env });
    git(work, ['add', '-A'], { ...process.env, ...env });
    git(work, ['-c', 'user.name=Setup', '-c', 'user.email=setup@vitals.example', 'commit', '-q', '-m', 'book'], { ...process.env, ...env });
    const { code, stderr } = await vitals(['set', '--repo', work, '--as-of', '2026-11-22', 'acme', 'versions_behind=4'], { ...env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@vitals.example', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@vitals.example' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(git(work, ['rev-list', '--count', 'HEAD'], { ...process.env, ...env }).trim()).toBe('2');
  });
});
