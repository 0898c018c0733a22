/** The engine's plain-data results. Inputs are the generated types of `src/types/schema.ts`. */

export type HealthColor = 'green' | 'yellow' | 'red' | 'unknown';
export type ScoredStatus = 'healthy' | 'concerning' | 'poor' | 'missing';
/** A trait, metric or built-in value; `null` when it is missing. */
export type Value = number | string | boolean | null;

/** One trait as `vitals score --format json` prints it. */
export interface TraitResult {
  value: Value;
  status: ScoredStatus;
  score: number | null;
  stale: boolean;
}

export interface CategoryResult {
  score: number | null;
  color: HealthColor;
  /** A category none of whose traits has data (SPEC §4: "a missing one with `status: missing`"). */
  status?: 'missing';
}

/** A scenario whose `when` held, with what it asks. */
export interface ScenarioHit {
  id: string;
  title: string;
  actions: string[];
  /** Per action: the account has already done it (its `done_when` holds), so it is not asked again. */
  done: boolean[];
  project: string | null;
  /** The account already has tasks of the scenario's project: it is under way, not to be started. */
  project_started: boolean;
  priority: number | null;
}

export interface TraitExplanation {
  trait: string;
  category: string;
  value: Value;
  status: ScoredStatus;
  /** The predicate that decided the status, as text: `versions_behind <= 2`. */
  rule: string;
  score: number | null;
  /** The trait's own weight inside its category (default 1). */
  weight: number;
  /** Nominal share of the whole model: category weight × trait weight ÷ category trait weight, ÷ 100. */
  share: number;
  /**
   * Share of the overall score this trait actually carries: its category's weight renormalised over
   * the present categories, times its weight renormalised over the present traits of its category.
   * 0 for a missing trait. The effective shares of all present traits sum to 1.
   */
  effective_share: number;
  /** score × effective_share: the points this trait adds to the overall score (0 when missing). */
  contribution: number;
  manual: boolean;
  stale: boolean;
  /** Why it is stale, e.g. `reviewed 2026-09-01, 82 days ago (max 45)`; null when fresh. */
  stale_reason: string | null;
}

export interface CategoryExplanation {
  id: string;
  name: string;
  score: number | null;
  color: HealthColor;
  /** The category weight in effect (a variant's when one applies). */
  weight: number;
  /** The weight renormalised over the present categories (0 when missing). */
  effective_share: number;
}

export interface GuardrailApplied {
  /** Index in the model's `guardrails`. */
  index: number;
  /** The guardrail's condition, as text. */
  when: string;
  max_color: HealthColor;
  reason: string | null;
  /** The colour before and after this cap; equal when an earlier cap already brought it this low. */
  from: HealthColor;
  to: HealthColor;
}

export interface OverrideExplanation {
  color: HealthColor;
  reason: string;
  until: string;
  /** as_of <= until */
  in_force: boolean;
}

export interface Explanation {
  as_of: string;
  /** The variant whose weights were used (first match), null for the model's own. */
  variant: string | null;
  /** Every variant whose `when` held; more than one is a validation warning. */
  variants_matched: string[];
  /** The unrounded weighted score before any colour rule. */
  score: number | null;
  coverage: number;
  min_coverage: number;
  /** The colour from the score and coverage alone, before guardrails and override. */
  score_color: HealthColor;
  /** The colour after guardrails, before the override. */
  guarded_color: HealthColor;
  guardrails: GuardrailApplied[];
  override: OverrideExplanation | null;
  categories: CategoryExplanation[];
  traits: TraitExplanation[];
  /** Ids of stale traits, model order. */
  stale: string[];
  scenarios: ScenarioHit[];
}

/** One account scored: exactly an account object of SPEC §4's `vitals score --format json`. */
export type AccountSummary = Omit<AccountScore, 'explanation'>;

/**
 * One account scored. Every field but `explanation` is exactly an account object of SPEC §4's
 * `vitals score --format json`; printers drop `explanation` or show it.
 */
export interface AccountScore {
  id: string;
  name: string;
  owner: string;
  segment: string;
  effective_segment: string;
  stage: string | null;
  score: number | null;
  color: HealthColor;
  coverage: number;
  categories: Record<string, CategoryResult>;
  traits: Record<string, TraitResult>;
  scenarios: string[];
  days_until_renewal: number;
  explanation: Explanation;
}
