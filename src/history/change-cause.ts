import type { HealthColor } from '../engine/index.js';

interface Scored {
  color: HealthColor | 'none';
  score: number | null;
}

const differ = (a: Scored, b: Scored) => a.color !== b.color || a.score !== b.score;

/**
 * Why an account moved when both its file and the model changed: by what each does to it with the
 * other held still. `oldUnderNew` is the old version scored under the new model, `newUnderOld` the
 * new version under the old one. A change that moves nothing for this account (a comment, a note,
 * a scenario's title) is not a cause of its move.
 */
export function changeCause(before: Scored, after: Scored, oldUnderNew: Scored, newUnderOld: Scored): 'data' | 'model' | 'both' {
  const model = differ(before, oldUnderNew) || differ(newUnderOld, after);
  const data = differ(before, newUnderOld) || differ(oldUnderNew, after);
  return model && data ? 'both' : model ? 'model' : 'data';
}
