import { describe, expect, it } from 'vitest';
import type { DashboardRow } from '../../src/review/dashboard.js';
import { appReducer, initialState, type Action } from '../../src/tui/state/app-reducer.js';
import type { AppState } from '../../src/tui/state/app-state.js';

function row(id: string, name: string, score: number, extra: Partial<DashboardRow> = {}): DashboardRow {
  return {
    score: { id, name, owner: 'priya', segment: 'enterprise', effective_segment: 'enterprise', stage: 'adopting', score, color: score < 33 ? 'red' : score < 66 ? 'yellow' : 'green', coverage: 1, categories: {}, traits: {}, scenarios: [], days_until_renewal: 1000 - score },
    previousScore: null,
    previousColor: null,
    daysSinceContact: null,
    flags: [],
    renewalAtRisk: false,
    ...extra,
  };
}

const ROWS = Array.from({ length: 50 }, (_, i) => row(`a${String(i).padStart(2, '0')}`, `Account ${String(i).padStart(2, '0')}`, i * 2));
const run = (actions: Action[], state: AppState = initialState(ROWS, 80, 24)) => actions.reduce(appReducer, state);

describe('the app reducer (no terminal)', () => {
  it('moves the selection and scrolls the list just enough to show it', () => {
    const s = run(Array.from({ length: 20 }, () => ({ type: 'move', delta: 1 }) as Action));
    expect(s.cursor).toBe(20);
    expect(s.selected).toBe('a20');
    // 80×24: 18 rows; row 20 is the last on screen.
    expect(s.top).toBe(3);
    expect(run([{ type: 'move', delta: -100 }], s)).toMatchObject({ cursor: 0, top: 0, selected: 'a00' });
  });

  it('another owner\'s book opens its views at their tops', () => {
    const s = run([{ type: 'view', view: 'changes' }, { type: 'move', delta: 5, limit: 40 }, { type: 'view', view: 'agenda' }, { type: 'move', delta: 3, limit: 40 }]);
    expect(s.scroll).toMatchObject({ changes: 5, agenda: 3 });
    expect(run([{ type: 'book' }], s).scroll).toMatchObject({ changes: 0, agenda: 0 });
  });

  it('pages by a screen less one row and jumps to either end', () => {
    expect(run([{ type: 'page', direction: 1 }]).cursor).toBe(17);
    expect(run([{ type: 'jump', to: 'last' }])).toMatchObject({ cursor: 49, top: 32 });
    expect(run([{ type: 'jump', to: 'last' }, { type: 'page', direction: -1 }]).cursor).toBe(32);
  });

  it('filters as typed, keeps the selection on an account still listed, and clears on Esc', () => {
    let s = run([{ type: 'move', delta: 12 }, { type: 'filter' }, { type: 'type', text: '1' }]);
    expect(s.rows.map((r) => r.score.id)).toEqual(['a01', 'a10', 'a11', 'a12', 'a13', 'a14', 'a15', 'a16', 'a17', 'a18', 'a19', 'a21', 'a31', 'a41']);
    expect(s.selected).toBe('a12');
    s = run([{ type: 'type', text: '9' }], s);
    expect(s.rows.map((r) => r.score.id)).toEqual(['a19']);
    expect(s.selected).toBe('a19');
    s = run([{ type: 'erase' }, { type: 'erase' }, { type: 'type', text: 'account 3' }, { type: 'keep-filter' }], s);
    expect(s.filter).toBe('account 3');
    expect(s.mode.kind).toBe('normal');
    s = run([{ type: 'back' }], s);
    expect(s.filter).toBe('');
    expect(s.rows).toHaveLength(50);
  });

  it('takes text without control characters or line breaks (a paste into a note is one line)', () => {
    const s = run([{ type: 'text', purpose: 'note', title: 'Note', account: 'a01' }, { type: 'type', text: 'a\x1b[31mb\r\nc' }]);
    expect(s.mode).toMatchObject({ kind: 'text', text: 'a[31mb c' });
  });

  it('cycles the sort: risk, score, Δ, renewal, name', () => {
    const sorts = [];
    let s = initialState(ROWS, 80, 24);
    for (let i = 0; i < 5; i++) sorts.push((s = appReducer(s, { type: 'sort' })).sort);
    expect(sorts).toEqual(['score', 'Δ', 'renewal', 'name', 'risk']);
    const byRenewal = run([{ type: 'sort' }, { type: 'sort' }, { type: 'sort' }]);
    expect(byRenewal.rows[0]!.score.id).toBe('a49');
  });

  it('keeps the selection on the account when new rows arrive (after an edit)', () => {
    const s = run([{ type: 'move', delta: 5 }]);
    const reordered = [ROWS[5]!, ...ROWS.filter((_, i) => i !== 5)];
    expect(run([{ type: 'rows', rows: reordered }], s)).toMatchObject({ cursor: 0, selected: 'a05' });
  });

  it('Esc closes the innermost thing first: a pick, then the detail, then the filter', () => {
    let s = run([{ type: 'filter' }, { type: 'type', text: 'Account' }, { type: 'keep-filter' }, { type: 'open' }, { type: 'pick', purpose: 'trait', title: 't', options: [{ label: 'x', value: 'x' }], account: 'a00' }]);
    expect(s.mode.kind).toBe('pick');
    s = run([{ type: 'back' }], s);
    expect(s).toMatchObject({ mode: { kind: 'normal' }, detail: true, message: { text: 'cancelled: nothing was changed' } });
    s = run([{ type: 'back' }], s);
    expect(s).toMatchObject({ detail: false, filter: 'Account' });
    expect(run([{ type: 'back' }], s).filter).toBe('');
  });

  it('scrolls the detail when it has the focus, within its lines', () => {
    const s = run([{ type: 'open' }, { type: 'move', delta: 5, limit: 3 }]);
    expect(s.scroll.detail).toBe(3);
    expect(s.cursor).toBe(0);
  });

  it('erases what a person sees as one character: an emoji with its skin tone, a letter with its accent', () => {
    const s = run([{ type: 'filter' }, { type: 'type', text: 'ok 👍🏽e\u0301' }, { type: 'erase' }]);
    expect(s.mode).toMatchObject({ kind: 'filter', text: 'ok 👍🏽' });
    expect(run([{ type: 'erase' }], s).mode).toMatchObject({ kind: 'filter', text: 'ok ' });
  });

  it('gives the detail the keys when a resize leaves no room for the list beside it', () => {
    const wide = run([{ type: 'open' }, { type: 'next-pane' }], initialState(ROWS, 160, 48));
    expect(wide.focus).toBe('list');
    const narrow = run([{ type: 'resize', width: 100, height: 30 }, { type: 'move', delta: 2, limit: 10 }], wide);
    expect(narrow.focus).toBe('detail');
    expect(narrow.cursor).toBe(0);
    expect(narrow.scroll.detail).toBe(2);
  });

  it('opens pick lists on the given option and keeps the cursor inside them', () => {
    const options = ['a', 'b', 'c'].map((v) => ({ label: v, value: v }));
    let s = run([{ type: 'pick', purpose: 'value', title: 'v', options, cursor: 2, account: 'a00' }]);
    expect(s.mode).toMatchObject({ cursor: 2 });
    s = run([{ type: 'move', delta: 5 }], s);
    expect(s.mode).toMatchObject({ cursor: 2 });
    s = run([{ type: 'jump', to: 'first' }], s);
    expect(s.mode).toMatchObject({ cursor: 0 });
  });
});
