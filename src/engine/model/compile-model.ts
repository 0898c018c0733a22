import type { Playbooks } from '../../book/book.js';
import type { Condition } from '../../types/schema.js';
import type { CompiledCategory, CompiledModel, CompiledTrait, Test } from './compiled-model.js';
import { compileCondition, type ConditionScope } from './compile-condition.js';
import { describeCondition } from './describe-condition.js';
import { describePredicate } from './describe-predicate.js';
import { interpolationBounds } from './interpolation-bounds.js';
import { nameResolvers } from './name-resolvers.js';
import { predicateTest } from './predicate-test.js';
import { manualTraits } from './manual-traits.js';

/**
 * The playbooks compiled once into lookups and closures, so that scoring an account allocates
 * only its own results. Compiling never fails: what `checkModel` reports as an error compiles to
 * something harmless (a condition that never holds, a missing metric).
 */
export function compileModel(playbooks: Playbooks): CompiledModel {
  const health = playbooks.health;
  const manual = manualTraits(health);
  const { valueOf, staleOf } = nameResolvers(health.metrics ?? {}, manual);

  const traits: CompiledTrait[] = [];
  const categories: CompiledCategory[] = [];
  const traitIndex = new Map<string, number>();
  const categoryIndex = new Map<string, number>();
  health.categories.forEach((category, c) => {
    if (!categoryIndex.has(category.id)) categoryIndex.set(category.id, c);
    const members: number[] = [];
    let traitWeightSum = 0;
    for (const rule of category.traits) {
      const index = traits.length;
      const weight = rule.weight ?? 1;
      traits.push({
        id: rule.trait,
        index,
        category: c,
        weight,
        maxAgeDays: rule.max_age_days,
        value: valueOf(rule.trait),
        stale: staleOf(rule.trait),
        healthy: predicateTest(rule.healthy),
        poor: predicateTest(rule.poor),
        healthyText: describePredicate(rule.trait, rule.healthy),
        poorText: describePredicate(rule.trait, rule.poor),
        interpolate: rule.interpolate === true ? interpolationBounds(rule.healthy, rule.poor) : null,
      });
      if (!traitIndex.has(rule.trait)) traitIndex.set(rule.trait, index);
      members.push(index);
      traitWeightSum += weight;
    }
    categories.push({ id: category.id, name: category.name, traits: members, traitWeightSum });
  });

  const scope: ConditionScope = { valueOf, staleOf, traitIndex, categoryIndex, assignedSegment: false };
  const compile = (c: Condition): Test => compileCondition(c, scope);
  const weights = health.categories.map((c) => c.weight);

  return {
    playbooks,
    statusScores: health.status_scores,
    green: health.colors.green,
    yellow: health.colors.yellow,
    minCoverage: health.min_coverage,
    traits,
    categories,
    traitIndex,
    categoryIndex,
    firstTraits: [...traitIndex.values()],
    firstCategories: [...categoryIndex.values()],
    weights,
    variants: (health.variants ?? []).map((v) => ({
      id: v.id,
      when: compile(v.when),
      weights: health.categories.map((c) => (Object.hasOwn(v.weights, c.id) ? v.weights[c.id]! : c.weight)),
    })),
    guardrails: (health.guardrails ?? []).map((g) => ({
      when: compile(g.when),
      text: describeCondition(g.when),
      maxColor: g.max_color,
      reason: g.reason ?? null,
    })),
    stages: (playbooks.lifecycle.stages ?? []).map((s) => ({ id: s.id, when: compile(s.when) })),
    derivedSegments: (playbooks.segments.segments ?? [])
      .filter((s) => s.derived === true && s.when !== undefined)
      .map((s) => ({ id: s.id, when: compileCondition(s.when!, { ...scope, assignedSegment: true }) })),
    scenarios: (playbooks.scenarios.scenarios ?? []).map((s) => ({
      id: s.id,
      title: s.title,
      when: compile(s.when),
      actions: s.actions.map((a) => (typeof a === 'string' ? a : a.text)),
      doneWhen: s.actions.map((a) => (typeof a === 'string' ? null : compile(a.done_when))),
      project: s.project ?? null,
      priority: s.priority ?? null,
    })),
    manual,
    valueOf,
    staleOf,
  };
}
