/** Days between check-ins for each `check_in` cadence of an account (SPEC 3.7). */
export const CHECK_IN_DAYS: Readonly<Record<string, number>> = {
  weekly: 7,
  biweekly: 14,
  monthly: 30,
  bimonthly: 61,
  quarterly: 91,
};

/** An account without `check_in` is checked in with monthly. */
export const DEFAULT_CHECK_IN = 'monthly';
