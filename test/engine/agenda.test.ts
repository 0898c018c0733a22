import { describe, expect, it } from 'vitest';
import { addDays, feedbackReport, weeklyAgenda } from '../../src/engine/index.js';
import type { AccountEntry } from '../../src/load/book.js';
import { entry, shippedPlaybooks, trait, type Change } from './fixtures.js';

// Wednesday; its ISO week runs 2026-11-16 .. 2026-11-22.
const AS_OF = '2026-11-18';
const WEEK_END = '2026-11-22';
const agendaOf = (accounts: AccountEntry[], asOf = AS_OF, owner?: string) =>
  weeklyAgenda({ accounts, playbooks: shippedPlaybooks() }, asOf, owner === undefined ? {} : { owner });
const one = (change: Change, asOf = AS_OF) => agendaOf([entry(change)], asOf);
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('weekly agenda: the week', () => {
  it('is the ISO week holding the as-of date', () => {
    expect(one(() => {}).week).toEqual({ year: 2026, week: 47, start: '2026-11-16', end: WEEK_END });
  });

  it('holds the MBR top 3 only in the week holding the 8th', () => {
    expect(one(() => {}, '2026-12-06').mbr_top3).toBeNull(); // week Nov 30 – Dec 6
    expect(one(() => {}, '2026-12-07').mbr_top3).toMatchObject({ month: '2026-12', duty: { id: 'mbr_top3' } }); // Dec 7 – 13
    expect(one(() => {}, '2026-12-13').mbr_top3).not.toBeNull();
    expect(one(() => {}, '2026-12-14').mbr_top3).toBeNull();
  });

  it('holds internal QBRs in the first (working) week of the fiscal quarter', () => {
    // Q4 FY2027 starts Sunday 2026-11-01: its first week is Nov 2 – 8.
    expect(one(() => {}, '2026-11-01').internal_qbr).toBeNull();
    expect(one(() => {}, '2026-11-02').internal_qbr).toMatchObject({ quarter: { year: 2027, quarter: 4, start: '2026-11-01' } });
    expect(one(() => {}, '2026-11-09').internal_qbr).toBeNull();
    // Q1 FY2028 starts Monday 2027-02-01.
    expect(one(() => {}, '2027-02-07').internal_qbr).toMatchObject({ quarter: { quarter: 1, start: '2027-02-01' } });
    expect(one(() => {}, '2027-01-31').internal_qbr).toBeNull();
  });

  it('holds bi-weekly duties every other week from the anchor, before it too', () => {
    const on = (asOf: string) => one(() => {}, asOf).biweekly;
    expect(on('2026-01-05')).toMatchObject({ weeks_from_anchor: 0, duties: [{ id: 'biweekly_team_checkin' }] });
    expect(on('2026-01-12')).toBeNull();
    expect(on('2026-01-25')).toMatchObject({ weeks_from_anchor: 2 });
    expect(on('2026-01-04')).toBeNull();
    expect(on('2025-12-22')).toMatchObject({ weeks_from_anchor: -2 });
    expect(one(() => {}, '2026-01-12').duties.map((d) => d.id)).not.toContain('biweekly_team_checkin');
  });
});

describe('weekly agenda: per-account items', () => {
  it('not contacted at 30 days since the last activity, not at 29', () => {
    expect(one(trait('last_activity', addDays(AS_OF, -30))).not_contacted.items).toEqual([
      expect.objectContaining({ id: 'acme', days_since_last_activity: 30 }),
    ]);
    expect(one(trait('last_activity', addDays(AS_OF, -29))).not_contacted.items).toEqual([]);
  });

  it.each([
    ['weekly', 7], ['biweekly', 14], ['monthly', 30], ['bimonthly', 61], ['quarterly', 91], [undefined, 30],
  ] as const)('check-in %s is due when last activity + %i days falls by the week end', (cadence, period) => {
    const at = (lastDaysBeforeEnd: number): Change => (a) => {
      if (cadence !== undefined) a.check_in = cadence;
      trait('last_activity', addDays(WEEK_END, -lastDaysBeforeEnd))(a);
    };
    expect(one(at(period)).check_ins.items).toEqual([
      expect.objectContaining({ id: 'acme', period_days: period, due: WEEK_END, check_in: cadence ?? 'monthly' }),
    ]);
    expect(one(at(period - 1)).check_ins.items).toEqual([]);
  });

  it('check-in is due for an account never contacted', () => {
    expect(one(trait('last_activity', undefined)).check_ins.items).toEqual([expect.objectContaining({ last_activity: null, due: null })]);
  });

  it('trait update due when reviewed more than 30 days before the week ends, or never', () => {
    const reviewed = (days: number | null): Change => (a) => {
      a.reviewed = { active_champion: WEEK_END, access_to_buyer: WEEK_END };
      if (days !== null) a.reviewed.ce_pulse = addDays(WEEK_END, -days);
    };
    expect(one(reviewed(30)).trait_updates.items).toEqual([]);
    expect(one(reviewed(31)).trait_updates.items).toEqual([expect.objectContaining({ trait: 'ce_pulse', reviewed: '2026-10-22' })]);
    expect(one(reviewed(null)).trait_updates.items).toEqual([expect.objectContaining({ trait: 'ce_pulse', reviewed: null })]);
  });

  it('Red/Yellow Renewals: renewal within 180 days and colour yellow or red', () => {
    const renewing = (days: number, poorUse: boolean): Change => (a) => {
      a.contract.renewal_date = addDays(AS_OF, days);
      if (poorUse) (trait('dau_4wk_avg', 10)(a), trait('mau_last_month', 100)(a));
    };
    expect(one(renewing(180, true)).red_yellow_renewals.items).toEqual([
      expect.objectContaining({ id: 'acme', color: 'yellow', days_until_renewal: 180 }),
    ]);
    expect(one(renewing(181, true)).red_yellow_renewals.items).toEqual([]);
    expect(one(renewing(100, false)).red_yellow_renewals.items).toEqual([]);
  });

  it('CBR due when the last one is more than 91 days before the week ends, or absent', () => {
    const cbr = (days: number | null): Change => (a) => void (a.last_cbr = days === null ? undefined : addDays(WEEK_END, -days));
    expect(one(cbr(91)).cbr_due.items).toEqual([]);
    expect(one(cbr(92)).cbr_due.items).toEqual([expect.objectContaining({ last_cbr: '2026-08-22' })]);
    expect(one(cbr(null)).cbr_due.items).toEqual([expect.objectContaining({ last_cbr: null })]);
  });

  it('open tasks due by the week end, overdue first', () => {
    const r = one((a) => {
      a.tasks = [
        { title: 'due Sunday', due: WEEK_END },
        { title: 'next Monday', due: '2026-11-23' },
        { title: 'overdue', due: '2026-11-17' },
        { title: 'done', due: '2026-11-10', done: true },
        { title: 'undated' },
        { title: 'today', due: AS_OF },
      ];
    });
    expect(r.tasks.items.map((t) => [t.title, t.index, t.overdue])).toEqual([
      ['overdue', 2, true],
      ['today', 5, false],
      ['due Sunday', 0, false],
    ]);
  });
});

describe('weekly agenda: MBR top 3 and owners', () => {
  const account = (id: string, owner: string, arr: number, change: Change = () => {}) =>
    entry((a) => {
      a.owner = owner;
      a.arr = arr;
      change(a);
    }, id);
  const renewsThisQuarter: Change = (a) => void (a.contract.renewal_date = '2027-01-31'); // Q4 FY2027 ends Jan 31
  const expansion: Change = (a) => void (a.flags = { expansion_opportunity: true });

  it('ranks renewing this fiscal quarter, then expansion, then ARR, ties by id — per TA', () => {
    const book = [
      account('big', 'priya', 900_000),
      account('renewing', 'priya', 10_000, renewsThisQuarter),
      account('next-quarter', 'priya', 20_000, (a) => void (a.contract.renewal_date = '2027-02-01')),
      account('expanding', 'priya', 20_000, expansion),
      account('b-tie', 'priya', 900_000),
      account('marco-one', 'marco', 5),
    ];
    const mbr = agendaOf(book, '2026-12-08').mbr_top3!;
    expect(mbr.items.map((o) => [o.owner, ids(o.accounts)])).toEqual([
      ['marco', ['marco-one']],
      ['priya', ['renewing', 'expanding', 'b-tie']],
    ]);
  });

  it('keeps only the owner asked for', () => {
    const book = [account('a1', 'priya', 1, (a) => void delete a.last_cbr), account('a2', 'marco', 1)];
    const r = agendaOf(book, '2026-12-08', 'marco');
    expect(r.owner).toBe('marco');
    expect(ids(r.cbr_due.items)).toEqual(['a2']);
    expect(r.mbr_top3!.items.map((o) => o.owner)).toEqual(['marco']);
  });
});

describe('feedbackReport', () => {
  const book = {
    accounts: [
      entry((a) => {
        a.feedback = [
          { date: '2026-10-01', area: 'search', text: 'old' },
          { date: '2026-11-03', area: 'search', text: 'newer', status: 'logged' },
        ];
      }, 'acme'),
      entry((a) => {
        a.name = 'Beta';
        a.arr = 5;
        a.feedback = [
          { date: '2026-11-03', area: 'search', text: 'same day' },
          { date: '2026-09-01', area: 'batch-changes', text: 'bc' },
        ];
      }, 'beta'),
    ],
  };

  it('groups by area, newest first, with account id, name and ARR', () => {
    const r = feedbackReport(book);
    expect(r.areas.map((a) => [a.area, a.items.map((i) => i.text)])).toEqual([
      ['batch-changes', ['bc']],
      ['search', ['newer', 'same day', 'old']],
    ]);
    expect(r.areas[1]!.items[1]).toEqual({ date: '2026-11-03', text: 'same day', status: null, account: { id: 'beta', name: 'Beta', arr: 5 } });
  });

  it('keeps entries on or after since', () => {
    const r = feedbackReport(book, { since: '2026-10-01' });
    expect(r.areas.map((a) => [a.area, a.items.length])).toEqual([['search', 3]]);
  });
});
