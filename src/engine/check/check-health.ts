import type { HealthModel } from '../../types/schema.js';
import { didYouMeanHint } from '../../util/did-you-mean.js';
import { BUILTINS, SCORE_BUILTINS } from '../model/builtins.js';
import { interpolationBounds } from '../model/interpolation-bounds.js';
import { checkCondition } from './check-condition.js';
import { checkMetrics } from './check-metrics.js';
import { checkPredicateKind } from './check-predicate-kind.js';
import { regionProblem } from './check-regions.js';
import type { ConditionNames } from './condition-names.js';
import { reportDuplicates } from './report-duplicates.js';

type Report = (path: string, message: string, severity?: 'error' | 'warning') => void;

const sumsTo100 = (n: number): boolean => Math.abs(n - 100) < 1e-9;

/** SPEC 3.1(7) and the variant and guardrail rules, for playbooks/health-score.yaml. */
export function checkHealth(health: HealthModel, names: ConditionNames, report: Report): void {
  const categories = health.categories ?? [];
  const total = categories.reduce((s, c) => s + c.weight, 0);
  if (!sumsTo100(total)) report('/categories', `category weights sum to ${total}, not 100`);
  reportDuplicates(categories.map((c) => c.id), (i) => `/categories/${i}/id`, 'category', report);
  if (health.colors.yellow > health.colors.green) {
    report('/colors', `the yellow cut-off (${health.colors.yellow}) is above the green one (${health.colors.green})`);
  }

  const seen = new Map<string, string>();
  categories.forEach((category, c) => {
    category.traits.forEach((rule, t) => {
      const at = `/categories/${c}/traits/${t}`;
      const first = seen.get(rule.trait);
      if (first !== undefined) report(`${at}/trait`, `trait "${rule.trait}" appears twice (first at ${first})`);
      else seen.set(rule.trait, at);
      checkTraitName(rule.trait, `${at}/trait`, names, report);
      checkPredicateKind(rule.trait, names.kindOf(rule.trait), rule.healthy, `${at}/healthy`, report);
      checkPredicateKind(rule.trait, names.kindOf(rule.trait), rule.poor, `${at}/poor`, report);
      const region = regionProblem(rule.trait, rule.healthy, rule.poor);
      if (region !== null) report(`${at}/poor`, region);
      if (rule.interpolate === true && interpolationBounds(rule.healthy, rule.poor) === null) {
        report(`${at}/interpolate`, 'interpolate needs healthy and poor each with exactly one of lt, lte, gt, gte and a number');
      }
    });
  });

  for (const [id, metric] of Object.entries(health.metrics ?? {})) {
    const inputs = metric.ratio ?? [metric.days_since ?? metric.days_until];
    const key = metric.ratio !== undefined ? 'ratio' : metric.days_since !== undefined ? 'days_since' : 'days_until';
    inputs.forEach((input, i) => {
      if (typeof input === 'string') checkTraitName(input, metric.ratio !== undefined ? `/metrics/${id}/ratio/${i}` : `/metrics/${id}/${key}`, names, report);
    });
  }
  checkMetrics(health.metrics ?? {}, names.traitKinds, names.kindOf, report);

  (health.guardrails ?? []).forEach((g, i) =>
    checkCondition(g.when, `/guardrails/${i}/when`, { names, beforeScore: 'a guardrail', assignedSegment: false }, report),
  );
  const variants = health.variants ?? [];
  reportDuplicates(variants.map((v) => v.id), (i) => `/variants/${i}/id`, 'variant', report);
  variants.forEach((v, i) => {
    checkCondition(v.when, `/variants/${i}/when`, { names, beforeScore: 'a variant', assignedSegment: false }, report);
    const ids = categories.map((c) => c.id);
    for (const id of Object.keys(v.weights)) {
      if (!ids.includes(id)) {
        const hint = didYouMeanHint(id, ids);
        report(`/variants/${i}/weights/${id}`, `unknown category "${id}"${hint}`);
      }
    }
    const merged = categories.reduce((s, c) => s + (Object.hasOwn(v.weights, c.id) ? v.weights[c.id]! : c.weight), 0);
    if (!sumsTo100(merged)) report(`/variants/${i}/weights`, `variant "${v.id}": merged category weights sum to ${merged}, not 100`);
  });
}

/** A name a trait rule or metric scores: a trait, a metric, or a built-in other than score and coverage. */
function checkTraitName(name: string, at: string, names: ConditionNames, report: Report): void {
  if (SCORE_BUILTINS.has(name)) report(at, `"${name}" cannot be scored: it is computed from the scores (circular)`);
  else if (!names.values.includes(name) && !Object.hasOwn(BUILTINS, name)) {
    const hint = didYouMeanHint(name, names.values);
    report(at, `unknown trait or metric "${name}"${hint}`);
  }
}
