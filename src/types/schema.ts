/**
 * Generated from schemas/*.schema.json by scripts/gen-types.mjs. Do not edit by hand:
 * change the schema, then run `npm run gen:types` (test/schema-types.test.ts fails when this file drifts).
 */

/**
 * A calendar date written YYYY-MM-DD. It must exist: 2026-02-30 is rejected.
 */
export type IsoDate = string;

/**
 * The id of something in the playbooks (a category, trait, metric, scenario, project, stage, cadence or variant): lowercase snake_case, starting with a letter.
 */
export type ModelId = string;

/**
 * The id of a team member in playbooks/team.yaml: lowercase, starting with a letter, up to 32 characters of letters, digits, '_' and '-'.
 */
export type MemberId = string;

/**
 * A health colour.
 */
export type Color = 'green' | 'yellow' | 'red';

/**
 * A trait's status: the TA's opinion for ce_pulse, or what a model predicate concluded.
 */
export type TraitStatus = 'healthy' | 'concerning' | 'poor';

/**
 * A team member's role: technical advisor (ta), account executive (ae), customer engineer (ce), implementation engineer (ie) or manager.
 */
export type TeamRole = 'ta' | 'ae' | 'ce' | 'ie' | 'manager';

/**
 * A plain value a trait or metric can have: a number, a string (dates included) or a boolean.
 */
export type Scalar = number | string | boolean;

/**
 * A bound for an ordering comparison: a number, or a date written YYYY-MM-DD.
 */
export type Bound = number | IsoDate;

/**
 * A non-empty list of plain values; the value must equal one of them.
 *
 * @minItems 1
 */
export type ScalarList = [Scalar, ...Scalar[]];

/**
 * A test on one value. Several keys in one predicate must all hold, e.g. {gte: 0.2, lt: 0.5}.
 */
export interface Predicate {
  /**
   * Holds when the value equals this.
   */
  eq?: Scalar;
  /**
   * Holds when the value differs from this.
   */
  ne?: Scalar;
  /**
   * Holds when the value is less than this.
   */
  lt?: Bound;
  /**
   * Holds when the value is less than or equal to this.
   */
  lte?: Bound;
  /**
   * Holds when the value is greater than this.
   */
  gt?: Bound;
  /**
   * Holds when the value is greater than or equal to this.
   */
  gte?: Bound;
  /**
   * Holds when the value equals one of these.
   */
  in?: ScalarList;
}

/**
 * A rule over one account, written as data. One form per object: {all: [...]}, {any: [...]}, {not: C}, {always: true}, {metric: NAME, <predicate keys>}, {status: TRAIT, in: [...]}, {category: ID, in: [...]}, {color: [...]}, {stage: [...]}, {segment: [...]}, {flag: NAME} or {stale: TRAIT}. Which keys combine is checked by `vitals validate`.
 */
export interface Condition {
  /**
   * Holds when every condition in the list holds.
   */
  all?: Condition[];
  /**
   * Holds when at least one condition in the list holds.
   */
  any?: Condition[];
  /**
   * Holds when this condition does not.
   */
  not?: Condition;
  /**
   * Always holds: the catch-all of an ordered list.
   */
  always?: true;
  /**
   * A trait, a derived metric, or a built-in (arr, seats, score, coverage, days_until_renewal, days_since_close, days_until_close), tested with the predicate keys eq, ne, lt, lte, gt, gte, in. False when the value is missing.
   */
  metric?: ModelId;
  /**
   * With metric: holds when the value equals this.
   */
  eq?: Scalar;
  /**
   * With metric: holds when the value differs from this.
   */
  ne?: Scalar;
  /**
   * With metric: holds when the value is less than this.
   */
  lt?: Bound;
  /**
   * With metric: holds when the value is less than or equal to this.
   */
  lte?: Bound;
  /**
   * With metric: holds when the value is greater than this.
   */
  gt?: Bound;
  /**
   * With metric: holds when the value is greater than or equal to this.
   */
  gte?: Bound;
  /**
   * With metric: the value is one of these. With status: trait statuses (healthy, concerning, poor, missing). With category: colours (green, yellow, red, unknown).
   */
  in?: ScalarList;
  /**
   * A trait or metric whose status is tested with in.
   */
  status?: ModelId;
  /**
   * A category of the health model whose final colour is tested with in.
   */
  category?: ModelId;
  /**
   * Holds when the account's final colour (after guardrails and override) is one of these.
   *
   * @minItems 1
   */
  color?: ['green' | 'yellow' | 'red' | 'unknown', ...('green' | 'yellow' | 'red' | 'unknown')[]];
  /**
   * Holds when the account's lifecycle stage is one of these.
   *
   * @minItems 1
   */
  stage?: [ModelId, ...ModelId[]];
  /**
   * Holds when the account's effective segment (the assigned one inside segments.yaml) is one of these.
   *
   * @minItems 1
   */
  segment?: [ModelId, ...ModelId[]];
  /**
   * Holds when the account has this flag and it is not false.
   */
  flag?: ModelId;
  /**
   * Holds when this trait is stale (see the health model's staleness rules).
   */
  stale?: ModelId;
}

/**
 * The assigned segment. The effective segment is derived from it (see playbooks/segments.yaml).
 */
export type AssignedSegment = 'strategic' | 'enterprise' | 'commercial';
/**
 * How often to contact the customer (7, 14, 30, 61 or 91 days); monthly when absent.
 */
export type CheckIn = 'weekly' | 'biweekly' | 'monthly' | 'bimonthly' | 'quarterly';

/**
 * One customer account: accounts/<id>.yaml, where the id is the file name without .yaml. Unknown keys are errors, except top-level keys starting x_, which are yours.
 */
export interface Account {
  /**
   * The customer's display name.
   */
  name: string;
  /**
   * The TA who owns the account: a member id from playbooks/team.yaml.
   */
  owner: MemberId;
  team?: AccountTeam;
  segment: AssignedSegment;
  /**
   * Annual recurring revenue in USD.
   */
  arr: number;
  /**
   * Seats purchased.
   */
  seats: number;
  contract: Contract;
  /**
   * The date the generated traits were exported; generated traits older than 35 days are stale.
   */
  metrics_as_of?: IsoDate;
  traits?: Traits;
  reviewed?: Reviewed;
  flags?: Flags;
  override?: Override;
  check_in?: CheckIn;
  /**
   * The date of the last customer business review.
   */
  last_cbr?: IsoDate;
  /**
   * People at the customer.
   */
  contacts?: Contact[];
  /**
   * The voice of the customer, surfaced to the product team.
   */
  feedback?: Feedback[];
  /**
   * Notes on the account, newest last.
   */
  notes?: Note[];
  /**
   * Things to do for the account.
   */
  tasks?: Task[];
  renewal?: Renewal;
  /**
   * Your own data: vitals keeps it and ignores it.
   *
   * This interface was referenced by `Account`'s JSON-Schema definition
   * via the `patternProperty` "^x_".
   */
  [k: `x_${string}`]: unknown;
}
/**
 * The rest of the account team: member ids from playbooks/team.yaml.
 */
export interface AccountTeam {
  /**
   * The account executive.
   */
  ae?: MemberId;
  /**
   * The customer engineer.
   */
  ce?: MemberId;
  /**
   * The implementation engineer.
   */
  ie?: MemberId;
}
/**
 * The contract dates.
 */
export interface Contract {
  /**
   * The date the deal closed; in the future while the account is a prospect.
   */
  close_date: IsoDate;
  /**
   * The next renewal date.
   */
  renewal_date: IsoDate;
}
/**
 * What is known about the account. Every trait is optional: absent means no data, never zero.
 */
export interface Traits {
  /**
   * Manual: the TA's opinion of the account's health.
   */
  ce_pulse?: TraitStatus;
  /**
   * Manual: the customer has an active champion.
   */
  active_champion?: boolean;
  /**
   * Manual: the account team has access to the economic buyer.
   */
  access_to_buyer?: boolean;
  /**
   * Generated: how many releases behind the current one the customer runs.
   */
  versions_behind?: number;
  /**
   * Generated: precise code navigation is enabled on at least one language.
   */
  precise_intel?: boolean;
  /**
   * Generated: defect tickets opened in the last 90 days.
   */
  defect_tickets_90d?: number;
  /**
   * Generated: help tickets opened in the last 90 days.
   */
  help_tickets_90d?: number;
  /**
   * Generated: the date of the last logged contact.
   */
  last_activity?: IsoDate;
  /**
   * Generated: rolling 4-week average of daily active users.
   */
  dau_4wk_avg?: number;
  /**
   * Generated: monthly active users in the last calendar month.
   */
  mau_last_month?: number;
}
/**
 * When the TA last confirmed each manual trait. A manual trait never confirmed, or confirmed longer ago than its max_age_days, is stale.
 */
export interface Reviewed {
  /**
   * When ce_pulse was last confirmed.
   */
  ce_pulse?: IsoDate;
  /**
   * When active_champion was last confirmed.
   */
  active_champion?: IsoDate;
  /**
   * When access_to_buyer was last confirmed.
   */
  access_to_buyer?: IsoDate;
  /**
   * When versions_behind was last confirmed.
   */
  versions_behind?: IsoDate;
  /**
   * When precise_intel was last confirmed.
   */
  precise_intel?: IsoDate;
  /**
   * When defect_tickets_90d was last confirmed.
   */
  defect_tickets_90d?: IsoDate;
  /**
   * When help_tickets_90d was last confirmed.
   */
  help_tickets_90d?: IsoDate;
  /**
   * When last_activity was last confirmed.
   */
  last_activity?: IsoDate;
  /**
   * When dau_4wk_avg was last confirmed.
   */
  dau_4wk_avg?: IsoDate;
  /**
   * When mau_last_month was last confirmed.
   */
  mau_last_month?: IsoDate;
}
/**
 * Markers on the account. A flag holds when present and not false. Any snake_case name may be used; red_account and expansion_opportunity are known to vitals.
 */
export interface Flags {
  /**
   * The account is a Red Account: since when and why.
   */
  red_account?: RedAccountFlag;
  /**
   * The account is an expansion opportunity (ranks it in the MBR top 3).
   */
  expansion_opportunity?: boolean;
  /**
   * A flag: true or false, or since when and why it is set.
   */
  [k: string]: boolean | FlagDetail | RedAccountFlag | undefined;
}
/**
 * Replaces the computed colour (unknown included) while as-of <= until.
 */
export interface Override {
  /**
   * The colour to show instead of the computed one.
   */
  color: Color;
  /**
   * Why the computed colour is wrong; shown in every explanation.
   */
  reason: string;
  /**
   * The last day the override is in force.
   */
  until: IsoDate;
}
/**
 * Where the account is in the renewal process.
 */
export interface Renewal {
  /**
   * The current phase of the renewal process.
   */
  phase?: 'health_assessment' | 'lighthouse' | 'renewal_plan' | 'renewal_forecast' | 'process_renewal';
  /**
   * The outcome of the renewal health assessment.
   */
  assessment?: 'green' | 'yellow_red';
  /**
   * The expected or actual renewal outcome.
   */
  outcome?: 'full_churn' | 'partial_churn' | 'flat' | 'incremental';
}

/**
 * A flag with since when and why it is set.
 */
export interface FlagDetail {
  /**
   * The date the flag was set.
   */
  since?: IsoDate;
  /**
   * Why the flag is set.
   */
  reason?: string;
}

/**
 * The Red Account flag: a reason is required.
 */
export interface RedAccountFlag {
  /**
   * The date the account became a Red Account.
   */
  since?: IsoDate;
  /**
   * Why the account is a Red Account.
   */
  reason: string;
}

/**
 * A person at the customer.
 */
export interface Contact {
  /**
   * The person's name.
   */
  name: string;
  /**
   * The person's role for us.
   */
  role: 'champion' | 'buyer' | 'admin' | 'user';
  /**
   * The person's email address.
   */
  email?: string;
  /**
   * The person's job title.
   */
  title?: string;
  champion_test?: ChampionTest;
}
/**
 * The handbook's three champion criteria; an active champion needs all three.
 */
export interface ChampionTest {
  /**
   * Has power and influence.
   */
  power?: boolean;
  /**
   * Actively sells for us.
   */
  sells?: boolean;
  /**
   * Has a vested interest in our success.
   */
  vested?: boolean;
}

/**
 * One piece of customer feedback for the product team.
 */
export interface Feedback {
  /**
   * When the customer gave the feedback.
   */
  date: IsoDate;
  /**
   * The product area it concerns.
   */
  area: string;
  /**
   * The feedback, in the customer's words where possible.
   */
  text: string;
  /**
   * How far it has got with the product team.
   */
  status?: 'logged' | 'shared' | 'resolved';
}

/**
 * A dated note on the account.
 */
export interface Note {
  /**
   * When the note was written.
   */
  date: IsoDate;
  /**
   * Who wrote it: a member id from playbooks/team.yaml.
   */
  author: MemberId;
  /**
   * The note.
   */
  text: string;
}

/**
 * Something to do for the account.
 */
export interface Task {
  /**
   * What to do.
   */
  title: string;
  /**
   * When it is due.
   */
  due?: IsoDate;
  /**
   * Whether it is done; open when absent.
   */
  done?: boolean;
  /**
   * The project template (playbooks/projects.yaml) the task came from.
   */
  project?: ModelId;
  /**
   * When the task was created.
   */
  created?: IsoDate;
}

/**
 * The health model, playbooks/health-score.yaml: how traits become statuses, scores and colours.
 */
export interface HealthModel {
  status_scores: StatusScores;
  colors: ColorCutoffs;
  /**
   * The share of trait weight (0-1) that must have data; below it the colour is unknown.
   */
  min_coverage: number;
  /**
   * Derived metrics by id, usable wherever a trait is.
   */
  metrics: {
    [k: string]: Metric;
  };
  /**
   * The categories of the health score; their weights must sum to 100.
   *
   * @minItems 1
   */
  categories: [Category, ...Category[]];
  /**
   * Caps on the colour; each is listed in every explanation it affects.
   */
  guardrails?: Guardrail[];
  /**
   * Category weights for accounts matching a condition, in order, first match wins; the merged weights must sum to 100.
   */
  variants?: Variant[];
}
/**
 * The score (0-100) each trait status is worth.
 */
export interface StatusScores {
  /**
   * The score of a healthy trait.
   */
  healthy: number;
  /**
   * The score of a concerning trait.
   */
  concerning: number;
  /**
   * The score of a poor trait.
   */
  poor: number;
}
/**
 * Colour cut-offs on the unrounded score: score >= green is green, >= yellow is yellow, else red.
 */
export interface ColorCutoffs {
  /**
   * The lowest green score.
   */
  green: number;
  /**
   * The lowest yellow score.
   */
  yellow: number;
}

/**
 * A derived metric: exactly one of ratio, days_since, days_until. It is missing when it cannot be computed (zero or absent denominator, absent date).
 */
export type Metric = {
  /**
   * numerator / denominator: two traits, metrics or built-ins (e.g. seats).
   *
   * @minItems 2
   * @maxItems 2
   */
  ratio?: [ModelId, ModelId];
  /**
   * Whole days from this date trait to the as-of date.
   */
  days_since?: ModelId;
  /**
   * Whole days from the as-of date to this date trait.
   */
  days_until?: ModelId;
  /**
   * What the metric means, for people.
   */
  description?: string;
} & (
  | {
      ratio: unknown;
    }
  | {
      days_since: unknown;
    }
  | {
      days_until: unknown;
    }
);

/**
 * A category of the health score: a weighted group of traits.
 */
export interface Category {
  /**
   * The category id.
   */
  id: ModelId;
  /**
   * The display name.
   */
  name: string;
  /**
   * The category's weight in the overall score; the weights of all categories sum to 100.
   */
  weight: number;
  /**
   * What the category measures, for people.
   */
  description?: string;
  /**
   * The traits scored in this category.
   *
   * @minItems 1
   */
  traits: [TraitRule, ...TraitRule[]];
}

/**
 * How one trait or metric is scored: healthy if the healthy predicate holds, else poor if the poor predicate holds, else concerning.
 */
export interface TraitRule {
  /**
   * The trait or derived metric scored.
   */
  trait: ModelId;
  /**
   * When the value is healthy.
   */
  healthy: Predicate;
  /**
   * When the value is poor (tested only if not healthy).
   */
  poor: Predicate;
  /**
   * The trait's weight within its category.
   */
  weight?: number;
  /**
   * Makes the trait manual: it is stale when last reviewed more than this many days before the as-of date.
   */
  max_age_days?: number;
  /**
   * Score a concerning numeric value linearly between the poor and healthy bounds (each predicate then has exactly one of lt, lte, gt, gte).
   */
  interpolate?: boolean;
  /**
   * What the trait means, for people.
   */
  description?: string;
}

/**
 * A cap on the colour of accounts matching a condition.
 */
export interface Guardrail {
  /**
   * Which accounts are capped (may not use score, coverage, color or category).
   */
  when: Condition;
  /**
   * The best colour these accounts can have.
   */
  max_color: Color;
  /**
   * Why the cap exists, shown in explanations.
   */
  reason?: string;
}

/**
 * Replacement category weights for accounts matching a condition.
 */
export interface Variant {
  /**
   * The variant id.
   */
  id: ModelId;
  /**
   * Which accounts use the variant (may not use score, coverage, color or category).
   */
  when: Condition;
  /**
   * Category id -> weight; categories not listed keep their weight.
   */
  weights: {
    [k: string]: number;
  };
}

/**
 * Lifecycle stages, playbooks/lifecycle.yaml: in order, the first stage whose condition holds is the account's stage.
 */
export interface Lifecycle {
  /**
   * The stages in order, first match wins; the last should be {always: true}.
   *
   * @minItems 1
   */
  stages: [Stage, ...Stage[]];
}

/**
 * A lifecycle stage.
 */
export interface Stage {
  /**
   * The stage id, used by stage conditions.
   */
  id: ModelId;
  /**
   * The display name.
   */
  name: string;
  /**
   * When an account is in this stage (if no earlier stage matched).
   */
  when: Condition;
  /**
   * What the stage means, for people.
   */
  description?: string;
}

/**
 * Customer segments, playbooks/segments.yaml. Assigned segments are set on the account; the effective segment is the first derived segment whose condition holds, else the assigned one.
 */
export interface Segments {
  /**
   * The assigned segments and, in order, the derived ones.
   *
   * @minItems 1
   */
  segments: [Segment, ...Segment[]];
}

/**
 * A segment: assigned (no when) or derived (derived: true and a when).
 */
export interface Segment {
  /**
   * The segment id.
   */
  id: ModelId;
  /**
   * The display name.
   */
  name: string;
  /**
   * Who is in the segment, for people.
   */
  description?: string;
  /**
   * The segment is derived from a condition rather than assigned on the account.
   */
  derived?: boolean;
  /**
   * For a derived segment: which accounts it applies to. A segment condition here means the assigned segment.
   */
  when?: Condition;
}

/**
 * "What should I be doing?" scenarios, playbooks/scenarios.yaml: situations and the actions they call for.
 */
export interface Scenarios {
  /**
   * The scenarios; every one whose condition holds is active.
   */
  scenarios: Scenario[];
}

/**
 * A situation an account can be in, and what to do about it.
 */
export interface Scenario {
  /**
   * The scenario id.
   */
  id: ModelId;
  /**
   * The display title.
   */
  title: string;
  /**
   * When the scenario is active.
   */
  when: Condition;
  /**
   * The steps to take, in order.
   *
   * @minItems 1
   */
  actions: [
    (
      | string
      | {
          /**
           * The step.
           */
          text: string;
          /**
           * When the step is already done.
           */
          done_when: Condition;
        }
    ),
    ...(
      | string
      | {
          /**
           * The step.
           */
          text: string;
          /**
           * When the step is already done.
           */
          done_when: Condition;
        }
    )[]
  ];
  /**
   * A project template in playbooks/projects.yaml to start.
   */
  project?: ModelId;
  /**
   * How urgent it is: 1 most urgent, 5 least.
   */
  priority?: number;
  /**
   * More about the scenario, for people.
   */
  description?: string;
}

/**
 * Recurring duties, playbooks/cadences.yaml, from which the weekly agenda derives.
 */
export interface Cadences {
  /**
   * The recurring duties.
   */
  cadences: Cadence[];
}

/**
 * A recurring duty and what it asks.
 */
export interface Cadence {
  /**
   * The cadence id; the agenda relies on mbr_top3, internal_qbr, cbr, biweekly_team_checkin, trait_upkeep, red_yellow_renewals, customer_contact.
   */
  id: ModelId;
  /**
   * The display title.
   */
  title: string;
  /**
   * How often the duty recurs.
   */
  every: 'daily' | 'weekly' | 'biweekly' | 'monthly' | 'bimonthly' | 'quarterly' | 'as_needed';
  /**
   * Whether the duty is with colleagues or with customers.
   */
  audience: 'internal' | 'external';
  /**
   * What the duty asks of the TA.
   */
  asks: string[];
  /**
   * More about the duty, for people.
   */
  description?: string;
}

/**
 * Project templates, playbooks/projects.yaml: task lists a scenario can start, with due dates relative to an anchor date.
 */
export interface Projects {
  /**
   * The project templates.
   */
  projects: Project[];
}

/**
 * A project template.
 */
export interface Project {
  /**
   * The project id.
   */
  id: ModelId;
  /**
   * The display name.
   */
  name: string;
  /**
   * What the project is for, for people.
   */
  description?: string;
  /**
   * The date task offsets count from: the day the scenario fired (trigger), the close date or the renewal date.
   */
  anchor?: 'trigger' | 'close_date' | 'renewal_date';
  /**
   * The tasks the project creates.
   *
   * @minItems 1
   */
  tasks: [ProjectTask, ...ProjectTask[]];
}

/**
 * A task of a project template; due on the anchor date plus offset_days.
 */
export interface ProjectTask {
  /**
   * What to do.
   */
  title: string;
  /**
   * Days after (or, negative, before) the anchor date the task is due.
   */
  offset_days: number;
  /**
   * Who does it.
   */
  role?: TeamRole;
  /**
   * The phase of the project the task belongs to.
   */
  phase?: string;
}

/**
 * The team, playbooks/team.yaml: the people account files refer to by id.
 */
export interface Team {
  /**
   * The team members.
   */
  members: Member[];
}

/**
 * A team member.
 */
export interface Member {
  /**
   * The member id account files use.
   */
  id: MemberId;
  /**
   * The member's name.
   */
  name: string;
  /**
   * The member's email; matched against git config user.email to find the user's book.
   */
  email: string;
  /**
   * The member's role.
   */
  role: TeamRole;
}

/**
 * The team calendar, playbooks/calendar.yaml: fiscal quarters and the bi-weekly rhythm.
 */
export interface Calendar {
  /**
   * The month (1-12) the fiscal year starts in.
   */
  fiscal_year_start_month: number;
  /**
   * A Monday: bi-weekly duties fall on every other week counted from it.
   */
  biweekly_anchor: IsoDate;
}
