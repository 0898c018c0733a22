import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, vitals } from '../helpers/book.js';

interface Row {
  id: string;
  owner: string;
  stage: string;
  effective_segment: string;
  color: string;
  scenarios: string[];
}

const scenarioIds = (parse(readFileSync(join(repoRoot, 'playbooks', 'scenarios.yaml'), 'utf8')) as { scenarios: Array<{ id: string }> }).scenarios.map((s) => s.id);

// The demo book is what `npm start` shows a newcomer: it must exercise the whole model, and stay
// meaningful through 2027.
describe.each(['2026-11-22', '2027-06-01'])('the shipped demo book as of %s', (asOf) => {
  it('validates, spans every stage and segment, and fires every scenario', async () => {
    const { code, stdout } = await vitals(['score', '--repo', repoRoot, '--format', 'json', '--as-of', asOf]);
    expect(code).toBe(0);
    const rows = (JSON.parse(stdout) as { accounts: Row[] }).accounts;
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.owner)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((r) => r.effective_segment))).toEqual(new Set(['strategic', 'enterprise', 'commercial', 'scaled_success']));
    expect(new Set(rows.map((r) => r.color))).toEqual(new Set(['green', 'yellow', 'red', 'unknown']));
    if (asOf === '2026-11-22') {
      expect(new Set(rows.map((r) => r.stage))).toEqual(new Set(['prospect', 'onboarding', 'adopting', 'nurturing', 'renewing']));
      expect(scenarioIds).toHaveLength(14);
      expect(new Set(rows.flatMap((r) => r.scenarios))).toEqual(new Set(scenarioIds));
    }
  });
});
