import type { CompiledModel } from '../model/compiled-model.js';

export interface Weighed {
  /** Per category: the weighted mean of its present traits, null when all are missing. */
  categoryScores: (number | null)[];
  /** Per category: its weight over the present categories' weight (0 when missing). */
  categoryShares: number[];
  /** Per trait: its nominal share of the model (category weight × trait weight ÷ category trait weight), ÷ the total. */
  traitShares: number[];
  /** Per trait: the share of the overall score it carries (0 when missing); these sum to 1. */
  effectiveShares: number[];
  score: number | null;
  coverage: number;
}

/**
 * SPEC 3.1(3)–(4): category scores, the overall score over the present categories with their
 * weights renormalised, and coverage. A trait's effective share is its category's renormalised
 * weight times its own weight renormalised over its category's present traits, so
 * Σ score × effective share is exactly the overall score (floating-point aside).
 */
export function weighScores(model: CompiledModel, traitScores: (number | null)[], weights: number[]): Weighed {
  const categoryScores: (number | null)[] = [];
  const presentTraitWeight: number[] = [];
  const traitShares: number[] = new Array(model.traits.length);
  let weighted = 0;
  let presentCategoryWeight = 0;
  let present = 0;
  let total = 0;
  model.categories.forEach((category, c) => {
    const weight = weights[c]!;
    let sum = 0;
    let sumWeight = 0;
    for (const t of category.traits) {
      const trait = model.traits[t]!;
      const share = category.traitWeightSum > 0 ? (weight * trait.weight) / category.traitWeightSum : 0;
      traitShares[t] = share;
      total += share;
      const s = traitScores[t];
      if (s === null || s === undefined) continue;
      present += share;
      sum += trait.weight * s;
      sumWeight += trait.weight;
    }
    const categoryScore = sumWeight > 0 ? sum / sumWeight : null;
    categoryScores.push(categoryScore);
    presentTraitWeight.push(sumWeight);
    if (categoryScore !== null) {
      weighted += weight * categoryScore;
      presentCategoryWeight += weight;
    }
  });
  const categoryShares = categoryScores.map((s, c) =>
    s === null || presentCategoryWeight <= 0 ? 0 : weights[c]! / presentCategoryWeight,
  );
  const effectiveShares = model.traits.map((trait, t) => {
    const s = traitScores[t];
    if (s === null || s === undefined) return 0;
    return (categoryShares[trait.category]! * trait.weight) / presentTraitWeight[trait.category]!;
  });
  for (let t = 0; t < traitShares.length; t++) traitShares[t] = total > 0 ? traitShares[t]! / total : 0;
  return {
    categoryScores,
    categoryShares,
    traitShares,
    effectiveShares,
    score: presentCategoryWeight > 0 ? weighted / presentCategoryWeight : null,
    coverage: total > 0 ? present / total : 0,
  };
}
