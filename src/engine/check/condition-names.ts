import type { ValueKind } from '../model/value-kinds.js';

/** The names a condition may refer to, by kind; built once per `checkModel` call. */
export interface ConditionNames {
  /** What a trait, metric or built-in holds; undefined for an unknown name. */
  kindOf: (name: string) => ValueKind | undefined;
  /** The traits an account file may have, with what each holds. */
  traitKinds: Readonly<Record<string, ValueKind>>;
  /** Traits, metrics and built-ins: what `metric` may name. */
  values: readonly string[];
  /** Model trait ids: what `status` may name. */
  traits: readonly string[];
  /** Traits and metrics: what `stale` may name. */
  staleable: readonly string[];
  categories: readonly string[];
  stages: readonly string[];
  /** Every segment id (effective segments). */
  segments: readonly string[];
  /** Assigned (not derived) segment ids: what `segment` means inside segments.yaml. */
  assignedSegments: readonly string[];
  /** Set when the lifecycle (or derived segments) depend on the score: names the culprit. */
  stageUsesScore: string | null;
  segmentUsesScore: string | null;
}
