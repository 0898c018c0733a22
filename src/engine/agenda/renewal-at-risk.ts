import type { HealthColor } from '../types.js';

/** How far ahead the Red/Yellow Renewals review looks. */
export const RENEWAL_WINDOW_DAYS = 180;

/** A renewal within the window with a yellow or red colour: what the Red/Yellow Renewals review covers. */
export function renewalAtRisk(daysUntilRenewal: number, color: HealthColor): boolean {
  return daysUntilRenewal >= 0 && daysUntilRenewal <= RENEWAL_WINDOW_DAYS && (color === 'yellow' || color === 'red');
}
