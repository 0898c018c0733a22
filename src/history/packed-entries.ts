import type { LogEntry } from './review-history.js';

type Packed = [date: string, commit: number, author: number, account: string, owner: string | null, from: LogEntry['from'], to: LogEntry['to'], before: number | null, after: number | null, cause: LogEntry['cause'], changes?: Array<[string, unknown, unknown]>];

/** Log entries as arrays with commit ids and authors listed once: a third of the JSON to read back. */
export interface PackedEntries {
  commits: string[];
  authors: string[];
  rows: Packed[];
}

export function packEntries(entries: LogEntry[]): PackedEntries {
  const commits = new Map<string, number>();
  const authors = new Map<string, number>();
  const index = (map: Map<string, number>, key: string) => map.get(key) ?? (map.set(key, map.size), map.size - 1);
  const rows = entries.map((e): Packed => {
    const row: Packed = [e.date, index(commits, e.commit), e.author === null ? -1 : index(authors, e.author), e.account, e.owner ?? null, e.from, e.to, e.score_before, e.score_after, e.cause];
    if (e.changes.length > 0) row.push(e.changes.map((c) => [c.trait, c.from, c.to]));
    return row;
  });
  return { commits: [...commits.keys()], authors: [...authors.keys()], rows };
}

export function unpackEntries(packed: PackedEntries): LogEntry[] {
  return packed.rows.map(([date, commit, author, account, owner, from, to, before, after, cause, changes]) => ({
    date,
    commit: packed.commits[commit]!,
    author: author < 0 ? null : packed.authors[author]!,
    account,
    ...(owner === null ? {} : { owner }),
    from,
    to,
    score_before: before,
    score_after: after,
    cause,
    changes: changes ? changes.map(([trait, from, to]) => ({ trait, from, to })) : [],
  }));
}
