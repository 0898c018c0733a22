import { NOT_CONTACTED_DAYS, RENEWAL_WINDOW_DAYS, type WeeklyAgenda } from '../engine/index.js';

/** The agenda's parts by one name in every front end (SPEC 3.7), the CLI's table and the TUI's view alike. */
export const AGENDA_TITLES = {
  notContacted: `Not contacted in ${NOT_CONTACTED_DAYS} days or more`,
  checkIns: 'Check-ins due by the end of the week',
  traitUpdates: 'Manual traits to confirm (no review in the 30 days to Sunday)',
  renewals: `Red/Yellow renewals (renewing within ${RENEWAL_WINDOW_DAYS} days)`,
  mbr: (month: string) => `MBR top 3 for ${monthName(month)}`,
  internalQbrs: 'Internal QBRs',
  cbrs: 'Customer business reviews due (none in 91 days)',
  tasks: 'Tasks due by the end of the week',
} as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 2026-12 → December 2026. */
export const monthName = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** One row per account of the manual traits due a review, each trait with when it was last reviewed. */
export function traitsByAccount(w: WeeklyAgenda): Array<{ account: { id: string; name: string; owner: string }; traits: string }> {
  const rows = new Map<string, { account: { id: string; name: string; owner: string }; traits: string }>();
  for (const t of w.trait_updates.items) {
    const text = `${t.trait} (${t.reviewed ?? 'never'})`;
    const row = rows.get(t.id);
    if (row) row.traits += `, ${text}`;
    else rows.set(t.id, { account: t, traits: text });
  }
  return [...rows.values()];
}
