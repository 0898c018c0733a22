import type { Condition, Predicate } from '../../types/schema.js';
import { checkPredicateKind } from './check-predicate-kind.js';
import { didYouMeanHint } from '../../util/did-you-mean.js';
import { SCORE_BUILTINS } from '../model/builtins.js';
import { conditionForm } from '../model/condition-form.js';
import type { ConditionNames } from './condition-names.js';

const STATUSES = ['healthy', 'concerning', 'poor', 'missing'];
const COLORS = ['green', 'yellow', 'red', 'unknown'];

export interface ConditionContext {
  names: ConditionNames;
  /** 'a guardrail' or 'a variant' where score, coverage, colour and category would be circular. */
  beforeScore: string | null;
  /** Inside segments.yaml, `segment` means the assigned segment. */
  assignedSegment: boolean;
}

/** Problems of one condition and the conditions inside it, each at its own JSON pointer. */
export function checkCondition(
  c: Condition,
  path: string,
  ctx: ConditionContext,
  report: (path: string, message: string) => void,
): void {
  const shape = conditionForm(c);
  if ('error' in shape) {
    report(path, shape.error);
    return;
  }
  const raw = c as Record<string, unknown>;
  const { names } = ctx;
  const unknown = (what: string, name: string, known: readonly string[], at = path) => {
    const hint = didYouMeanHint(name, known);
    report(at, `unknown ${what} "${name}"${hint}`);
  };
  const circular = (what: string) =>
    report(path, `${ctx.beforeScore} cannot use ${what}: the score is computed after it (circular)`);
  const values = (key: string, allowed: readonly string[], what: string) =>
    (raw[key] as unknown[]).forEach((v, i) => {
      if (!allowed.includes(String(v))) unknown(what, String(v), allowed, `${path}/${key}/${i}`);
    });

  switch (shape.form) {
    case 'all':
    case 'any':
      (raw[shape.form] as Condition[]).forEach((p, i) => checkCondition(p, `${path}/${shape.form}/${i}`, ctx, report));
      return;
    case 'not':
      checkCondition(raw.not as Condition, `${path}/not`, ctx, report);
      return;
    case 'always':
    case 'flag':
      return;
    case 'metric': {
      const name = raw.metric as string;
      if (!names.values.includes(name)) unknown('trait or metric', name, names.values, `${path}/metric`);
      else if (ctx.beforeScore !== null && SCORE_BUILTINS.has(name)) circular(`\`${name}\``);
      else checkPredicateKind(name, names.kindOf(name), c as Predicate, path, report);
      return;
    }
    case 'status': {
      const name = raw.status as string;
      if (!names.traits.includes(name)) unknown('trait of the health model', name, names.traits, `${path}/status`);
      values('in', STATUSES, 'status');
      return;
    }
    case 'category': {
      const name = raw.category as string;
      if (!names.categories.includes(name)) unknown('category', name, names.categories, `${path}/category`);
      values('in', COLORS, 'colour');
      if (ctx.beforeScore !== null) circular('`category`');
      return;
    }
    case 'color':
      values('color', COLORS, 'colour');
      if (ctx.beforeScore !== null) circular('`color`');
      return;
    case 'stage':
      values('stage', names.stages, 'stage');
      if (ctx.beforeScore !== null && names.stageUsesScore !== null) {
        circular(`\`stage\` here, because ${names.stageUsesScore}`);
      }
      return;
    case 'segment':
      values('segment', ctx.assignedSegment ? names.assignedSegments : names.segments, ctx.assignedSegment ? 'assigned segment' : 'segment');
      if (ctx.beforeScore !== null && !ctx.assignedSegment && names.segmentUsesScore !== null) {
        circular(`\`segment\` here, because ${names.segmentUsesScore}`);
      }
      return;
    case 'stale': {
      const name = raw.stale as string;
      if (!names.staleable.includes(name)) unknown('trait or metric', name, names.staleable, `${path}/stale`);
      return;
    }
  }
}
