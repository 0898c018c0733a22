import type { Facts } from '../model/facts.js';

/**
 * The account's lifecycle stage: the first stage whose `when` holds (SPEC 3.3), null when none
 * does. Worked out once per account, on first use; a stage condition inside lifecycle.yaml (a
 * circular rule) sees null rather than looping.
 */
export function lifecycleStage(f: Facts): string | null {
  if (f.stage !== undefined) return f.stage;
  f.stage = null;
  for (const stage of f.model.stages) {
    if (stage.when(f)) {
      f.stage = stage.id;
      break;
    }
  }
  return f.stage;
}
