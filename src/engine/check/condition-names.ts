/** The names a condition may refer to, by kind; built once per `checkModel` call. */
export interface ConditionNames {
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
