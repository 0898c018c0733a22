import type { Playbooks } from '../../book/book.js';
import type { HealthColor } from '../types.js';
import type { Facts } from './facts.js';

/** A value of an account, or undefined when it is missing. */
export type ValueOf = (f: Facts) => number | string | boolean | undefined;
export type Test = (f: Facts) => boolean;
export type ValueTest = (v: number | string | boolean) => boolean;

export interface CompiledTrait {
  id: string;
  index: number;
  category: number;
  weight: number;
  /** Manual: the model entry has max_age_days. */
  maxAgeDays: number | undefined;
  value: ValueOf;
  stale: Test;
  healthy: ValueTest;
  poor: ValueTest;
  healthyText: string;
  poorText: string;
  /** Bounds for `interpolate: true`, when the predicates allow it. */
  interpolate: { healthy: number; poor: number } | null;
}

export interface CompiledCategory {
  id: string;
  name: string;
  traits: number[];
  traitWeightSum: number;
}

export interface CompiledScenario {
  id: string;
  title: string;
  when: Test;
  actions: string[];
  /** Per action: when it is already done (null: never known to be). */
  doneWhen: Array<Test | null>;
  project: string | null;
  priority: number | null;
}

/** The playbooks turned into lookups and closures once, reused for every account. */
export interface CompiledModel {
  playbooks: Playbooks;
  statusScores: { healthy: number; concerning: number; poor: number };
  green: number;
  yellow: number;
  minCoverage: number;
  traits: CompiledTrait[];
  categories: CompiledCategory[];
  /** Each id's first trait (category): an id listed twice is an error of the model, and results keep the first. */
  traitIndex: Map<string, number>;
  categoryIndex: Map<string, number>;
  /** The same first indexes, model order. */
  firstTraits: number[];
  firstCategories: number[];
  /** Category weights, model order. */
  weights: number[];
  /** Each variant's merged weights, model order. */
  variants: { id: string; when: Test; weights: number[] }[];
  guardrails: { when: Test; text: string; maxColor: HealthColor; reason: string | null }[];
  stages: { id: string; when: Test }[];
  derivedSegments: { id: string; when: Test }[];
  scenarios: CompiledScenario[];
  /** Manual trait ids (model entries with max_age_days) and their limit. */
  manual: Map<string, number>;
  valueOf: (name: string) => ValueOf;
  staleOf: (name: string) => Test;
}
