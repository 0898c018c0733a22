import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/util/text-width.js';
import { validAccount } from '../helpers/book.js';
import { demoAccounts, KEY, mountApp } from './harness.js';

afterEach(() => cleanup());

const log = (dir: string) => execFileSync('git', ['log', '--format=%s'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
const file = (dir: string, id: string) => readFileSync(join(dir, 'accounts', `${id}.yaml`), 'utf8');

/** Acme (the fixture, green, priya's) and Redfern Foods (red, with tasks and a Get Well scenario). */
function mount() {
  const t = mountApp({ files: demoAccounts((n) => n === 'redfern-foods.yaml') });
  return t;
}

describe('e: edit a manual trait', () => {
  it('picks a trait in model order, a value from the current one, shows before → after and commits on y', async () => {
    const t = mount();
    await t.press('j');
    expect(t.selectedRow()).toContain('Acme Corp');
    await t.press('e');
    expect(t.frame()).toContain('Edit a manual trait of Acme Corp');
    const traits = t.frame().split('\n').filter((l) => /now /.test(l));
    expect(traits.map((l) => l.trim().replace(/^▶ /, '').split(/\s+/)[0])).toEqual(['ce_pulse', 'active_champion', 'access_to_buyer']);
    expect(traits[0]).toMatch(/^▶ ce_pulse\s+now healthy/);
    await t.press(KEY.enter);
    expect(t.frame()).toContain('ce_pulse of acme: now healthy');
    expect(t.frame()).toMatch(/▶ healthy/);
    await t.press('j', 'j', KEY.enter);
    const confirm = t.frame();
    expect(confirm).toContain('ce_pulse healthy → poor');
    expect(confirm).toMatch(/score 100\.0 ● green\s+→\s+\d+\.\d ◆ yellow/);
    expect(confirm).toContain('acme: ce_pulse healthy → poor');
    expect(confirm).toContain('Vitals-Account: acme');
    await t.press('y');
    await t.until('committed');
    expect(log(t.dir)).toEqual(['acme: ce_pulse healthy → poor', 'book']);
    expect(file(t.dir, 'acme')).toContain('ce_pulse: poor');
    expect(file(t.dir, 'acme')).toMatch(/reviewed:\n {2}ce_pulse: 2026-11-22/);
    // The list updates in place and the selection stays on the account, now yellow.
    expect(t.selectedRow()).toMatch(/◆ yellow\s+Acme Corp/);
    expect(t.frame()).toMatch(/1 of 2|2 of 2/);
  });

  it('cancels with n or Esc at the confirmation, and Esc while picking: nothing is written', async () => {
    const t = mount();
    await t.press('j', 'e', KEY.enter, 'j', KEY.enter);
    expect(t.frame()).toContain('ce_pulse healthy → concerning');
    await t.press('n');
    expect(t.frame()).toContain('cancelled: nothing was changed');
    await t.press('e', KEY.enter, 'j', KEY.enter, KEY.escape);
    expect(t.frame()).toContain('cancelled');
    await t.press('e', KEY.escape);
    expect(t.frame()).toContain('cancelled');
    expect(log(t.dir)).toEqual(['book']);
    expect(t.selectedRow()).toContain('Acme Corp');
  });

  it('refuses an edit of a file changed on disk since it was loaded, shows the file as it is now, and the next edit goes through', async () => {
    const t = mount();
    const path = join(t.dir, 'accounts', 'acme.yaml');
    // Edited and committed from outside the review (another terminal, a teammate's pull).
    writeFileSync(path, readFileSync(path, 'utf8').replace('ce_pulse: healthy', 'ce_pulse: concerning'));
    execFileSync('git', ['commit', '-q', '-am', 'outside'], { cwd: t.dir });
    await t.press('j', 'e', KEY.enter, KEY.enter);
    expect(t.frame().replace(/\n/g, ' ')).toMatch(/✗ not changed: accounts\/acme\.yaml changed on disk since it was loaded, so nothing was written: it is shown as it is now; edit it again/);
    expect(log(t.dir)).toEqual(['outside', 'book']);
    // The row too shows the account as it is now: a concerning TA Pulse is 2.5 points less.
    expect(t.selectedRow()).toMatch(/Acme Corp\s+97\.5/);
    await t.press('e');
    expect(t.frame()).toMatch(/ce_pulse\s+now concerning/);
    await t.press(KEY.enter, 'j', KEY.enter);
    expect(t.frame()).toContain('ce_pulse concerning → poor');
    await t.press('y');
    await t.until('committed');
    expect(log(t.dir)).toEqual(['acme: ce_pulse concerning → poor', 'outside', 'book']);
  });
});

describe('a commit that fails', () => {
  it('puts the file back and says what git said', async () => {
    const t = mount();
    const hook = join(t.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "no commits on Sundays" >&2\nexit 1\n', { mode: 0o755 });
    const before = file(t.dir, 'acme');
    await t.press('j', 'e', KEY.enter, 'j', KEY.enter, 'y');
    await t.until('not changed');
    expect(t.frame().replace(/\n/g, ' ')).toMatch(/✗ not changed: the commit failed, so accounts\/acme\.yaml was put back as before; git said: no commits on Sundays/);
    expect(file(t.dir, 'acme')).toBe(before);
    expect(log(t.dir)).toEqual(['book']);
  });
});

describe('c: confirm the manual traits unchanged', () => {
  it('stamps reviewed on every manual trait with a value, in one commit', async () => {
    const t = mount();
    await t.press('j', 'c');
    expect(t.frame()).toContain('ce_pulse healthy (confirmed)');
    expect(t.frame()).toContain('access_to_buyer true (confirmed)');
    await t.press('y');
    await t.until('committed');
    expect(log(t.dir)[0]).toBe('acme: ce_pulse, active_champion, access_to_buyer');
    expect(file(t.dir, 'acme')).toContain('reviewed:\n  ce_pulse: 2026-11-22\n  active_champion: 2026-11-22\n  access_to_buyer: 2026-11-22');
    // Once more the same day: nothing to commit, and no confirmation that offers to.
    await t.press('c');
    expect(t.frame()).toContain('✓ nothing to change: ce_pulse is already healthy, confirmed 2026-11-22;');
    expect(t.frame()).not.toContain('y commits');
  });
});

/** Waits (up to 10 s) until the repository has this many commits: a hook that sleeps takes what the machine gives it. */
async function commits(dir: string, n: number): Promise<void> {
  for (let waited = 0; log(dir).length < n && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(log(dir)).toHaveLength(n);
}

describe('refusals in the TUI', () => {
  it('say what to do there, without a command-line flag, wrapped at words', async () => {
    const t = mount();
    writeFileSync(join(t.dir, 'accounts', 'acme.yaml'), `${file(t.dir, 'acme')}# mine\n`);
    await t.press('j', 'c', 'y');
    await t.until('not changed');
    const lines = t.frame().split('\n');
    const at = lines.findIndex((l) => l.startsWith('✗ not changed'));
    expect(lines.slice(at, at + 2).join(' ')).toBe('✗ not changed: accounts/acme.yaml has uncommitted changes, so nothing was written: commit or stash them first');
    expect(lines[at + 1]).not.toMatch(/^ /);
  });

  it('keep what was typed: a refused note is offered again by the next n, until it is committed', async () => {
    const t = mount();
    const committed = file(t.dir, 'acme');
    writeFileSync(join(t.dir, 'accounts', 'acme.yaml'), `${committed}# mine\n`);
    await t.press('j', 'n', 'Called Pat about the renewal', KEY.enter, 'y');
    await t.until('not changed');
    await t.press('n');
    expect(t.frame()).toContain('Not saved yet · Note on Acme Corp: Called Pat about the renewal');
    writeFileSync(join(t.dir, 'accounts', 'acme.yaml'), committed);
    await t.press(KEY.enter, 'y');
    await t.until('committed');
    await t.press('n');
    expect(t.frame()).not.toContain('Called Pat about the renewal');
    expect(t.frame()).toMatch(/^Note on Acme Corp: ?$/m);
  });

  it('a note committed while other keys are pressed is no draft after: n then offers nothing', async () => {
    const t = mount();
    writeFileSync(join(t.dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nsleep 1\n', { mode: 0o755 });
    await t.press('j', 'n', 'Called Pat', KEY.enter, 'y');
    // Under way, not done: no ✓ before git has said yes.
    expect(t.frame()).toContain('… committing: acme: note "Called Pat"');
    // While git runs: n (the note is still a draft then), and Esc.
    await t.press('n', KEY.escape);
    await t.until('committed');
    await t.press('n');
    expect(t.frame()).not.toContain('Not saved yet');
    expect(t.frame()).toMatch(/^Note on Acme Corp: ?$/m);
    // A note typed while another commits is kept if it is refused, whenever that commit ends.
    writeFileSync(join(t.dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nsleep 1\n', { mode: 0o755 });
    await t.press(KEY.escape, 'n', 'First', KEY.enter, 'y', 'n', 'Second', KEY.enter);
    // Second is refused (the file changed under it) or waits at its confirmation, as the timing goes.
    await commits(t.dir, 3);
    await t.press(KEY.escape, 'n');
    expect(t.frame()).toMatch(/^Not saved yet · Note on Acme Corp: Second ?$/m);
    await t.press(KEY.escape);
    // An empty note is no draft either.
    await t.press('n', KEY.backspace.repeat(6), KEY.enter, 'n');
    expect(t.frame()).toMatch(/^Note on Acme Corp: ?$/m);
  });

  it('a commit that ends while the next note is typed leaves the prompt open with its text, and says how it ended after', async () => {
    const t = mount();
    writeFileSync(join(t.dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nsleep 1\n', { mode: 0o755 });
    await t.press('j', 'n', 'First', KEY.enter, 'y', 'n', 'Second half');
    await commits(t.dir, 2);
    // The review hears of it within a frame or two.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.frame()).toMatch(/^Note on Acme Corp: Second half ?$/m);
    await t.press(KEY.escape);
    await t.until('committed');
  });

  it('outside git the confirmation asks to write, not to commit', async () => {
    const t = mount();
    t.app.unmount();
    rmSync(join(t.dir, '.git'), { recursive: true });
    const outside = mountApp({ dir: t.dir });
    await outside.press('j', 'c');
    expect(outside.frame()).toContain('Write this edit to accounts/acme.yaml? Not in git, so not committed.');
  });
});

describe('n, t, x, p: notes, tasks and projects', () => {
  it('n takes typed text (letters are not keys), offers logging it as a contact, and commits the note', async () => {
    const t = mount();
    await t.press('j', 'n', 'Called Pat: q3 plan, ', 'jjk');
    expect(t.frame()).toContain('Called Pat: q3 plan, jjk');
    await t.press(KEY.backspace, KEY.enter);
    expect(t.frame()).toContain('note by priya: Called Pat: q3 plan, jj');
    await t.press('l');
    // Wrapped to the screen, not cut: read as one text.
    expect(t.frame().replace(/\s+/g, ' ')).toContain('last_activity 2026-11-10 → 2026-11-22');
    expect(t.frame()).toContain('also log as a contact: yes');
    await t.press('y');
    await t.until('committed');
    expect(file(t.dir, 'acme')).toContain('text: "Called Pat: q3 plan, jj"');
    expect(file(t.dir, 'acme')).toContain('last_activity: 2026-11-22');
    expect(log(t.dir)).toHaveLength(2);
  });

  it('a pasted note is text, line breaks and all: nothing after a pasted line break acts as a key', async () => {
    for (const paste of ['\x1b[200~Call with Owen\nyes, they agreed\x1b[201~', 'Call with Owen\ryes, they agreed']) {
      const t = mount();
      await t.press('j', 'n', paste);
      expect(t.frame()).toContain('Call with Owen yes, they agreed');
      await t.press(KEY.enter);
      expect(t.frame()).toContain('note by priya: Call with Owen yes, they agreed');
      expect(log(t.dir)).toEqual(['book']);
      t.app.unmount();
    }
  });

  it('a paste outside a filter or a note does nothing: it is never read as keys', async () => {
    const t = mount();
    await t.press('\x1b[200~jjcyq\x1b[201~');
    expect(t.frame()).toContain('1 of 2');
    expect(t.exits).toEqual([]);
    expect(log(t.dir)).toEqual(['book']);
    await t.press('j');
    expect(t.frame()).toContain('2 of 2');
  });

  it('an escape sequence the review does not know is ignored, typed or pasted: no crash, no letters, nothing in a note', async () => {
    const t = mount();
    // ESC [5m crashed Ink (a Ctrl key with no name); Ctrl-Up (ESC [1;5A) came through as `u` `p`.
    await t.press('\x1b[5m', '\x1b[1;5A', '\x1b[1;5B', 'j');
    expect(t.frame()).toContain('2 of 2');
    expect(t.frame()).not.toMatch(/project|filter/i);
    await t.press('n', 'a\x1b[31mb', KEY.enter);
    expect(t.frame()).toContain('note by priya: ab');
    expect(t.exits).toEqual([]);
  });

  it('a control string in pasted text (a hyperlink, a terminal reply) is nothing, to its end: the note keeps only the text', async () => {
    const t = mount();
    await t.press('n', 'see \x1b]8;;https://x.example/q\x1b\\plan\x1b]8;;\x1b\\ ok\x1b]11;rgb:0/0/0\x07!', KEY.enter);
    expect(t.frame()).toContain('note by priya: see plan ok!');
    t.app.unmount();
    // In a paste, ESC and a letter (a colour code's end) leave the letter; a private-use character is text.
    const w = mount();
    await w.press('n', '\x1b[200~foo\x1bbar \ue000 ok\x1b[201~', KEY.enter);
    expect(w.frame()).toContain('note by priya: foobar \ue000 ok');
    w.app.unmount();
    // A string left unfinished ends at the next escape sequence: the paste's end mark still ends the paste.
    const v = mount();
    await v.press('\x1b[200~see \x1b]8;;https://x.example\x1b[201~');
    await v.press('j');
    expect(v.frame()).toContain('2 of 2');
    v.app.unmount();
    // Esc and `]` pressed one after the other are still Esc (it leaves the detail) and a key.
    const u = mount();
    await u.press(KEY.enter);
    expect(u.frame()).toContain('Categories and traits');
    await u.press(KEY.escape, ']', 'j');
    expect(u.frame()).not.toContain('Categories and traits');
    expect(u.frame()).toContain('2 of 2');
  });

  it('the text being typed shows its end within the line, whatever script the account\'s name is in', async () => {
    const files = demoAccounts((n) => n === 'redfern-foods.yaml');
    const t = mountApp({ files: { ...files, 'accounts/acme.yaml': validAccount.replace('name: Acme Corp', 'name: 株式会社ノヴァテラ地理空間 🌍🚀 Geo') } });
    await t.press('j', 'n', `${Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ')} END`);
    const line = t.frame().split('\n').find((l) => l.startsWith('Note on'))!;
    expect(line).toContain('株式会社');
    expect(line).toMatch(/word29 END ?$/);
    expect(textWidth(line)).toBeLessThanOrEqual(80);
  });

  it('a prompt keeps its whole title while what is typed is short: the due date\'s hint shows', async () => {
    const t = mount();
    await t.press('n', 'short');
    expect(t.frame()).toMatch(/^Note on Redfern Foods: short ?$/m);
    await t.press(KEY.escape, 't', 'Send the 5.3 upgrade guide', KEY.enter);
    expect(t.frame()).toContain('Due date (YYYY-MM-DD or empty) of "Send the 5.3 upgrade guide": 2026-11-29');
    // A date it cannot read keeps the hint whole, whatever was typed.
    await t.press(KEY.backspace.repeat(10), 'next tuesday afternoon please', KEY.enter);
    expect(t.frame()).toMatch(/^Not a date: YYYY-MM-DD, or empty: next tuesday afternoon please ?$/m);
  });

  it('the confirmation shows a long note whole, not cut: what is committed is read before y', async () => {
    const t = mount();
    const note = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    await t.press('n', note, KEY.enter);
    expect(t.frame().replace(/\s+/g, ' ')).toContain(`note by priya: ${note}`);
  });

  it('an edit key with no account listed says why, and how to list one', async () => {
    const t = mount();
    await t.press('/', 'zzz', KEY.enter, 'n');
    expect(t.frame()).toContain('✗ no account matches the filter: / then Esc clears it');
    await t.press('2', 'n');
    expect(t.frame()).toContain('✗ select an account in the Review view (1) first');
  });

  it('Esc and a key read together (typed quickly, or Alt and the key) are the two keys', async () => {
    const t = mount();
    await t.press(KEY.enter);
    expect(t.frame()).toContain('Categories and traits');
    // Esc leaves the detail, then j moves down the list (j alone would scroll the detail).
    await t.press('\x1bj');
    expect(t.frame()).not.toContain('Categories and traits');
    expect(t.frame()).toContain('2 of 2');
  });

  it('Alt and a key while a note is typed is nothing: it neither cancels the note nor quits', async () => {
    const t = mount();
    await t.press('n', 'hello', '\x1bq', '\x1ba', ' there');
    expect(t.exits).toEqual([]);
    expect(t.frame()).toMatch(/^Note on Redfern Foods: hello there ?$/m);
  });

  it('with --no-commit an edit is written and not committed, and the confirmation and the message say so', async () => {
    const t = mountApp({ files: demoAccounts((n) => n === 'redfern-foods.yaml'), noCommit: true });
    await t.press('j', 'n', 'Called Pat', KEY.enter);
    expect(t.frame()).toContain('With --no-commit, so not committed.');
    await t.press('y');
    await t.until('written, not committed (--no-commit)');
    expect(file(t.dir, 'acme')).toContain('Called Pat');
    expect(log(t.dir)).toEqual(['book']);
  });

  it('n by someone who is no member of the team: the note is refused, saying how to sign one', async () => {
    const t = mountApp({ files: demoAccounts((n) => n === 'redfern-foods.yaml'), me: null });
    await t.press('j', 'n', 'Called Pat', KEY.enter);
    await t.until('who wrote this note?');
    expect(t.frame()).toContain('git user.email');
    expect(log(t.dir)).toEqual(['book']);
  });

  it('t asks for the title then the due date (a week out unless changed) and commits the task', async () => {
    const t = mount();
    await t.press('j', 't', 'Send the upgrade guide', KEY.enter);
    expect(t.frame()).toContain('Due date (YYYY-MM-DD or empty) of "Send the upgrade guide"');
    expect(t.frame()).toContain('2026-11-29');
    await t.press(KEY.backspace, '8', KEY.enter);
    expect(t.frame()).toContain('task "Send the upgrade guide" due 2026-11-28');
    await t.press('y');
    await t.until('committed');
    expect(log(t.dir)[0]).toBe('acme: task "Send the upgrade guide" due 2026-11-28');
  });

  it('x completes an open task chosen by its number, as vitals task --done N counts', async () => {
    const t = mount();
    await t.press('x');
    const options = t.frame().split('\n').filter((l) => /^[ ▶] +\d +/.test(l));
    expect(options.map((l) => /\d+/.exec(l)![0])).toEqual(['2', '3']);
    await t.press('j', KEY.enter);
    expect(t.frame()).toContain('task 3 done: "Find the post-merger budget owner with the AE"');
    await t.press('y');
    await t.until('committed');
    expect(file(t.dir, 'redfern-foods')).toMatch(/Find the post-merger budget owner with the AE", due: 2026-11-12, done: true/);
  });

  it('p starts a project a scenario suggests: all its tasks with due dates, one commit', async () => {
    const t = mount();
    const tagged = () => file(t.dir, 'redfern-foods').match(/project: get_well/g)?.length ?? 0;
    const before = tagged();
    await t.press('p');
    expect(t.frame()).toContain('Start a project on Redfern Foods');
    expect(t.frame()).toContain('Get Well plan (7 tasks)');
    await t.press(KEY.enter);
    expect(t.frame()).toContain('task "Initial inspection of the account" due 2026-11-22');
    // At 80×24 the confirmation is longer than the screen: it scrolls to the commit message's end.
    expect(t.frame()).not.toContain('Vitals-Account: redfern-foods');
    await t.press('G');
    expect(t.frame()).toContain('Vitals-Account: redfern-foods');
    expect(t.frame()).toContain('- task "Review the plan - continue or close" due 2026-12-27');
    await t.press('y');
    await t.until('committed');
    expect(log(t.dir)).toHaveLength(2);
    expect(log(t.dir)[0]).toBe('redfern-foods: project Get Well plan (7 tasks)');
    expect(file(t.dir, 'redfern-foods').match(/Weekly Get Well status update/g)).toHaveLength(4);
    // Each task names its template, so the scenario that suggested it now reads as under way.
    expect(tagged()).toBe(before + 7);
  });

  it('says why when there is nothing to do: no project suggested', async () => {
    const t = mount();
    await t.press('j', 'p');
    expect(t.frame()).toContain('✗ no scenario of acme suggests a project');
  });

  it('with playbooks/projects.yaml broken, still reviews and scores, and p says that file is why', async () => {
    const t = mountApp({ files: { ...demoAccounts((n) => n === 'redfern-foods.yaml'), 'playbooks/projects.yaml': 'projects:\n  - id: [\n' } });
    expect(t.selectedRow()).toContain('Redfern Foods');
    expect(t.selectedRow()).toMatch(/red\s+Redfern Foods\s+\d+\.\d/);
    await t.press('p');
    expect(t.frame()).toContain('✗ no project to start: playbooks/projects.yaml does not load (see 4 Problems)');
    await t.press('4');
    expect(t.frame()).toContain('playbooks/projects.yaml:');
  });
});
