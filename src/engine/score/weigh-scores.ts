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
  const { categories, traits } = model;
  const categoryScores: (number | null)[] = new Array(categories.length);
  const presentTraitWeight: number[] = new Array(categories.length);
  const traitShares: number[] = new Array(traits.length);
  let weighted = 0;
  let presentCategoryWeight = 0;
  let present = 0;
  let total = 0;
  for (let c = 0; c < categories.length; c++) {
    const category = categories[c]!;
    const weight = weights[c]!;
    let sum = 0;
    let sumWeight = 0;
    for (const t of category.traits) {
      const trait = traits[t]!;
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
    categoryScores[c] = categoryScore;
    presentTraitWeight[c] = sumWeight;
    if (categoryScore !== null) {
      weighted += weight * categoryScore;
      presentCategoryWeight += weight;
    }
  }
  const categoryShares: number[] = new Array(categories.length);
  for (let c = 0; c < categories.length; c++) {
    categoryShares[c] = categoryScores[c] === null || presentCategoryWeight <= 0 ? 0 : weights[c]! / presentCategoryWeight;
  }
  const effectiveShares: number[] = new Array(traits.length);
  for (let t = 0; t < traits.length; t++) {
    const trait = traits[t]!;
    const s = traitScores[t];
    effectiveShares[t] =
      s === null || s === undefined ? 0 : (categoryShares[trait.category]! * trait.weight) / presentTraitWeight[trait.category]!;
    traitShares[t] = total > 0 ? traitShares[t]! / total : 0;
  }
  return {
    categoryScores,
    categoryShares,
    traitShares,
    effectiveShares,
    score: presentCategoryWeight > 0 ? weighted / presentCategoryWeight : null,
    coverage: total > 0 ? present / total : 0,
  };
}
