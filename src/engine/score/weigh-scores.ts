import type { CompiledModel } from '../model/compiled-model.js';
import { slots } from './slots.js';

export interface Weighed {
  /** Per category: the weighted mean of its present traits, null when all are missing. */
  categoryScores: (number | null)[];
  /** Per category: the weight of its present traits. */
  presentTraitWeight: number[];
  score: number | null;
  coverage: number;
}

export interface Shares {
  /** Per category: its weight over the present categories' weight (0 when missing). */
  categoryShares: number[];
  /** Per trait: its nominal share of the model (category weight × trait weight ÷ category trait weight), ÷ the total. */
  traitShares: number[];
  /** Per trait: the share of the overall score it carries (0 when missing); these sum to 1. */
  effectiveShares: number[];
}

/**
 * SPEC 3.1(3)–(4): category scores, the overall score over the present categories with their
 * weights renormalised, and coverage (the present traits' nominal share of the model).
 */
export function weighScores(model: CompiledModel, traitScores: (number | null)[], weights: number[]): Weighed {
  const { categories, traits } = model;
  const categoryScores: (number | null)[] = slots(categories.length);
  const presentTraitWeight: number[] = slots(categories.length);
  let weighted = 0;
  let presentCategoryWeight = 0;
  let present = 0;
  let total = 0;
  for (let c = 0; c < categories.length; c++) {
    const category = categories[c]!;
    const weight = weights[c]!;
    let sum = 0;
    let sumWeight = 0;
    for (let i = 0; i < category.traits.length; i++) {
      const t = category.traits[i]!;
      const trait = traits[t]!;
      const share = category.traitWeightSum > 0 ? (weight * trait.weight) / category.traitWeightSum : 0;
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
  return {
    categoryScores,
    presentTraitWeight,
    score: presentCategoryWeight > 0 ? weighted / presentCategoryWeight : null,
    coverage: total > 0 ? present / total : 0,
  };
}

/**
 * Each category's and trait's share of the score, for the explanation. A trait's effective share
 * is its category's renormalised weight times its own weight renormalised over its category's
 * present traits, so Σ score × effective share is exactly the overall score (floating-point aside).
 */
export function shareScores(model: CompiledModel, weighed: Weighed, traitScores: (number | null)[], weights: readonly number[]): Shares {
  const { categories, traits } = model;
  let presentCategoryWeight = 0;
  for (let c = 0; c < categories.length; c++) if (weighed.categoryScores[c] !== null) presentCategoryWeight += weights[c]!;
  const categoryShares: number[] = new Array(categories.length);
  for (let c = 0; c < categories.length; c++) {
    categoryShares[c] = weighed.categoryScores[c] === null || presentCategoryWeight <= 0 ? 0 : weights[c]! / presentCategoryWeight;
  }
  const traitShares: number[] = new Array(traits.length);
  let total = 0;
  for (let t = 0; t < traits.length; t++) {
    const trait = traits[t]!;
    const category = categories[trait.category]!;
    const share = category.traitWeightSum > 0 ? (weights[trait.category]! * trait.weight) / category.traitWeightSum : 0;
    traitShares[t] = share;
    total += share;
  }
  const effectiveShares: number[] = new Array(traits.length);
  for (let t = 0; t < traits.length; t++) {
    const trait = traits[t]!;
    const s = traitScores[t];
    effectiveShares[t] =
      s === null || s === undefined ? 0 : (categoryShares[trait.category]! * trait.weight) / weighed.presentTraitWeight[trait.category]!;
    traitShares[t] = total > 0 ? traitShares[t]! / total : 0;
  }
  return { categoryShares, traitShares, effectiveShares };
}
