import { describe, expect, test } from 'vitest';
import { openCatFile, readBlobsAtOnce } from '../../src/git/cat-file.js';
import { firstParentLog, type LoggedCommit } from '../../src/git/log-stream.js';
import { historyRepo } from '../history/history-repo.js';

async function all(commits: AsyncIterable<LoggedCommit>): Promise<LoggedCommit[]> {
  const out: LoggedCommit[] = [];
  for await (const commit of commits) out.push(commit);
  return out;
}

describe('git streams', () => {
  test('firstParentLog: newest first, only commits touching the paths, a merge against its first parent', async () => {
    const repo = historyRepo();
    const first = repo.commit('book', '2026-11-02', '+09:00', 'Zoë O’Brien\tII');
    repo.write('README.md', 'not data\n').commit('docs', '2026-11-03');
    repo.git(['checkout', '-q', '-b', 'side']);
    repo.write('accounts/beta.yaml', 'x: 1\n').commit('beta', '2026-11-04');
    repo.write('accounts/gamma.yaml', 'x: 2\n').commit('gamma', '2026-11-05');
    repo.git(['checkout', '-q', 'main']);
    repo.remove('accounts/acme.yaml').commit('acme gone', '2026-11-06');
    repo.git(['merge', '-q', '--no-ff', '-m', 'merge', 'side']);
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    const log = (await all(firstParentLog(repo.dir, process.env, { head, paths: ['accounts', 'playbooks'] }))).reverse();
    expect(log.map((c) => c.changes.length)).toEqual([9, 1, 2]);
    expect(log[0]).toMatchObject({ sha: first, committed: '2026-11-02T12:00:00+09:00', author: 'Zoë O’Brien\tII' });
    expect(log[1]!.changes).toEqual([{ path: 'accounts/acme.yaml', blob: null }]);
    const blob = (path: string) => repo.git(['rev-parse', `HEAD:${path}`]).trim();
    expect(log[2]!.changes).toEqual([
      { path: 'accounts/beta.yaml', blob: blob('accounts/beta.yaml') },
      { path: 'accounts/gamma.yaml', blob: blob('accounts/gamma.yaml') },
    ]);
    expect(await all(firstParentLog(repo.dir, process.env, { head, after: log[1]!.sha, paths: ['accounts'] }))).toEqual([log[2]]);
  });

  test('readBlobsAtOnce: sizes of all, bytes of those within the limit only; a missing id has neither', () => {
    const repo = historyRepo({ 'accounts/small.yaml': 'a: 1\n', 'accounts/big.yaml': `a: "${'x'.repeat(5000)}"\n` });
    repo.commit('book', '2026-11-02');
    const blob = (path: string) => repo.git(['rev-parse', `HEAD:${path}`]).trim();
    const [small, big, missing] = [blob('accounts/small.yaml'), blob('accounts/big.yaml'), '0'.repeat(40)];
    const { blobs, sizes } = readBlobsAtOnce(repo.dir, process.env, [small, big, missing], 1000);
    expect(Object.fromEntries(sizes)).toEqual({ [small]: 5, [big]: 5006 });
    expect([...blobs.keys()]).toEqual([small]);
    expect(blobs.get(small)!.toString()).toBe('a: 1\n');
  });

  test('readBlobsAtOnce in a partial clone whose remote is gone: the blobs it has are read, only those it lacks are missing', () => {
    const source = historyRepo({ 'accounts/a.yaml': 'a: 1\n' });
    source.commit('a', '2026-11-02');
    source.write('accounts/a.yaml', 'a: 2\n').write('accounts/b.yaml', 'b: 1\n').commit('b', '2026-11-03');
    source.git(['config', 'uploadpack.allowFilter', 'true']);
    const clone = `${source.dir}-partial`;
    source.git(['clone', '-q', '--filter=blob:none', `file://${source.dir}`, clone]);
    source.git(['-C', clone, 'remote', 'set-url', 'origin', `file://${source.dir}-gone`]);
    const [old, a, b] = [source.git(['rev-parse', 'HEAD~1:accounts/a.yaml']).trim(), source.git(['rev-parse', 'HEAD:accounts/a.yaml']).trim(), source.git(['rev-parse', 'HEAD:accounts/b.yaml']).trim()];
    const { sizes, blobs } = readBlobsAtOnce(clone, process.env, [a, old, b], 1000);
    expect([...sizes.keys()].sort()).toEqual([a, b].sort());
    expect(blobs.get(b)!.toString()).toBe('b: 1\n');
  });

  test('openCatFile: answers in the order asked, bytes exact; a missing or malformed id is undefined', async () => {
    const repo = historyRepo({ 'accounts/bytes.yaml': 'a\n\nb\r\n' });
    repo.commit('book', '2026-11-02');
    const blob = (path: string) => repo.git(['rev-parse', `HEAD:${path}`]).trim();
    const reader = openCatFile(repo.dir, process.env);
    try {
      const [bytes, missing, option, acme] = await Promise.all([
        reader.read(blob('accounts/bytes.yaml')),
        reader.read('0'.repeat(40)),
        reader.read('--batch-all-objects'),
        reader.read(blob('accounts/acme.yaml')),
      ]);
      expect(bytes?.toString('latin1')).toBe('a\n\nb\r\n');
      expect(missing).toBeUndefined();
      expect(option).toBeUndefined();
      expect(acme?.toString('utf8')).toBe(repo.read('accounts/acme.yaml'));
    } finally {
      reader.close();
    }
  });
});
