/** After this many days without a logged contact, an account is on the agenda's "not contacted" list. */
export const NOT_CONTACTED_DAYS = 30;

/** Whether that many days since the last logged contact is too many. */
export function notContacted(daysSinceContact: number): boolean {
  return daysSinceContact >= NOT_CONTACTED_DAYS;
}
