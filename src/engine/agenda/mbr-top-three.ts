import type { AccountEntry } from '../../book/book.js';
import type { FiscalQuarter } from '../dates/fiscal-quarter.js';
import type { MbrCandidate } from './agenda-types.js';

/**
 * Each owner's top 3 accounts for the monthly business review: renewing this fiscal quarter
 * first, then expansion opportunities, then highest ARR; ties by id. Owners in id order.
 */
export function mbrTopThree(accounts: AccountEntry[], quarter: FiscalQuarter): { owner: string; accounts: MbrCandidate[] }[] {
  const byOwner = new Map<string, MbrCandidate[]>();
  for (const { id, data } of accounts) {
    const renewal = data.contract.renewal_date;
    const candidate: MbrCandidate = {
      id,
      name: data.name,
      owner: data.owner,
      arr: data.arr,
      renewal_date: renewal,
      renewing_this_quarter: renewal >= quarter.start && renewal <= quarter.end,
      expansion_opportunity: data.flags?.expansion_opportunity === true,
    };
    const list = byOwner.get(data.owner) ?? [];
    list.push(candidate);
    byOwner.set(data.owner, list);
  }
  return [...byOwner.keys()].sort().map((owner) => ({
    owner,
    accounts: byOwner.get(owner)!.sort(byMbrRank).slice(0, 3),
  }));
}

function byMbrRank(a: MbrCandidate, b: MbrCandidate): number {
  return (
    Number(b.renewing_this_quarter) - Number(a.renewing_this_quarter) ||
    Number(b.expansion_opportunity) - Number(a.expansion_opportunity) ||
    b.arr - a.arr ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
