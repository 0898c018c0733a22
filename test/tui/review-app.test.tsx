import { textWidth } from '../../src/util/text-width.js';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitBook } from '../edit/git-book.js';
import { demoAccounts, KEY, mountApp } from './harness.js';
import { validAccount, vitals } from '../helpers/book.js';
import { memoryHistory } from './memory-history.js';
import type { ReviewHistory } from '../../src/history/review-history.js';

afterEach(() => cleanup());

describe('the Review view', () => {
  it('opens on the book sorted by risk with the place, view, sort and keys in the status bar', async () => {
    const t = mountApp();
    const lines = t.frame().split('\n');
    expect(lines[0]).toContain('weekly review · as of 2026-11-22 · everyone: 45 accounts');
    // Red and yellow renewals first, as one group, the nearest renewal first (SPEC §6).
    expect(t.selectedRow()).toMatch(/^▶!◆ yellow\s+Northcastle Mutual.*71d/);
    const at = (name: string) => lines.findIndex((l) => l.includes(name));
    expect([at('Northcastle'), at('Emberly'), at('Novaterra'), at('Redfern')]).toEqual([3, 4, 5, 6]);
    expect(lines.at(-1)).toMatch(/Review · 1 of 45 · sort risk · everyone/);
    // A frame is one line shorter than the terminal (Ink clears the screen for a full-height frame).
    expect(lines).toHaveLength(23);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('moves with j/k and the arrows, and counts every key of a chunk ("jjjj" is four moves)', async () => {
    const t = mountApp();
    await t.press('j', KEY.down);
    expect(t.frame()).toContain('3 of 45');
    await t.press('jjjj');
    expect(t.frame()).toContain('7 of 45');
    await t.press('k', KEY.up);
    expect(t.frame()).toContain('5 of 45');
  });

  it('pages and jumps to the last and the first row, keeping the selection on screen', async () => {
    const t = mountApp();
    await t.press(KEY.pageDown);
    expect(t.frame()).toContain('18 of 45');
    await t.press('G');
    expect(t.frame()).toContain('45 of 45');
    expect(t.selectedRow()).not.toBe('');
    await t.press(KEY.pageUp);
    expect(t.frame()).toContain('28 of 45');
    await t.press('g');
    expect(t.frame()).toContain('1 of 45');
    expect(t.selectedRow()).toContain('Northcastle Mutual');
  });

  it('shows an unknown colour\'s coverage, not a score that rests on too little data, as the text dashboard does', async () => {
    const t = mountApp();
    await t.press('/', 'vantorra');
    expect(t.selectedRow()).toMatch(/\? unknown +Vantorra.* – \d+% /);
  });

  it('shows flag letters rather than words cut at the edge when the words do not fit', async () => {
    const many = validAccount.replace('Acme Corp', 'Many Flags').replace('contacts:', 'flags: { red_account: { since: 2026-11-01, reason: "y" }, expansion_opportunity: true }\noverride: { color: red, reason: "x", until: 2026-12-31 }\ncontacts:');
    const t = mountApp({ files: { 'accounts/many-flags.yaml': many }, width: 100, height: 30 });
    await t.press('/', 'many');
    expect(t.selectedRow()).toMatch(/Many Flags.* ROE\s*$/);
    expect(t.selectedRow()).not.toContain('…');
  });

  it('flags an expansion opportunity with the text dashboard\'s letter', async () => {
    const t = mountApp();
    await t.press('/', 'kestrel');
    expect(t.selectedRow()).toMatch(/Kestrel Aerospace.* E\s*$/);
  });

  it('renders only the rows that fit', async () => {
    const t = mountApp();
    const rows = t.frame().split('\n').filter((l) => /^[ ▶][ !][▼◆●?] /.test(l));
    expect(rows).toHaveLength(18);
  });

  it('filters by name or id as you type; Enter keeps the filter, Esc clears it', async () => {
    const t = mountApp();
    await t.press('/', 'o', 'r', 'c');
    expect(t.frame()).toContain('1 of 1');
    expect(t.selectedRow()).toContain('Orchid Health');
    expect(t.frame()).toContain('/orc');
    await t.press(KEY.backspace, KEY.backspace);
    // The selection stays on Orchid Health, which "o" still lists.
    expect(t.frame()).toMatch(/\d+ of 32 · sort risk · filter "o"/);
    expect(t.selectedRow()).toContain('Orchid Health');
    await t.press('r', 'c', KEY.enter);
    expect(t.frame()).toContain('filter "orc"');
    // Kept: keys are commands again.
    await t.press('j');
    expect(t.frame()).toContain('1 of 1');
    await t.press(KEY.escape);
    expect(t.frame()).toMatch(/\d+ of 45/);
    expect(t.selectedRow()).toContain('Orchid Health');
  });

  it('measures a filter of wide characters in columns: the status bar keeps its keys whole', async () => {
    const t = mountApp();
    await t.press('/', '日本');
    const status = t.frame().split('\n').at(-1)!;
    expect(status).toContain('filter "日本"');
    expect(status.trimEnd()).toMatch(/│ Enter keeps$/);
    expect(textWidth(status)).toBeLessThanOrEqual(80);
  });

  it('takes a pasted filter as text, even letters that are keys', async () => {
    const t = mountApp();
    await t.press('/', 'quillon');
    expect(t.frame()).toContain('filter "quillon"');
    expect(t.selectedRow()).toContain('Quillon Labs');
    await t.press(KEY.escape);
    expect(t.frame()).toMatch(/\d+ of 45 · sort risk · everyone/);
  });

  it('cycles the sort and keeps the selection on the same account', async () => {
    const t = mountApp();
    await t.press('j', 'j');
    const account = t.selectedRow().slice(12, 30).trim();
    await t.press('s');
    expect(t.frame()).toContain('sort score');
    expect(t.selectedRow()).toContain(account);
    await t.press('s', 's', 's');
    expect(t.frame()).toContain('sort name');
    await t.press('g');
    expect(t.frame().split('\n')[3]).toContain('Acme Corp');
    await t.press('s');
    expect(t.frame()).toContain('sort risk');
  });

  it('switches whose book it shows: mine, everyone, an owner', async () => {
    const t = mountApp();
    await t.press('o');
    expect(t.frame()).toContain('Whose book');
    expect(t.frame()).toContain('mine (priya)');
    // The list opens on whose book is shown now (everyone); mine is first.
    await t.press('k', KEY.enter);
    expect(t.frame()).toContain("priya's book: 12 accounts");
    expect(t.frame()).toContain('1 of 12');
    await t.press('o', 'j', 'j', KEY.enter);
    expect(t.frame()).toContain("marco's book: 11 accounts");
    await t.press('o', 'j', KEY.escape);
    expect(t.frame()).toContain("marco's book");
    await t.press('o', 'g', 'j', KEY.enter);
    expect(t.frame()).toContain('everyone: 45 accounts');
    // Only TAs own accounts: the AEs, CEs and the manager are not offered.
    await t.press('o');
    const offered = t.frame().split('\n').filter((l) => /^[ ▶] +(\w+ \(|everyone)/.test(l)).map((l) => l.trim().replace(/^▶ /, '').split(' ')[0]);
    expect(offered).toEqual(['mine', 'everyone', 'marco', 'hana', 'theo']);
  });

  it('shows the help from the keymap and closes it with Esc or ?', async () => {
    const t = mountApp();
    await t.press('?');
    // The letters of the text dashboard's legend, one meaning each: P is problems in the file, D a passed renewal.
    expect(t.frame()).toContain('flags: C colour changed · O override · G guardrail');
    expect(t.frame()).toContain('D renewal passed · S stale · R red account');
    expect(t.frame()).toContain('E expansion · F flag · P problems');
    expect(t.frame()).toContain('move down');
    await t.press('G');
    expect(t.frame()).toContain('commit the edit');
    await t.press('k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k');
    expect(t.frame()).toContain('edit a manual trait');
    await t.press(KEY.escape);
    expect(t.frame()).toContain('1 of 45');
    await t.press('?', '?');
    expect(t.frame()).not.toContain('move down');
  });

  it('quits with q (0) and Ctrl-C (130)', async () => {
    const t = mountApp();
    await t.press('q');
    await t.press(KEY.ctrlC);
    expect(t.exits).toEqual([0, 130]);
  });

  it('says so in one line below 80×24, whole at 60 columns', () => {
    const t = mountApp({ width: 60, height: 20 });
    expect(t.frame()).toBe('60×20 is too small: vitals needs 80×24. q quits.');
  });

  it('below 80×24 only q and Ctrl-C act: no edit happens on a screen that cannot show it', async () => {
    const t = mountApp({ width: 60, height: 20 });
    await t.press('c', 'y', 'j');
    await t.resize(80, 24);
    expect(t.frame()).toContain('1 of 45');
    expect(t.frame()).not.toContain('Confirm');
    await t.press('q');
    expect(t.exits).toEqual([0]);
    // Esc and q read together quit there too.
    const u = mountApp({ width: 60, height: 20 });
    await u.press('\x1bq');
    expect(u.exits).toEqual([0]);
  });

  it('re-lays out at a new size', () => {
    const t = mountApp({ width: 120, height: 32 });
    const lines = t.frame().split('\n');
    expect(lines).toHaveLength(31);
    expect(lines.filter((l) => /^[ ▶][ !][▼◆●?] /.test(l))).toHaveLength(26);
    // Wide enough for the flags as words.
    expect(lines.join('\n')).toMatch(/Grayfin Security.*guardrail/);
  });
});

describe('problems in a file', () => {
  it('flag the row (P) and lead the detail, in the engine’s words', async () => {
    const t = mountApp();
    await t.press('/', 'tidewell', KEY.enter);
    expect(t.selectedRow()).toMatch(/Tidewell Logistics.*-12d.*P/);
    await t.press(KEY.enter);
    expect(t.frame()).toContain('! renewal date passed: update the contract');
  });
});

describe('the detail', () => {
  it('opens on Enter with categories, traits, scenarios, tasks and notes, and closes on Esc', async () => {
    const t = mountApp();
    await t.press(KEY.enter);
    const f = t.frame();
    expect(f).toContain('Northcastle Mutual');
    expect(f).toContain('Categories and traits');
    expect(f).toContain('ce_pulse');
    // As explain says it: the points shown are rounded, and what they add up to.
    const tall = mountApp({ height: 60 });
    await tall.press(KEY.enter);
    expect(tall.frame()).toMatch(/points add up to the score: \d+\.\d/);
    await t.press('G');
    expect(t.frame()).toMatch(/What to do|Open tasks|Recent notes|Weekly score/);
    expect(t.frame()).toContain('no history');
    await t.press(KEY.escape);
    expect(t.selectedRow()).toContain('Northcastle Mutual');
  });

  it('says history is being read while it is, and lists the account\'s flags with since and why', async () => {
    const flagged = validAccount.replace('contacts:', 'flags: { red_account: { since: 2026-11-01, reason: "champion left" }, exec_watch: true }\ncontacts:');
    const never: ReviewHistory = { lastWeek: () => new Promise(() => {}), weeklyScores: () => new Promise(() => {}), log: () => new Promise(() => {}) };
    const t = mountApp({ files: { 'accounts/acme.yaml': flagged }, history: never, height: 60 });
    await t.press(KEY.enter, 'G');
    const f = t.frame();
    expect(f).toMatch(/Flags\n  red account since 2026-11-01: champion left\n  exec watch\n/);
    expect(f).toMatch(/Weekly score\n  reading history…/);
    expect(f).not.toContain('no history');
  });

  it('keeps room for the sparklines while history is read, so the names do not jump when it comes', async () => {
    const never: ReviewHistory = { lastWeek: () => new Promise(() => {}), weeklyScores: () => new Promise(() => {}), log: () => new Promise(() => {}) };
    const reading = mountApp({ history: never });
    const read = mountApp({ history: memoryHistory({}) });
    await read.press('j', 'k');
    expect(reading.frame()).toContain('12 weeks');
    expect(reading.selectedRow()).toBe(read.selectedRow());
  });

  it('reads a chunk of keys in order: Enter then G in one read opens the detail at its end', async () => {
    const t = mountApp();
    await t.press('\rG');
    expect(t.frame()).toContain('Weekly score');
  });

  it('shows a note written on several lines as its lines, never as escapes', async () => {
    const note = 'notes:\n  - date: 2026-11-20\n    author: priya\n    text: |\n      Call with Pat:\n      budget holds\n      renewal on track\n';
    const t = mountApp({ files: { 'accounts/acme.yaml': `${validAccount}${note}` } });
    await t.press(KEY.enter, 'G');
    const lines = t.frame().split('\n');
    const at = lines.findIndex((l) => l.includes('2026-11-20 priya: Call with Pat:'));
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at + 1, at + 3)).toEqual(['    budget holds', '    renewal on track']);
    expect(t.frame()).not.toContain('\\x0a');
  });

  it('at 80 columns cuts nothing that matters: a long name leaves the id and owner a line, a long task keeps its due date', async () => {
    const name = 'Umberlight Holographic Entertainment Worldwide Limited Partnership';
    const task = 'tasks:\n  - { title: Bring manual traits up to date so the health colour is right, due: 2026-11-20, done: false }\n';
    const t = mountApp({ files: { 'accounts/acme.yaml': `${validAccount.replace('name: Acme Corp', `name: ${name}`)}${task}` } });
    await t.press(KEY.enter);
    const lines = t.frame().split('\n');
    const at = lines.findIndex((l) => l.startsWith(name));
    expect(lines[at + 1]).toBe('acme · priya · enterprise · nurturing');
    await t.press('G');
    expect(t.frame().replace(/\s+/g, ' ')).toContain('1 Bring manual traits up to date so the health colour is right due 2026-11-20 (overdue)');
  });

  it('lists recent notes newest first by their dates, however the file orders them', async () => {
    const notes = 'notes:\n  - { date: 2026-11-20, author: priya, text: newest }\n  - { date: 2026-10-01, author: priya, text: oldest }\n';
    const t = mountApp({ files: { 'accounts/acme.yaml': `${validAccount}${notes}` } });
    await t.press(KEY.enter, 'G');
    const f = t.frame();
    expect(f.indexOf('2026-11-20 priya: newest')).toBeGreaterThan(-1);
    expect(f.indexOf('2026-11-20 priya: newest')).toBeLessThan(f.indexOf('2026-10-01 priya: oldest'));
  });

  it('sits beside the list when the terminal is wide, and Tab moves between them', async () => {
    const t = mountApp({ width: 160, height: 48 });
    await t.press(KEY.enter);
    expect(t.frame().split('\n')[2]).toMatch(/flags\s*│Northcastle Mutual/);
    // The detail has the focus: j scrolls it, the selection stays.
    await t.press('j');
    expect(t.frame()).toContain('1 of 45');
    await t.press(KEY.tab, 'j');
    expect(t.frame()).toContain('2 of 45');
    expect(t.frame().split('\n')[2]).toMatch(/│Emberly/);
  });
});

describe('history', () => {
  it('fills in last week, sparklines, the Changes view and the trend once its promises resolve', async () => {
    const history = memoryHistory({
      lastWeek: { date: '2026-11-15', scores: [] },
      weekly: new Map([['northcastle-insurance', [90, 80, 70, 60, 50, 40, 30, 20, 20, 15, 15, 15, 57.9]]]),
      log: [
        { date: '2026-11-02', commit: 'abc', author: 'Priya', account: 'redfern-foods', from: 'yellow', to: 'red', score_before: 40, score_after: 20, cause: 'data', changes: [{ trait: 'ce_pulse', from: 'concerning', to: 'poor' }] },
        { date: '2026-11-20', commit: 'def', author: null, account: 'emberly', from: 'green', to: 'yellow', score_before: 70, score_after: 62, cause: 'time', changes: [] },
      ],
    });
    const t = mountApp({ history });
    await t.until('12 weeks');
    expect(t.selectedRow()).toMatch(/Northcastle Mu…\s+57\.9\s+[▁-█ ]+/);
    await t.press('3');
    await t.until('Emberly');
    const lines = t.frame().split('\n');
    const emberly = lines.findIndex((l) => l.includes('Emberly'));
    const redfern = lines.findIndex((l) => l.includes('Redfern'));
    expect(emberly).toBeLessThan(redfern);
    expect(t.frame()).toMatch(/Changes/);
    await t.press('1', KEY.enter, 'G');
    await t.until('100 │');
    // The list's sparkline is 12 weeks; the chart says what its 13 points are.
    expect(t.frame()).toContain('Weekly score: the last 12 Sundays and today');
  });

  it('says in the Changes view why history could not be read, and draws the review without it', async () => {
    const why = () => Promise.reject(new Error('git 2.25.1 is too old: update it to 2.31 or later'));
    const t = mountApp({ history: { lastWeek: why, weeklyScores: why, log: why } });
    await t.until('no history a week back');
    expect(t.selectedRow()).toMatch(/Northcastle Mutual/);
    await t.press('3');
    await t.until('too old');
    expect(t.frame()).toContain('no history: git 2.25.1 is too old: update it to 2.31 or later');
  });

  it('the Changes view of one owner\'s book lists an account removed since, by its last owner', async () => {
    const history = memoryHistory({
      lastWeek: { date: '2026-11-15', scores: [] },
      weekly: new Map(),
      log: [
        { date: '2026-11-10', commit: 'abc', author: 'Priya', account: 'gone-co', owner: 'priya', from: 'green', to: 'none', score_before: 80, score_after: null, cause: 'removed', changes: [] },
        { date: '2026-11-11', commit: 'def', author: 'Marco', account: 'elsewhere-co', owner: 'marco', from: 'green', to: 'none', score_before: 80, score_after: null, cause: 'removed', changes: [] },
      ],
    });
    const t = mountApp({ history, owner: 'priya' });
    await t.until('12 weeks');
    await t.press('3');
    await t.until('gone-co');
    expect(t.frame()).toMatch(/gone-co +● green 80\.0 +→ · none +removed/);
    expect(t.frame()).not.toContain('elsewhere-co');
  });

  it('says "no history" plainly without one', async () => {
    const t = mountApp();
    expect(t.frame()).toContain('no history a week back');
    await t.press('3');
    expect(t.frame()).toContain('no history');
  });
});

describe('the other views', () => {
  it('2 shows this week’s agenda, 4 the problems, 1 the review again', async () => {
    const t = mountApp({ files: { 'accounts/broken.yaml': 'name: [unclosed\n', ...(await import('./harness.js')).demoAccounts((n) => n < 'c') } });
    await t.press('2');
    expect(t.frame()).toContain('Agenda');
    expect(t.frame()).toMatch(/Week \d+ of 2026/);
    await t.press('4');
    expect(t.frame()).toContain('Problems');
    expect(t.frame()).toMatch(/accounts\/broken\.yaml:\d+:\d+/);
    await t.press('1');
    expect(t.frame()).toContain('Review · 1 of');
  });

  it('says as it opens that an account file does not load, since it is in no row or count', async () => {
    const t = mountApp({ files: { 'accounts/broken.yaml': 'name: [unclosed\n', ...(await import('./harness.js')).demoAccounts((n) => n < 'c') } });
    expect(t.frame().replace(/\s+/g, ' ')).toContain('1 account file does not load, so it is in no row or count: 4 Problems says why');
    await t.press('j');
    expect(t.frame()).not.toContain('does not load');
  });

  it('2 names and counts the agenda\'s parts as vitals agenda does', async () => {
    const t = mountApp({ owner: 'priya' });
    await t.press('2');
    // The whole view, a page at a time.
    let screen = '';
    for (let page = 0; page < 10; page++, await t.press(KEY.pageDown)) screen += t.frame();
    const cli = (await vitals(['agenda', '--repo', t.dir, '--owner', 'priya', '--as-of', '2026-11-22'])).stdout;
    for (const title of ['Manual traits to confirm (no review in the 30 days to Sunday)', 'Customer business reviews due (none in 91 days)']) {
      // Written as the CLI writes it: "title: N".
      const tui = new RegExp(`${title.replace(/[()]/g, '\\$&')}: (\\d+)`).exec(screen)?.[1];
      const text = new RegExp(`${title.replace(/[()]/g, '\\$&')}: (\\d+)`).exec(cli)?.[1];
      expect(tui, title).toBeDefined();
      expect(tui, title).toBe(text);
    }
  });

  it('2 shows every trait to confirm at 80 columns, the list wrapped under itself rather than cut', async () => {
    const t = mountApp({ owner: 'priya' });
    await t.press('2');
    let screen = '';
    for (let page = 0; page < 10; page++, await t.press(KEY.pageDown)) screen += `${t.frame()}\n`;
    const part = screen.slice(screen.indexOf('Manual traits to confirm'), screen.indexOf('Customer business reviews due'));
    const cli = (await vitals(['agenda', '--repo', t.dir, '--owner', 'priya', '--as-of', '2026-11-22'])).stdout;
    const cliPart = cli.slice(cli.indexOf('Manual traits to confirm'), cli.indexOf('Customer business reviews due'));
    const traits = (text: string) => [...new Set(text.match(/[a-z_]+ \((?:never|\d{4}-\d\d-\d\d)\)/g))].length;
    expect(traits(part)).toBe(traits(cliPart));
    expect(traits(part)).toBeGreaterThan(6);
    expect(part).not.toContain('…');
    expect(Math.max(...screen.split('\n').map((l) => textWidth(l)))).toBeLessThanOrEqual(80);
  });

  it('4 lists the accounts\' warnings with their places, as validate does, not only the errors', async () => {
    const t = mountApp();
    await t.press('4');
    const text = t.frame().split('\n').map((l) => l.trim()).join(' ');
    expect(text).toMatch(/Problems: 0 errors, 3 warnings/);
    expect(text).toMatch(/! warning accounts\/tidewell-logistics\.yaml:\d+:\d+ renewal date passed: update the contract/);
  });

  it('with playbooks that do not load says so, not "no accounts", and 4 shows why', async () => {
    const dir = gitBook(demoAccounts((n) => n < 'c'));
    writeFileSync(join(dir, 'playbooks', 'calendar.yaml'), 'quarters: [\n');
    const t = mountApp({ dir });
    expect(t.frame()).toContain('nothing scored: the playbooks do not load (4: Problems)');
    await t.press('4');
    expect(t.frame()).toMatch(/✗ error +playbooks\/calendar\.yaml:\d+:\d+/);
  });

  it('4 shows each problem whole, its message wrapped under its place', async () => {
    const typo = validAccount.replace('ce_pulse: healthy', 'ce_pulse: helthy');
    const t = mountApp({ files: { 'accounts/typo.yaml': typo, ...(await import('./harness.js')).demoAccounts((n) => n < 'c') } });
    await t.press('4');
    const text = t.frame().split('\n').map((l) => l.trim()).join(' ');
    expect(text).toMatch(/accounts\/typo\.yaml:\d+:\d+ "helthy" is not one of .*did you mean "healthy"/);
    expect(Math.max(...t.frame().split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});
