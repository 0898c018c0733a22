import { describe, expect, test } from 'vitest';
import { onFirstParentLine } from '../../src/git/repository.js';
import { historyRepo } from '../history/history-repo.js';

describe('onFirstParentLine: where a saved log may go on from', () => {
  test('a commit of the line is; one only merged in, a later one, or one of another history is not', () => {
    const repo = historyRepo();
    const sha = () => repo.git(['rev-parse', 'HEAD']).trim();
    const first = repo.commit('book', '2026-11-02');
    repo.write('README.md', 'not data\n').commit('docs', '2026-11-03');
    const docs = sha();
    repo.git(['checkout', '-q', '-b', 'side']);
    repo.write('accounts/beta.yaml', 'x: 1\n').commit('beta', '2026-11-04');
    const side = sha();
    repo.git(['checkout', '-q', 'main']);
    repo.write('accounts/gamma.yaml', 'x: 2\n').commit('gamma', '2026-11-05');
    repo.git(['merge', '-q', '--no-ff', '-m', 'merge', 'side']);
    const head = sha();
    const on = (earlier: string, commit = head) => onFirstParentLine(repo.dir, process.env, earlier, commit);
    expect([on(first), on(docs), on(head), on(first, docs)]).toEqual([true, true, true, true]);
    // The side branch's commit is in HEAD's history, but only through the merge's second parent.
    expect(on(side)).toBe(false);
    expect(on(head, docs)).toBe(false);
    repo.git(['checkout', '-q', '--orphan', 'other']);
    repo.write('accounts/delta.yaml', 'x: 3\n').commit('another history', '2026-11-06');
    expect(on(first, sha())).toBe(false);
  });
});
