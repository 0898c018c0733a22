import type { Playbooks } from './book.js';

/** The kinds of data file, one schema each (schemas/<kind with dashes>.schema.json). */
export type FileKind =
  | 'account'
  | 'health_model'
  | 'lifecycle'
  | 'segments'
  | 'scenarios'
  | 'cadences'
  | 'projects'
  | 'team'
  | 'calendar';

/**
 * Each playbook file, the Playbooks field it fills, its schema, and for a file the book can be
 * scored and reviewed without, what stands in for it when it does not load: then only what that
 * file feeds is missing (the templates projects start from, the agenda's duties).
 */
export const PLAYBOOK_FILES: ReadonlyArray<readonly [file: string, field: keyof Playbooks, kind: FileKind, standIn?: Playbooks[keyof Playbooks]]> = [
  ['health-score.yaml', 'health', 'health_model'],
  ['lifecycle.yaml', 'lifecycle', 'lifecycle'],
  ['segments.yaml', 'segments', 'segments'],
  ['scenarios.yaml', 'scenarios', 'scenarios'],
  ['cadences.yaml', 'cadences', 'cadences', { cadences: [] }],
  ['projects.yaml', 'projects', 'projects', { projects: [] }],
  ['team.yaml', 'team', 'team'],
  ['calendar.yaml', 'calendar', 'calendar'],
];

/** An account id, which is its file name without `.yaml`. */
export const ACCOUNT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
