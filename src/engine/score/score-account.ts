import type { AccountEntry } from '../../load/book.js';
import { dayNumber } from '../dates/day-number.js';
import type { CompiledModel } from '../model/compiled-model.js';
import type { Facts } from '../model/facts.js';
import { newFacts } from '../model/new-facts.js';
import type { AccountScore, Explanation, GuardrailApplied, HealthColor, OverrideExplanation, ScenarioHit } from '../types.js';
import { capColor } from './cap-color.js';
import { colorForScore } from './color-for-score.js';
import { effectiveSegment } from './effective-segment.js';
import { explainTraits } from './explain-traits.js';
import { lifecycleStage } from './lifecycle-stage.js';
import { traitScore } from './trait-score.js';
import { traitStatus } from './trait-status.js';
import { weighScores } from './weigh-scores.js';

/**
 * One account scored at `asOf` (YYYY-MM-DD), in SPEC 3's order: traits, the
 * variant's weights, score, coverage and colour; guardrails, override; then stage, effective
 * segment and scenarios, which may look at the final colour.
 */
export function scoreAccount(model: CompiledModel, entry: AccountEntry, asOf: string): AccountScore {
  const account = entry.data;
  const f = newFacts(model, account, dayNumber(asOf));
  const values: (number | string | boolean | undefined)[] = new Array(model.traits.length);
  const scores: (number | null)[] = new Array(model.traits.length);
  const stale: boolean[] = new Array(model.traits.length);
  for (const trait of model.traits) {
    const value = trait.value(f);
    const status = traitStatus(trait, value);
    values[trait.index] = value;
    f.status[trait.index] = status;
    scores[trait.index] = traitScore(trait, status, value, model.statusScores);
    stale[trait.index] = trait.stale(f);
  }

  let weights = model.weights;
  let variant: string | null = null;
  const variantsMatched: string[] = [];
  for (const v of model.variants) {
    if (!v.when(f)) continue;
    variantsMatched.push(v.id);
    if (variant === null) {
      variant = v.id;
      weights = v.weights;
    }
  }

  const weighed = weighScores(model, scores, weights);
  f.score = weighed.score;
  f.coverage = weighed.coverage;
  for (let c = 0; c < model.categories.length; c++) {
    f.categoryColor[c] = colorForScore(weighed.categoryScores[c]!, model.green, model.yellow);
  }
  const scoreColor: HealthColor =
    weighed.coverage < model.minCoverage ? 'unknown' : colorForScore(weighed.score, model.green, model.yellow);
  f.color = scoreColor;
  const guardrails = applyGuardrails(f, scoreColor);
  const guardedColor = guardrails.length > 0 ? guardrails[guardrails.length - 1]!.to : scoreColor;
  const override = overrideOf(f);
  f.color = override?.in_force === true ? override.color : guardedColor;

  const stage = lifecycleStage(f);
  const segment = effectiveSegment(f);
  const hits: ScenarioHit[] = [];
  for (const s of model.scenarios) {
    if (s.when(f)) hits.push({ id: s.id, title: s.title, actions: s.actions, project: s.project, priority: s.priority });
  }

  const traits = explainTraits(f, values, scores, stale, weighed);
  const categories: AccountScore['categories'] = {};
  const explained: Explanation['categories'] = new Array(model.categories.length);
  for (let i = 0; i < model.categories.length; i++) {
    const c = model.categories[i]!;
    const score = weighed.categoryScores[i]!;
    const color = f.categoryColor[i]!;
    categories[c.id] ??= { score, color };
    explained[i] = { id: c.id, name: c.name, score, color, weight: weights[i]!, effective_share: weighed.categoryShares[i]! };
  }
  const traitResults: AccountScore['traits'] = {};
  const staleIds: string[] = [];
  for (const t of traits) {
    traitResults[t.trait] ??= { value: t.value, status: t.status, score: t.score, stale: t.stale };
    if (t.stale) staleIds.push(t.trait);
  }
  const scenarioIds: string[] = new Array(hits.length);
  for (let i = 0; i < hits.length; i++) scenarioIds[i] = hits[i]!.id;

  return {
    id: entry.id,
    name: account.name,
    owner: account.owner,
    segment: account.segment,
    effective_segment: segment,
    stage,
    score: weighed.score,
    color: f.color,
    coverage: weighed.coverage,
    categories,
    traits: traitResults,
    scenarios: scenarioIds,
    days_until_renewal: f.renewalDay - f.asOf,
    explanation: {
      as_of: asOf,
      variant,
      variants_matched: variantsMatched,
      score: weighed.score,
      coverage: weighed.coverage,
      min_coverage: model.minCoverage,
      score_color: scoreColor,
      guarded_color: guardedColor,
      guardrails,
      override,
      categories: explained,
      traits,
      stale: staleIds,
      scenarios: hits,
    },
  };
}

/** Every guardrail whose `when` holds, in model order, each with the colour before and after it. */
function applyGuardrails(f: Facts, color: HealthColor): GuardrailApplied[] {
  const applied: GuardrailApplied[] = [];
  const { guardrails } = f.model;
  for (let index = 0; index < guardrails.length; index++) {
    const g = guardrails[index]!;
    if (!g.when(f)) continue;
    const to = capColor(color, g.maxColor);
    applied.push({ index, when: g.text, max_color: g.maxColor, reason: g.reason, from: color, to });
    color = to;
  }
  return applied;
}

/** The account's override, in force while as-of <= until (its last day included). */
function overrideOf(f: Facts): OverrideExplanation | null {
  const o = f.account.override;
  if (o === undefined) return null;
  return { color: o.color, reason: o.reason, until: o.until, in_force: f.asOf <= dayNumber(o.until) };
}
