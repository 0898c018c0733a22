import type { HealthModel } from '../../types/schema.js';

/**
 * The traits the model marks manual (a rule with `max_age_days`) and how many days a confirmation
 * lasts (the first such rule's): past that a trait is stale, still scored and always flagged (SPEC
 * 3.1(6)); setting one stamps `reviewed`.
 */
export function manualTraits(health: HealthModel): Map<string, number> {
  const manual = new Map<string, number>();
  for (const category of health.categories) {
    for (const rule of category.traits) {
      if (rule.max_age_days !== undefined && !manual.has(rule.trait)) manual.set(rule.trait, rule.max_age_days);
    }
  }
  return manual;
}
