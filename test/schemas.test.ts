// Table tests for schemas/*.schema.json: a valid fixture per file kind, then one case per field, each
// changing one thing of that fixture and saying whether it stays valid and, if not, where the error is.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const schemasDir = fileURLToPath(new URL('../schemas', import.meta.url));
const schemaFiles = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const file of schemaFiles) ajv.addSchema(JSON.parse(readFileSync(`${schemasDir}/${file}`, 'utf8')));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** `valid`, or where the error is: its instancePath and, to be precise, its keyword. */
type Expect = 'valid' | { at: string; keyword?: string };
/** One field changed: set (or, with `undefined`, delete) the value at a JSON pointer. */
type Case = [name: string, pointer: string, value: Json | undefined, expected: Expect];

function validate(file: string, data: unknown): ErrorObject[] {
  const check = ajv.getSchema(file);
  if (!check) throw new Error(`no schema ${file}`);
  return check(data) ? [] : (check.errors ?? []);
}

function withChange(fixture: Json, pointer: string, value: Json | undefined): Json {
  const copy = structuredClone(fixture);
  const keys = pointer.split('/').slice(1);
  const last = keys.pop();
  if (last === undefined) throw new Error(`bad pointer ${pointer}`);
  let node: any = copy;
  for (const key of keys) node = node[key];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function table(file: string, fixture: Json, cases: Case[]) {
  describe(file, () => {
    it('accepts the valid fixture', () => {
      expect(validate(file, fixture)).toEqual([]);
    });
    it.each(cases)('%s', (_name, pointer, value, expected) => {
      const errors = validate(file, withChange(fixture, pointer, value));
      if (expected === 'valid') {
        expect(errors).toEqual([]);
        return;
      }
      expect(errors.length).toBeGreaterThan(0);
      const where = errors.map((e) => ({ at: e.instancePath, keyword: e.keyword }));
      expect(where).toContainEqual(expected.keyword ? expected : expect.objectContaining({ at: expected.at }));
    });
  });
}

const missing = undefined;

it('every schema compiles under strict ajv and has a title', () => {
  expect(schemaFiles).toEqual([
    'account.schema.json',
    'cadences.schema.json',
    'calendar.schema.json',
    'common.schema.json',
    'health-model.schema.json',
    'lifecycle.schema.json',
    'projects.schema.json',
    'scenarios.schema.json',
    'segments.schema.json',
    'team.schema.json',
  ]);
  for (const file of schemaFiles) {
    const schema = ajv.getSchema(file)?.schema as { $id: string; title: string };
    expect(schema.$id).toBe(file);
    expect(schema.title).toMatch(/^[A-Z][A-Za-z]+$/);
  }
});

it('describes every property (editors show it on hover)', () => {
  // Conditional keywords (if/then, oneOf of required keys) only check presence; they declare nothing.
  const presenceOnly = new Set(['if', 'then', 'else', 'oneOf']);
  const dataValued = new Set(['examples', 'enum', 'const', 'default']);
  const undocumented: string[] = [];
  const walkSchema = (schema: unknown, path: string): void => {
    if (schema === null || typeof schema !== 'object') return;
    for (const [keyword, value] of Object.entries(schema)) {
      if (presenceOnly.has(keyword) || dataValued.has(keyword)) continue;
      if (keyword === 'properties' || keyword === 'patternProperties' || keyword === '$defs') {
        for (const [name, sub] of Object.entries(value as object)) {
          if (keyword !== '$defs' && typeof (sub as { description?: unknown }).description !== 'string') {
            undocumented.push(`${path}/${keyword}/${name}`);
          }
          walkSchema(sub, `${path}/${keyword}/${name}`);
        }
      } else if (Array.isArray(value)) {
        value.forEach((sub, i) => walkSchema(sub, `${path}/${keyword}/${i}`));
      } else {
        walkSchema(value, `${path}/${keyword}`);
      }
    }
  };
  for (const file of schemaFiles) walkSchema(ajv.getSchema(file)?.schema, file);
  expect(undocumented).toEqual([]);
});

const account: Json = {
  name: 'Acme Corp',
  owner: 'jane',
  team: { ae: 'bob', ce: 'ann' },
  segment: 'enterprise',
  arr: 120000,
  seats: 500,
  contract: { close_date: '2025-01-15', renewal_date: '2026-01-15' },
  metrics_as_of: '2026-11-01',
  traits: {
    ce_pulse: 'concerning',
    active_champion: true,
    access_to_buyer: false,
    versions_behind: 3,
    precise_intel: true,
    defect_tickets_90d: 1,
    help_tickets_90d: 4,
    last_activity: '2026-11-10',
    dau_4wk_avg: 120,
    mau_last_month: 400,
  },
  reviewed: { ce_pulse: '2026-11-02' },
  flags: { red_account: { since: '2026-10-01', reason: 'champion left' }, expansion_opportunity: true },
  override: { color: 'red', reason: 'exec escalation pending', until: '2026-12-31' },
  check_in: 'monthly',
  last_cbr: '2026-09-15',
  contacts: [
    {
      name: 'Pat Lee',
      role: 'champion',
      email: 'pat@acme.example',
      champion_test: { power: true, sells: true, vested: true },
    },
  ],
  feedback: [{ date: '2026-11-03', area: 'code-search', text: 'Wants saved searches shared per team', status: 'logged' }],
  notes: [{ date: '2026-11-10', author: 'jane', text: 'Upgrade planned for December' }],
  tasks: [{ title: 'Send 5.3 upgrade guide', due: '2026-11-28', done: false, project: 'get_well' }],
  renewal: { phase: 'health_assessment', assessment: 'yellow_red', outcome: 'flat' },
};

table('account.schema.json', account, [
  ['rejects a missing name', '/name', missing, { at: '', keyword: 'required' }],
  ['rejects an empty name', '/name', '', { at: '/name', keyword: 'minLength' }],
  ['rejects a missing owner', '/owner', missing, { at: '', keyword: 'required' }],
  ['rejects an owner id with capitals', '/owner', 'Jane', { at: '/owner', keyword: 'pattern' }],
  ['rejects a missing segment', '/segment', missing, { at: '', keyword: 'required' }],
  ['rejects a segment typo', '/segment', 'enterprize', { at: '/segment', keyword: 'enum' }],
  ['rejects the derived segment as assigned', '/segment', 'scaled_success', { at: '/segment', keyword: 'enum' }],
  ['rejects a missing arr', '/arr', missing, { at: '', keyword: 'required' }],
  ['rejects a negative arr', '/arr', -1, { at: '/arr', keyword: 'minimum' }],
  ['rejects arr as a string', '/arr', '120000', { at: '/arr', keyword: 'type' }],
  ['accepts arr 0', '/arr', 0, 'valid'],
  ['rejects seats 0', '/seats', 0, { at: '/seats', keyword: 'minimum' }],
  ['rejects fractional seats', '/seats', 1.5, { at: '/seats', keyword: 'type' }],
  ['rejects a missing contract', '/contract', missing, { at: '', keyword: 'required' }],
  ['rejects a missing close_date', '/contract/close_date', missing, { at: '/contract', keyword: 'required' }],
  ['rejects a missing renewal_date', '/contract/renewal_date', missing, { at: '/contract', keyword: 'required' }],
  ['rejects a date that does not exist', '/contract/renewal_date', '2026-02-30', { at: '/contract/renewal_date', keyword: 'format' }],
  ['rejects a date in another format', '/contract/close_date', '15/01/2025', { at: '/contract/close_date', keyword: 'format' }],
  ['rejects an unknown key in contract', '/contract/signed', '2025-01-01', { at: '/contract', keyword: 'additionalProperties' }],
  ['rejects an unknown top-level key', '/colour', 'red', { at: '', keyword: 'additionalProperties' }],
  ['accepts an x_ key with any value', '/x_crm', { id: 42, tags: ['a'] }, 'valid'],
  ['rejects an unknown team role', '/team/pm', 'zoe', { at: '/team', keyword: 'additionalProperties' }],
  ['rejects a bad team member id', '/team/ae', 'Bob Smith', { at: '/team/ae', keyword: 'pattern' }],
  ['rejects a bad metrics_as_of', '/metrics_as_of', '2026-13-01', { at: '/metrics_as_of', keyword: 'format' }],
  ['rejects a ce_pulse typo', '/traits/ce_pulse', 'concerned', { at: '/traits/ce_pulse', keyword: 'enum' }],
  ['rejects a boolean trait as a string', '/traits/active_champion', 'yes', { at: '/traits/active_champion', keyword: 'type' }],
  ['rejects negative versions_behind', '/traits/versions_behind', -1, { at: '/traits/versions_behind', keyword: 'minimum' }],
  ['rejects fractional defect_tickets_90d', '/traits/defect_tickets_90d', 1.5, { at: '/traits/defect_tickets_90d', keyword: 'type' }],
  ['rejects negative help_tickets_90d', '/traits/help_tickets_90d', -2, { at: '/traits/help_tickets_90d', keyword: 'minimum' }],
  ['accepts fractional dau_4wk_avg', '/traits/dau_4wk_avg', 120.5, 'valid'],
  ['rejects negative dau_4wk_avg', '/traits/dau_4wk_avg', -0.5, { at: '/traits/dau_4wk_avg', keyword: 'minimum' }],
  ['rejects fractional mau_last_month', '/traits/mau_last_month', 400.5, { at: '/traits/mau_last_month', keyword: 'type' }],
  ['rejects a bad last_activity', '/traits/last_activity', '2026-11-31', { at: '/traits/last_activity', keyword: 'format' }],
  ['rejects an unknown trait', '/traits/nps', 9, { at: '/traits', keyword: 'additionalProperties' }],
  ['accepts no traits at all', '/traits', {}, 'valid'],
  ['rejects reviewed for an unknown trait', '/reviewed/nps', '2026-11-02', { at: '/reviewed', keyword: 'additionalProperties' }],
  ['rejects a bad reviewed date', '/reviewed/ce_pulse', 'yesterday', { at: '/reviewed/ce_pulse', keyword: 'format' }],
  ['rejects red_account without a reason', '/flags/red_account', { since: '2026-10-01' }, { at: '/flags/red_account', keyword: 'required' }],
  ['rejects red_account as a boolean', '/flags/red_account', true, { at: '/flags/red_account', keyword: 'type' }],
  ['rejects expansion_opportunity as a string', '/flags/expansion_opportunity', 'yes', { at: '/flags/expansion_opportunity', keyword: 'type' }],
  ['accepts another flag as a boolean', '/flags/at_risk_logo', true, 'valid'],
  ['accepts another flag with since and reason', '/flags/exec_sponsor_left', { since: '2026-10-01' }, 'valid'],
  ['rejects another flag with an unknown key', '/flags/exec_sponsor_left', { when: '2026-10-01' }, { at: '/flags/exec_sponsor_left' }],
  ['rejects a flag name that is not snake_case', '/flags/Red-Account', true, { at: '/flags', keyword: 'propertyNames' }],
  ['rejects an override without a reason', '/override/reason', missing, { at: '/override', keyword: 'required' }],
  ['rejects an override without until', '/override/until', missing, { at: '/override', keyword: 'required' }],
  ['rejects an override colour unknown', '/override/color', 'unknown', { at: '/override/color', keyword: 'enum' }],
  ['rejects a check_in typo', '/check_in', 'fortnightly', { at: '/check_in', keyword: 'enum' }],
  ['rejects a bad last_cbr', '/last_cbr', '2026-02-29', { at: '/last_cbr', keyword: 'format' }],
  ['rejects a contact without a role', '/contacts/0/role', missing, { at: '/contacts/0', keyword: 'required' }],
  ['rejects a contact role typo', '/contacts/0/role', 'champ', { at: '/contacts/0/role', keyword: 'enum' }],
  ['rejects a bad contact email', '/contacts/0/email', 'pat at acme', { at: '/contacts/0/email', keyword: 'format' }],
  ['rejects an unknown champion criterion', '/contacts/0/champion_test/budget', true, { at: '/contacts/0/champion_test', keyword: 'additionalProperties' }],
  ['rejects feedback without text', '/feedback/0/text', missing, { at: '/feedback/0', keyword: 'required' }],
  ['rejects a feedback status typo', '/feedback/0/status', 'done', { at: '/feedback/0/status', keyword: 'enum' }],
  ['rejects a note without an author', '/notes/0/author', missing, { at: '/notes/0', keyword: 'required' }],
  ['rejects a bad note date', '/notes/0/date', '2026-11-10T10:00:00Z', { at: '/notes/0/date', keyword: 'format' }],
  ['rejects a task without a title', '/tasks/0/title', missing, { at: '/tasks/0', keyword: 'required' }],
  ['rejects done as a string', '/tasks/0/done', 'no', { at: '/tasks/0/done', keyword: 'type' }],
  ['rejects a bad task project id', '/tasks/0/project', 'Get Well', { at: '/tasks/0/project', keyword: 'pattern' }],
  ['accepts a task created date', '/tasks/0/created', '2026-11-14', 'valid'],
  ['rejects a renewal phase typo', '/renewal/phase', 'assessment', { at: '/renewal/phase', keyword: 'enum' }],
  ['rejects a renewal outcome typo', '/renewal/outcome', 'churn', { at: '/renewal/outcome', keyword: 'enum' }],
]);

const healthModel: Json = {
  status_scores: { healthy: 100, concerning: 50, poor: 0 },
  colors: { green: 66.7, yellow: 33.3 },
  min_coverage: 0.6,
  metrics: {
    usage_score: { ratio: ['dau_4wk_avg', 'mau_last_month'] },
    mau_over_seats: { ratio: ['mau_last_month', 'seats'] },
    days_since_last_activity: { days_since: 'last_activity' },
  },
  categories: [
    {
      id: 'ta_pulse',
      name: 'TA Pulse',
      weight: 5,
      traits: [{ trait: 'ce_pulse', healthy: { in: ['healthy'] }, poor: { in: ['poor'] }, max_age_days: 45 }],
    },
    {
      id: 'technical_health',
      name: 'Technical Health',
      weight: 95,
      traits: [
        { trait: 'versions_behind', healthy: { lte: 2 }, poor: { gt: 4 }, interpolate: true },
        { trait: 'precise_intel', healthy: { eq: true }, poor: { eq: false }, weight: 2 },
      ],
    },
  ],
  guardrails: [{ when: { status: 'ce_pulse', in: ['poor'] }, max_color: 'yellow' }],
  variants: [{ id: 'onboarding', when: { stage: ['onboarding'] }, weights: { ta_pulse: 50, technical_health: 50 } }],
};

table('health-model.schema.json', healthModel, [
  ['rejects missing status_scores', '/status_scores', missing, { at: '', keyword: 'required' }],
  ['rejects a status score missing', '/status_scores/concerning', missing, { at: '/status_scores', keyword: 'required' }],
  ['rejects a status score above 100', '/status_scores/healthy', 101, { at: '/status_scores/healthy', keyword: 'maximum' }],
  ['rejects missing colors', '/colors', missing, { at: '', keyword: 'required' }],
  ['rejects an unknown colour cut-off', '/colors/red', 0, { at: '/colors', keyword: 'additionalProperties' }],
  ['rejects min_coverage above 1', '/min_coverage', 60, { at: '/min_coverage', keyword: 'maximum' }],
  ['rejects missing categories', '/categories', missing, { at: '', keyword: 'required' }],
  ['rejects no categories', '/categories', [], { at: '/categories', keyword: 'minItems' }],
  ['rejects an unknown top-level key', '/weights', {}, { at: '', keyword: 'additionalProperties' }],
  ['rejects a ratio of one name', '/metrics/usage_score/ratio', ['dau_4wk_avg'], { at: '/metrics/usage_score/ratio', keyword: 'minItems' }],
  ['rejects a metric with two forms', '/metrics/usage_score/days_since', 'last_activity', { at: '/metrics/usage_score', keyword: 'oneOf' }],
  ['rejects a metric with no form', '/metrics/usage_score', { description: 'x' }, { at: '/metrics/usage_score', keyword: 'oneOf' }],
  ['rejects a metric typo', '/metrics/usage_score', { ratoi: ['a', 'b'] }, { at: '/metrics/usage_score', keyword: 'additionalProperties' }],
  ['accepts a days_until metric', '/metrics/days_to_cbr', { days_until: 'last_cbr', description: 'x' }, 'valid'],
  ['rejects a metric id with capitals', '/metrics/UsageScore', { ratio: ['a', 'b'] }, { at: '/metrics', keyword: 'propertyNames' }],
  ['rejects a category without weight', '/categories/0/weight', missing, { at: '/categories/0', keyword: 'required' }],
  ['rejects a negative category weight', '/categories/0/weight', -5, { at: '/categories/0/weight', keyword: 'minimum' }],
  ['rejects a bad category id', '/categories/0/id', 'ta-pulse', { at: '/categories/0/id', keyword: 'pattern' }],
  ['rejects a category with no traits', '/categories/0/traits', [], { at: '/categories/0/traits', keyword: 'minItems' }],
  ['accepts a category description', '/categories/0/description', 'The TA opinion', 'valid'],
  ['rejects a trait rule without poor', '/categories/0/traits/0/poor', missing, { at: '/categories/0/traits/0', keyword: 'required' }],
  ['rejects an empty predicate', '/categories/0/traits/0/healthy', {}, { at: '/categories/0/traits/0/healthy', keyword: 'minProperties' }],
  ['rejects a predicate typo', '/categories/1/traits/0/healthy', { lessthan: 2 }, { at: '/categories/1/traits/0/healthy', keyword: 'additionalProperties' }],
  ['rejects a string bound that is not a date', '/categories/1/traits/0/healthy', { lte: 'two' }, { at: '/categories/1/traits/0/healthy/lte' }],
  ['accepts a date bound', '/categories/1/traits/0/healthy', { lte: '2026-01-01' }, 'valid'],
  ['rejects an empty in', '/categories/0/traits/0/healthy', { in: [] }, { at: '/categories/0/traits/0/healthy/in', keyword: 'minItems' }],
  ['rejects a trait weight of 0', '/categories/1/traits/1/weight', 0, { at: '/categories/1/traits/1/weight', keyword: 'exclusiveMinimum' }],
  ['rejects max_age_days 0', '/categories/0/traits/0/max_age_days', 0, { at: '/categories/0/traits/0/max_age_days', keyword: 'minimum' }],
  ['rejects interpolate as a string', '/categories/1/traits/0/interpolate', 'yes', { at: '/categories/1/traits/0/interpolate', keyword: 'type' }],
  ['rejects an unknown trait rule key', '/categories/1/traits/0/concerning', { lte: 3 }, { at: '/categories/1/traits/0', keyword: 'additionalProperties' }],
  ['rejects a guardrail without max_color', '/guardrails/0/max_color', missing, { at: '/guardrails/0', keyword: 'required' }],
  ['rejects a max_color typo', '/guardrails/0/max_color', 'amber', { at: '/guardrails/0/max_color', keyword: 'enum' }],
  ['rejects a condition with an unknown key', '/guardrails/0/when', { status: 'ce_pulse', is: ['poor'] }, { at: '/guardrails/0/when', keyword: 'additionalProperties' }],
  ['rejects an empty condition', '/guardrails/0/when', {}, { at: '/guardrails/0/when', keyword: 'minProperties' }],
  ['rejects always: false', '/guardrails/0/when', { always: false }, { at: '/guardrails/0/when/always', keyword: 'const' }],
  ['rejects a colour typo in a condition', '/guardrails/0/when', { color: ['amber'] }, { at: '/guardrails/0/when/color/0', keyword: 'enum' }],
  ['accepts the colour unknown in a condition', '/guardrails/0/when', { color: ['unknown'] }, 'valid'],
  ['rejects a nested condition typo', '/guardrails/0/when', { all: [{ metric: 'arr', lte: 1 }, { flag: 'x', eq: true, nope: 1 }] }, { at: '/guardrails/0/when/all/1', keyword: 'additionalProperties' }],
  ['accepts nested any/not conditions', '/guardrails/0/when', { any: [{ not: { stale: 'ce_pulse' } }, { segment: ['commercial'] }] }, 'valid'],
  ['rejects a variant without weights', '/variants/0/weights', missing, { at: '/variants/0', keyword: 'required' }],
  ['rejects a negative variant weight', '/variants/0/weights/ta_pulse', -1, { at: '/variants/0/weights/ta_pulse', keyword: 'minimum' }],
]);

table('lifecycle.schema.json', { stages: [{ id: 'prospect', name: 'Prospect', when: { metric: 'days_until_close', gt: 0 } }, { id: 'adopting', name: 'Adopting', when: { always: true }, description: 'Otherwise' }] }, [
  ['rejects missing stages', '/stages', missing, { at: '', keyword: 'required' }],
  ['rejects no stages', '/stages', [], { at: '/stages', keyword: 'minItems' }],
  ['rejects a stage without when', '/stages/0/when', missing, { at: '/stages/0', keyword: 'required' }],
  ['rejects a stage without a name', '/stages/1/name', missing, { at: '/stages/1', keyword: 'required' }],
  ['rejects a bad stage id', '/stages/0/id', 'Prospect', { at: '/stages/0/id', keyword: 'pattern' }],
  ['rejects an unknown stage key', '/stages/0/order', 1, { at: '/stages/0', keyword: 'additionalProperties' }],
  ['rejects a condition with an unknown key', '/stages/0/when', { metric: 'days_until_close', greater: 0 }, { at: '/stages/0/when', keyword: 'additionalProperties' }],
]);

table('segments.schema.json', { segments: [{ id: 'commercial', name: 'Commercial' }, { id: 'scaled_success', name: 'Scaled Success', derived: true, when: { all: [{ segment: ['commercial'] }, { metric: 'arr', lt: 50000 }] } }] }, [
  ['rejects missing segments', '/segments', missing, { at: '', keyword: 'required' }],
  ['rejects a segment without a name', '/segments/0/name', missing, { at: '/segments/0', keyword: 'required' }],
  ['rejects a derived segment without when', '/segments/1/when', missing, { at: '/segments/1', keyword: 'required' }],
  ['rejects a when on an assigned segment', '/segments/0/when', { always: true }, { at: '/segments/0', keyword: 'dependentRequired' }],
  ['rejects derived as a string', '/segments/1/derived', 'yes', { at: '/segments/1/derived', keyword: 'type' }],
  ['rejects an unknown segment key', '/segments/0/min_arr', 0, { at: '/segments/0', keyword: 'additionalProperties' }],
]);

table('scenarios.schema.json', { scenarios: [{ id: 'no_active_champion', title: 'No active champion', when: { metric: 'active_champion', eq: false }, actions: ['Find a new champion'], project: 'get_well', priority: 2, description: 'x' }] }, [
  ['rejects missing scenarios', '/scenarios', missing, { at: '', keyword: 'required' }],
  ['rejects a scenario without a title', '/scenarios/0/title', missing, { at: '/scenarios/0', keyword: 'required' }],
  ['rejects a scenario without when', '/scenarios/0/when', missing, { at: '/scenarios/0', keyword: 'required' }],
  ['rejects a scenario without actions', '/scenarios/0/actions', missing, { at: '/scenarios/0', keyword: 'required' }],
  ['rejects no actions', '/scenarios/0/actions', [], { at: '/scenarios/0/actions', keyword: 'minItems' }],
  ['rejects an action that is not text', '/scenarios/0/actions/0', { do: 'x' }, { at: '/scenarios/0/actions/0', keyword: 'type' }],
  ['rejects priority 0', '/scenarios/0/priority', 0, { at: '/scenarios/0/priority', keyword: 'minimum' }],
  ['rejects priority 6', '/scenarios/0/priority', 6, { at: '/scenarios/0/priority', keyword: 'maximum' }],
  ['rejects a bad project id', '/scenarios/0/project', 'get-well', { at: '/scenarios/0/project', keyword: 'pattern' }],
  ['rejects a bad scenario id', '/scenarios/0/id', 'No champion', { at: '/scenarios/0/id', keyword: 'pattern' }],
  ['rejects an unknown scenario key', '/scenarios/0/owner', 'jane', { at: '/scenarios/0', keyword: 'additionalProperties' }],
]);

table('cadences.schema.json', { cadences: [{ id: 'cbr', title: 'Customer business review', every: 'quarterly', audience: 'external', asks: ['Review value delivered'], description: 'x' }] }, [
  ['rejects missing cadences', '/cadences', missing, { at: '', keyword: 'required' }],
  ['rejects a cadence without every', '/cadences/0/every', missing, { at: '/cadences/0', keyword: 'required' }],
  ['rejects an every typo', '/cadences/0/every', 'fortnightly', { at: '/cadences/0/every', keyword: 'enum' }],
  ['accepts every: as_needed', '/cadences/0/every', 'as_needed', 'valid'],
  ['rejects an audience typo', '/cadences/0/audience', 'customer', { at: '/cadences/0/audience', keyword: 'enum' }],
  ['rejects a cadence without asks', '/cadences/0/asks', missing, { at: '/cadences/0', keyword: 'required' }],
  ['rejects asks as text', '/cadences/0/asks', 'Review value', { at: '/cadences/0/asks', keyword: 'type' }],
  ['rejects an unknown cadence key', '/cadences/0/day', 'monday', { at: '/cadences/0', keyword: 'additionalProperties' }],
]);

table('projects.schema.json', { projects: [{ id: 'get_well', name: 'Get Well plan', anchor: 'trigger', tasks: [{ title: 'Agree the plan', offset_days: 7, role: 'ta', phase: 'plan' }, { title: 'Kick-off', offset_days: -3 }] }] }, [
  ['rejects missing projects', '/projects', missing, { at: '', keyword: 'required' }],
  ['rejects a project without tasks', '/projects/0/tasks', missing, { at: '/projects/0', keyword: 'required' }],
  ['rejects no tasks', '/projects/0/tasks', [], { at: '/projects/0/tasks', keyword: 'minItems' }],
  ['rejects an anchor typo', '/projects/0/anchor', 'renewal', { at: '/projects/0/anchor', keyword: 'enum' }],
  ['rejects a task without offset_days', '/projects/0/tasks/0/offset_days', missing, { at: '/projects/0/tasks/0', keyword: 'required' }],
  ['rejects fractional offset_days', '/projects/0/tasks/0/offset_days', 1.5, { at: '/projects/0/tasks/0/offset_days', keyword: 'type' }],
  ['rejects a role typo', '/projects/0/tasks/0/role', 'csm', { at: '/projects/0/tasks/0/role', keyword: 'enum' }],
  ['rejects an unknown task key', '/projects/0/tasks/0/due', '2026-01-01', { at: '/projects/0/tasks/0', keyword: 'additionalProperties' }],
]);

table('team.schema.json', { members: [{ id: 'jane', name: 'Jane Doe', email: 'jane@example.com', role: 'ta' }] }, [
  ['rejects missing members', '/members', missing, { at: '', keyword: 'required' }],
  ['rejects a member without an email', '/members/0/email', missing, { at: '/members/0', keyword: 'required' }],
  ['rejects a bad email', '/members/0/email', 'jane', { at: '/members/0/email', keyword: 'format' }],
  ['rejects a member without a role', '/members/0/role', missing, { at: '/members/0', keyword: 'required' }],
  ['rejects a role typo', '/members/0/role', 'TA', { at: '/members/0/role', keyword: 'enum' }],
  ['rejects a member id with a space', '/members/0/id', 'jane doe', { at: '/members/0/id', keyword: 'pattern' }],
  ['rejects a member id over 32 characters', '/members/0/id', 'j'.repeat(33), { at: '/members/0/id', keyword: 'pattern' }],
  ['accepts a member id with a dash', '/members/0/id', 'jane-doe', 'valid'],
  ['rejects an unknown member key', '/members/0/manager', 'bob', { at: '/members/0', keyword: 'additionalProperties' }],
]);

table('calendar.schema.json', { fiscal_year_start_month: 2, biweekly_anchor: '2026-01-05' }, [
  ['rejects a missing fiscal_year_start_month', '/fiscal_year_start_month', missing, { at: '', keyword: 'required' }],
  ['rejects month 0', '/fiscal_year_start_month', 0, { at: '/fiscal_year_start_month', keyword: 'minimum' }],
  ['rejects month 13', '/fiscal_year_start_month', 13, { at: '/fiscal_year_start_month', keyword: 'maximum' }],
  ['rejects a month name', '/fiscal_year_start_month', 'February', { at: '/fiscal_year_start_month', keyword: 'type' }],
  ['rejects a missing biweekly_anchor', '/biweekly_anchor', missing, { at: '', keyword: 'required' }],
  ['rejects a biweekly_anchor that does not exist', '/biweekly_anchor', '2026-02-30', { at: '/biweekly_anchor', keyword: 'format' }],
  ['rejects an unknown key', '/timezone', 'UTC', { at: '', keyword: 'additionalProperties' }],
]);
