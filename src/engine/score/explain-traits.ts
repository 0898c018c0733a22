import type { Facts } from '../model/facts.js';
import type { TraitExplanation } from '../types.js';
import { staleReason } from './stale-reason.js';
import type { Shares } from './weigh-scores.js';

/** Each trait of the model with its value, the rule that decided it, and what it adds to the score. */
export function explainTraits(
  f: Facts,
  values: (number | string | boolean | undefined)[],
  scores: (number | null)[],
  stale: boolean[],
  shares: Shares,
): TraitExplanation[] {
  const { model } = f;
  const out: TraitExplanation[] = new Array(model.traits.length);
  for (let t = 0; t < model.traits.length; t++) {
    const trait = model.traits[t]!;
    const status = f.status[t]!;
    const score = scores[t]!;
    const share = shares.effectiveShares[t]!;
    let rule: string;
    if (status === 'missing') rule = `no value for ${trait.id}`;
    else if (status === 'healthy') rule = trait.healthyText;
    else if (status === 'poor') rule = trait.poorText;
    else rule = `neither ${trait.healthyText} nor ${trait.poorText}`;
    out[t] = {
      trait: trait.id,
      category: model.categories[trait.category]!.id,
      value: values[t] ?? null,
      status,
      rule,
      score,
      weight: trait.weight,
      share: shares.traitShares[t]!,
      effective_share: share,
      contribution: score === null ? 0 : score * share,
      manual: trait.maxAgeDays !== undefined,
      stale: stale[t]!,
      stale_reason: stale[t] ? staleReason(f, trait) : null,
    };
  }
  return out;
}
