import { describe, expect, test } from 'vitest';
import { HistoryMemo } from '../../src/history/history-memo.js';

const BLOB = 'a'.repeat(40);
const TEXT = "name: Acme\nowner: hana\nsegment: enterprise\narr: 120000\nseats: 40\ncontract:\n  close_date: '2025-01-15'\n  renewal_date: '2027-01-15'\n";

/** A memo over one blob, counting how often git is asked for it. */
function memoOfOneBlob() {
  const asked: string[] = [];
  const memo = new HistoryMemo('/nowhere', {
    read: async (sha) => {
      asked.push(sha);
      return sha === BLOB ? Buffer.from(TEXT) : undefined;
    },
    close() {},
  });
  return { memo, asked };
}

describe('HistoryMemo', () => {
  test('the same bytes under another file name are another account; in another folder, the same one', async () => {
    const { memo, asked } = memoOfOneBlob();
    const acme = await memo.account('accounts/acme.yaml', BLOB);
    const copy = await memo.account('accounts/acme-copy.yaml', BLOB);
    const moved = await memo.account('accounts/emea/acme.yaml', BLOB);
    expect('entry' in acme && acme.entry.id).toBe('acme');
    expect('entry' in copy && copy.entry.id).toBe('acme-copy');
    // A move between group folders keeps the version read (its entry names where it was read).
    expect(moved).toBe(acme);
    expect(asked).toEqual([BLOB, BLOB]);
    // Asked again, each name answers from the memo.
    expect(await memo.account('accounts/acme-copy.yaml', BLOB)).toBe(copy);
    expect(await memo.account('accounts/acme.yaml', BLOB)).toBe(acme);
    expect(asked).toHaveLength(2);
  });

  test('a version forgotten under one name is read again, while the other name keeps its own', async () => {
    const { memo, asked } = memoOfOneBlob();
    const acme = await memo.account('accounts/acme.yaml', BLOB);
    const copy = await memo.account('accounts/acme-copy.yaml', BLOB);
    memo.forget('accounts/acme-copy.yaml', BLOB);
    expect(await memo.account('accounts/acme.yaml', BLOB)).toBe(acme);
    const again = await memo.account('accounts/acme-copy.yaml', BLOB);
    expect(again).not.toBe(copy);
    expect('entry' in again && again.entry.id).toBe('acme-copy');
    memo.forget('accounts/acme.yaml', BLOB);
    expect(await memo.account('accounts/acme.yaml', BLOB)).not.toBe(acme);
    expect(asked).toHaveLength(4);
  });

  test('a blob git does not have is a problem of that version, named by its id', async () => {
    const { memo } = memoOfOneBlob();
    const missing = await memo.account('accounts/acme.yaml', 'b'.repeat(40));
    expect('problems' in missing && missing.problems.map((p) => p.message)).toEqual([`blob ${'b'.repeat(40)} is missing from the repository`]);
  });
});
