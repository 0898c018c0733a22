import type { AccountEntry } from '../../book/book.js';
import { dayNumber } from '../dates/day-number.js';
import type { CompiledModel } from '../model/compiled-model.js';
import type { Facts } from '../model/facts.js';
import { newFacts } from '../model/new-facts.js';
import type { AccountScore, AccountSummary, Explanation, GuardrailApplied, HealthColor, OverrideExplanation, ScenarioHit } from '../types.js';
import { capColor } from './cap-color.js';
import { colorForScore, ownColor } from './color-for-score.js';
import { effectiveSegment } from './effective-segment.js';
import { explainTraits } from './explain-traits.js';
import { lifecycleStage } from './lifecycle-stage.js';
import { traitScore } from './trait-score.js';
import { traitStatus } from './trait-status.js';
import { slots } from './slots.js';
import { shareScores, weighScores } from './weigh-scores.js';

/** What decides an account's score and colour (SPEC 3's order up to the override). */
interface Colouring {
  f: Facts;
  values: (number | string | boolean | undefined)[];
  scores: (number | null)[];
  stale: boolean[];
  weighed: ReturnType<typeof weighScores>;
  weights: readonly number[];
  variant: string | null;
  variantsMatched: string[];
  scoreColor: HealthColor;
  guardedColor: HealthColor;
  override: OverrideExplanation | null;
  /** With an explanation only: each guardrail that applied. */
  guardrails: GuardrailApplied[];
}

/** Everything worked out for one account, before it is shaped into a result. */
interface Assessment extends Colouring {
  stage: string | null;
  segment: string;
  /** The ids of the scenarios that hold, model order. */
  scenarios: string[];
  /** With an explanation only: each scenario that holds. */
  hits: ScenarioHit[];
}

/**
 * One account scored at `asOf` (YYYY-MM-DD), with its explanation: SPEC 3's order is in `assess`.
 * For many accounts where no one reads the explanation (`vitals score`), `scoreSummary` is the
 * cheaper call.
 */
export function scoreAccount(model: CompiledModel, entry: AccountEntry, asOf: string): AccountScore {
  const a = assess(model, entry, asOf, true);
  const { f, weighed } = a;
  const shares = shareScores(model, weighed, a.scores, a.weights);
  const traits = explainTraits(f, a.values, a.scores, a.stale, shares);
  const explained: Explanation['categories'] = new Array(model.categories.length);
  for (let i = 0; i < model.categories.length; i++) {
    const c = model.categories[i]!;
    explained[i] = {
      id: c.id,
      name: c.name,
      score: weighed.categoryScores[i]!,
      color: f.categoryColor[i]!,
      weight: a.weights[i]!,
      effective_share: shares.categoryShares[i]!,
    };
  }
  const staleIds: string[] = [];
  for (const t of traits) if (t.stale) staleIds.push(t.trait);
  return {
    ...summary(model, entry, a),
    explanation: {
      as_of: asOf,
      variant: a.variant,
      variants_matched: a.variantsMatched,
      score: weighed.score,
      coverage: weighed.coverage,
      min_coverage: model.minCoverage,
      score_color: a.scoreColor,
      guarded_color: a.guardedColor,
      guardrails: a.guardrails,
      override: a.override,
      categories: explained,
      traits,
      stale: staleIds,
      scenarios: a.hits,
    },
  };
}

/**
 * One account scored at `asOf`, exactly the account object of SPEC §4's `vitals score --format
 * json`: the same assessment, without the objects only an explanation needs.
 */
export function scoreSummary(model: CompiledModel, entry: AccountEntry, asOf: string): AccountSummary {
  return summary(model, entry, assess(model, entry, asOf, false));
}

function summary(model: CompiledModel, entry: AccountEntry, a: Assessment): AccountSummary {
  const { f, weighed } = a;
  const categories: AccountSummary['categories'] = {};
  for (let n = 0; n < model.firstCategories.length; n++) {
    const i = model.firstCategories[n]!;
    const score = weighed.categoryScores[i]!;
    categories[model.categories[i]!.id] = score === null ? { score, color: f.categoryColor[i]!, status: 'missing' } : { score, color: f.categoryColor[i]! };
  }
  const traits: AccountSummary['traits'] = {};
  for (let n = 0; n < model.firstTraits.length; n++) {
    const t = model.firstTraits[n]!;
    traits[model.traits[t]!.id] = { value: a.values[t] ?? null, status: f.status[t]!, score: a.scores[t]!, stale: a.stale[t]! };
  }
  const account = entry.data;
  return {
    id: entry.id,
    name: account.name,
    owner: account.owner,
    segment: account.segment,
    effective_segment: a.segment,
    stage: a.stage,
    score: weighed.score,
    color: f.color,
    coverage: weighed.coverage,
    categories,
    traits,
    scenarios: a.scenarios,
    days_until_renewal: f.renewalDay - f.asOf,
  };
}

/**
 * SPEC 3's order: traits, the variant's weights, score, coverage and colour; guardrails, override;
 * then stage, effective segment and scenarios, which may look at the final colour.
 */
function assess(model: CompiledModel, entry: AccountEntry, asOf: string, explain: boolean): Assessment {
  const a = colouring(model, entry, asOf, explain);
  const { f } = a;
  const stage = lifecycleStage(f);
  const segment = effectiveSegment(f);
  const scenarios: string[] = [];
  const hits: ScenarioHit[] = [];
  for (let i = 0; i < model.scenarios.length; i++) {
    const s = model.scenarios[i]!;
    if (!s.when(f)) continue;
    scenarios.push(s.id);
    if (!explain) continue;
    const started = s.project !== null && (entry.data.tasks ?? []).some((t) => t.project === s.project);
    hits.push({ id: s.id, title: s.title, actions: s.actions, done: s.doneWhen.map((d) => d !== null && d(f)), project: s.project, project_started: started, priority: s.priority });
  }
  // Every field named: a spread here gave each assessment a slow shape (scoring took 4x as long).
  const { values, scores, stale, weighed, weights, variant, variantsMatched, scoreColor, guardedColor, override, guardrails } = a;
  return { f, values, scores, stale, weighed, weights, variant, variantsMatched, scoreColor, guardedColor, override, guardrails, stage, segment, scenarios, hits };
}

/**
 * An account's score and colour at `asOf`, and nothing else: what history and diff ask of every
 * account at many dates. The same steps as `scoreSummary`, without stage, segment, scenarios and
 * the summary's objects (stage and scenarios may read the colour; the colour never reads them).
 */
export function scoreColour(model: CompiledModel, entry: AccountEntry, asOf: string): { score: number | null; color: HealthColor } {
  const { weighed, f } = colouring(model, entry, asOf, false);
  return { score: weighed.score, color: f.color };
}

function colouring(model: CompiledModel, entry: AccountEntry, asOf: string, explain: boolean): Colouring {
  const f = newFacts(model, entry.data, dayNumber(asOf));
  const values: (number | string | boolean | undefined)[] = slots(model.traits.length);
  const scores: (number | null)[] = slots(model.traits.length);
  const stale: boolean[] = slots(model.traits.length);
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
  const scoreColor: HealthColor = ownColor(weighed.score, weighed.coverage, model);
  f.color = scoreColor;
  const guardrails: GuardrailApplied[] = [];
  const guardedColor = applyGuardrails(f, scoreColor, explain ? guardrails : null);
  const override = overrideOf(f);
  f.color = override?.in_force === true ? override.color : guardedColor;
  return { f, values, scores, stale, weighed, weights, variant, variantsMatched, scoreColor, guardedColor, override, guardrails };
}

/**
 * The colour after every guardrail whose `when` holds, in model order; each one applied is added
 * to `applied`, with the colour before and after it, when that is given.
 */
function applyGuardrails(f: Facts, color: HealthColor, applied: GuardrailApplied[] | null): HealthColor {
  const { guardrails } = f.model;
  for (let index = 0; index < guardrails.length; index++) {
    const g = guardrails[index]!;
    if (!g.when(f)) continue;
    const to = capColor(color, g.maxColor);
    applied?.push({ index, when: g.text, max_color: g.maxColor, reason: g.reason, from: color, to });
    color = to;
  }
  return color;
}

/** The account's override, in force while as-of <= until (its last day included). */
function overrideOf(f: Facts): OverrideExplanation | null {
  const o = f.account.override;
  if (o === undefined) return null;
  return { color: o.color, reason: o.reason, until: o.until, in_force: f.asOf <= dayNumber(o.until) };
}
