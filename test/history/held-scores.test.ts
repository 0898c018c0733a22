import { describe, expect, test } from 'vitest';
import { HeldScores } from '../../src/history/held-scores.js';
import { HistoryMemo } from '../../src/history/history-memo.js';
import { AS_OF, entry, shippedPlaybooks } from '../engine/fixtures.js';

describe('HeldScores', () => {
  test('a model remembered again and a new one are told apart: a score held under one is not reused under the other', async () => {
    const memo = new HistoryMemo('/nowhere', { read: async () => undefined, close() {} });
    const shipped = new Map([['playbooks/health-score.yaml', 'a'.repeat(40)]]);
    const strict = new Map([['playbooks/health-score.yaml', 'c'.repeat(40)]]);
    const strictPlaybooks = shippedPlaybooks();
    strictPlaybooks.health = { ...strictPlaybooks.health, colors: { green: 101, yellow: 101 } };
    // As a review does when HEAD moves: the saved state's model (the same files) is remembered again.
    memo.remember([], { files: shipped, playbooks: shippedPlaybooks() });
    memo.remember([], { files: shipped, playbooks: shippedPlaybooks() });
    memo.remember([], { files: strict, playbooks: strictPlaybooks });
    const [a, c] = [await memo.model(shipped), await memo.model(strict)];
    expect(a.key).not.toBe(c.key);
    const version = { blob: 'b'.repeat(40), entry: entry() };
    const held = new HeldScores(memo);
    expect(held.at('acme', version, a, AS_OF).color).toBe('green');
    expect(held.at('acme', version, c, AS_OF).color).toBe('red');
  });
});
