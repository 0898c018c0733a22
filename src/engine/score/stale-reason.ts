import { dateOfDay } from '../dates/date-of-day.js';
import { daysAgo } from '../dates/days-ago.js';
import type { CompiledTrait } from '../model/compiled-model.js';
import type { Facts } from '../model/facts.js';
import { GENERATED_MAX_AGE_DAYS } from '../model/name-resolvers.js';

/** Why a stale trait is stale, in words for the explanation. */
export function staleReason(f: Facts, trait: CompiledTrait): string {
  if (trait.maxAgeDays !== undefined) {
    const reviewed = f.reviewed[trait.id];
    if (typeof reviewed !== 'string') return `never reviewed (max ${trait.maxAgeDays} days)`;
    return `reviewed ${reviewed}, ${daysAgo(reviewed, dateOfDay(f.asOf))} (max ${trait.maxAgeDays})`;
  }
  if (f.asOf - f.metricsAsOf > GENERATED_MAX_AGE_DAYS) {
    const metricsAsOf = dateOfDay(f.metricsAsOf);
    return `metrics as of ${metricsAsOf}, ${daysAgo(metricsAsOf, dateOfDay(f.asOf))} (max ${GENERATED_MAX_AGE_DAYS})`;
  }
  return 'derived from a stale manual trait';
}
