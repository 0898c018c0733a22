import type { Playbooks } from '../../book/book.js';
import type { Condition } from '../../types/schema.js';
import { didYouMeanHint } from '../../util/did-you-mean.js';
import { dayNumber } from '../dates/day-number.js';
import { BUILTINS } from '../model/builtins.js';
import { valueKinds, type ValueKind } from '../model/value-kinds.js';
import { checkCondition, type ConditionContext } from './check-condition.js';
import { checkHealth } from './check-health.js';
import type { ConditionNames } from './condition-names.js';
import type { ModelIssue, PlaybookFile } from './model-issue.js';
import { reportDuplicates } from './report-duplicates.js';
import { usesScore } from './uses-score.js';

/** Cadence ids the weekly agenda takes its duties' text from. */
export const AGENDA_CADENCES = [
  'customer_contact', 'trait_upkeep', 'red_yellow_renewals', 'mbr_top3', 'internal_qbr', 'cbr', 'biweekly_team_checkin',
] as const;

/**
 * The model's own consistency (SPEC 3.1(7), 3.2, variants, calendar): every problem, each at a
 * JSON pointer in its playbook file. `traitKinds` are the traits an account file may have, with
 * the kind of value each holds. References into a file that did not load (`emptied`, left empty)
 * are not checked: that file's own error says what is wrong.
 */
export function checkModel(playbooks: Playbooks, traitKinds: Readonly<Record<string, ValueKind>>, emptied: ReadonlyArray<keyof Playbooks> = []): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const reporter =
    (file: PlaybookFile) =>
    (path: string, message: string, severity: 'error' | 'warning' = 'error') =>
      issues.push({ file, path, severity, message });
  const names = conditionNames(playbooks, traitKinds);
  const plain: ConditionContext = { names, beforeScore: null, assignedSegment: false };

  checkHealth(playbooks.health, names, reporter('health'));

  const lifecycle = reporter('lifecycle');
  const stages = playbooks.lifecycle.stages ?? [];
  reportDuplicates(stages.map((s) => s.id), (i) => `/stages/${i}/id`, 'stage', lifecycle);
  stages.forEach((s, i) => checkCondition(s.when, `/stages/${i}/when`, plain, lifecycle));
  const last = stages[stages.length - 1];
  if (last !== undefined && last.when?.always !== true) {
    lifecycle(`/stages/${stages.length - 1}/when`, 'the last stage is not {always: true}: an account matching no stage has none', 'warning');
  }

  const segments = reporter('segments');
  const list = playbooks.segments.segments ?? [];
  reportDuplicates(list.map((s) => s.id), (i) => `/segments/${i}/id`, 'segment', segments);
  list.forEach((s, i) => {
    if (s.derived === true && s.when === undefined) segments(`/segments/${i}`, `derived segment "${s.id}" needs a \`when\``);
    if (s.derived !== true && s.when !== undefined) segments(`/segments/${i}/when`, `segment "${s.id}" has a \`when\` but is not \`derived: true\``);
    if (s.when !== undefined) checkCondition(s.when, `/segments/${i}/when`, { ...plain, assignedSegment: true }, segments);
  });

  const scenarios = reporter('scenarios');
  const projects = (playbooks.projects.projects ?? []).map((p) => p.id);
  const scenarioList = playbooks.scenarios.scenarios ?? [];
  reportDuplicates(scenarioList.map((s) => s.id), (i) => `/scenarios/${i}/id`, 'scenario', scenarios);
  scenarioList.forEach((s, i) => {
    checkCondition(s.when, `/scenarios/${i}/when`, plain, scenarios);
    s.actions.forEach((a, n) => typeof a !== 'string' && checkCondition(a.done_when, `/scenarios/${i}/actions/${n}/done_when`, plain, scenarios));
    if (s.project !== undefined && !emptied.includes('projects') && !projects.includes(s.project)) {
      const hint = didYouMeanHint(s.project, projects);
      scenarios(`/scenarios/${i}/project`, `unknown project "${s.project}"${hint}`);
    }
  });

  const cadences = reporter('cadences');
  const cadenceIds = (playbooks.cadences.cadences ?? []).map((c) => c.id);
  reportDuplicates(cadenceIds, (i) => `/cadences/${i}/id`, 'cadence', cadences);
  for (const id of emptied.includes('cadences') ? [] : AGENDA_CADENCES) {
    if (!cadenceIds.includes(id)) cadences('/cadences', `no cadence "${id}": the weekly agenda shows that item without its duties`, 'warning');
  }
  reportDuplicates(projects, (i) => `/projects/${i}/id`, 'project', reporter('projects'));
  reportDuplicates((playbooks.team.members ?? []).map((m) => m.id), (i) => `/members/${i}/id`, 'member', reporter('team'));

  const anchor = dayNumber(playbooks.calendar.biweekly_anchor);
  if (!Number.isNaN(anchor) && (((anchor + 3) % 7) + 7) % 7 !== 0) {
    reporter('calendar')('/biweekly_anchor', `biweekly_anchor ${playbooks.calendar.biweekly_anchor} is not a Monday`);
  }
  return issues;
}

function conditionNames(playbooks: Playbooks, traitKinds: Readonly<Record<string, ValueKind>>): ConditionNames {
  const health = playbooks.health;
  const traitNames = Object.keys(traitKinds);
  const metrics = Object.keys(health.metrics ?? {});
  const segments = playbooks.segments.segments ?? [];
  return {
    kindOf: valueKinds(traitKinds, health.metrics ?? {}),
    traitKinds,
    values: [...traitNames, ...metrics, ...Object.keys(BUILTINS)],
    traits: (health.categories ?? []).flatMap((c) => c.traits.map((t) => t.trait)),
    staleable: [...traitNames, ...metrics],
    categories: (health.categories ?? []).map((c) => c.id),
    stages: (playbooks.lifecycle.stages ?? []).map((s) => s.id),
    segments: segments.map((s) => s.id),
    assignedSegments: segments.filter((s) => s.derived !== true).map((s) => s.id),
    stageUsesScore: firstUse(playbooks.lifecycle.stages ?? [], 'lifecycle.yaml stage'),
    segmentUsesScore: firstUse(segments, 'segments.yaml segment'),
  };
}

function firstUse(items: readonly { id: string; when?: Condition }[], where: string): string | null {
  for (const item of items) {
    const found = usesScore(item.when);
    if (found !== null) return `${where} "${item.id}" uses ${found}`;
  }
  return null;
}
