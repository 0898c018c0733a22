import type { AccountEntry } from '../../book/book.js';

export interface FeedbackItem {
  date: string;
  text: string;
  status: string | null;
  account: { id: string; name: string; arr: number };
}

export interface FeedbackArea {
  area: string;
  /** Newest first; same-day entries by account id, then file order. */
  items: FeedbackItem[];
}

export interface FeedbackReport {
  since: string | null;
  /** Areas by name. */
  areas: FeedbackArea[];
}

/**
 * The voice of the customer across the book: feedback on or after `since` and on or before `until`
 * (the as-of date: the book as it was known then), by area, newest first.
 */
export function feedbackReport(book: { accounts: AccountEntry[] }, options: { since?: string; until?: string } = {}): FeedbackReport {
  const since = options.since ?? null;
  const until = options.until ?? null;
  // One product area however it is written: "Search", "search " and " SEARCH" are one group,
  // named as it is first written (trimmed), and areas go in alphabetical order, not capitals first.
  const byArea = new Map<string, { name: string; items: { item: FeedbackItem; order: number }[] }>();
  let order = 0;
  for (const { id, data } of book.accounts) {
    for (const f of data.feedback ?? []) {
      order++;
      if ((since !== null && f.date < since) || (until !== null && f.date > until)) continue;
      const item: FeedbackItem = { date: f.date, text: f.text, status: f.status ?? null, account: { id, name: data.name, arr: data.arr } };
      const key = f.area.trim().toLowerCase();
      const group = byArea.get(key) ?? { name: f.area.trim(), items: [] };
      group.items.push({ item, order });
      byArea.set(key, group);
    }
  }
  const areas = [...byArea.keys()].sort().map((key) => ({
    area: byArea.get(key)!.name,
    items: byArea
      .get(key)!
      .items.sort((a, b) => (a.item.date === b.item.date ? compareIds(a.item, b.item) || a.order - b.order : a.item.date < b.item.date ? 1 : -1))
      .map((x) => x.item),
  }));
  return { since, areas };
}

function compareIds(a: FeedbackItem, b: FeedbackItem): number {
  return a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : 0;
}
