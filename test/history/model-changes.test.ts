import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Playbooks } from '../../src/book/book.js';
import { bookChecks } from '../../src/engine/index.js';
import { loadBook } from '../../src/load/load-book.js';
import { modelChanges } from '../../src/history/model-changes.js';
import { repoRoot, tempBook } from '../helpers/book.js';

/** The shipped playbooks, with text replacements applied to one file. */
function playbooks(file = 'health-score.yaml', edit: (text: string) => string = (t) => t): Playbooks {
  const dir = tempBook({ [`playbooks/${file}`]: edit(readFileSync(join(repoRoot, 'playbooks', file), 'utf8')) });
  const book = loadBook({ root: dir, asOf: '2026-11-20', checks: bookChecks });
  expect(book.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return book.playbooks!;
}

describe('model changes by path', () => {
  test('a list item is addressed by its trait or id, a value keeps its YAML type', () => {
    const after = playbooks('health-score.yaml', (t) => t.replace('{ trait: defect_tickets_90d, healthy: { lt: 2 },   poor: { gte: 5 } }', '{ trait: defect_tickets_90d, healthy: { lt: 2 },   poor: { gte: 4 } }'));
    expect(modelChanges(playbooks(), after)).toEqual([{ path: 'categories.technical_health.traits.defect_tickets_90d.poor.gte', from: 5, to: 4 }]);
  });

  test('an item added or removed is one change with the whole item; unchanged playbooks have none', () => {
    const before = playbooks();
    const after = playbooks('scenarios.yaml', (t) => t.replace(/  - id: handoff[\s\S]*?\n\n/, ''));
    const changes = modelChanges(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ path: 'scenarios.handoff', to: null, from: { id: 'handoff', priority: 2 } });
    expect(modelChanges(after, before)[0]).toMatchObject({ path: 'scenarios.handoff', from: null });
    expect(modelChanges(before, playbooks())).toEqual([]);
  });

  test('items without an id are addressed by position', () => {
    const after = playbooks('health-score.yaml', (t) => t.replace('max_color: yellow }', 'max_color: red }'));
    expect(modelChanges(playbooks(), after)).toEqual([{ path: 'guardrails.0.max_color', from: 'yellow', to: 'red' }]);
  });

  test('a new order of stages or variants, where the first match wins, is a change of the list; of categories it is none', () => {
    const swap = (t: string, a: RegExp, b: RegExp) => {
      const [x, y] = [a.exec(t)![0], b.exec(t)![0]];
      return t.replace(x, '\0').replace(y, x).replace('\0', y);
    };
    const after = playbooks('lifecycle.yaml', (t) => swap(t, /  - id: renewing[\s\S]*?\n\n/, /  - id: onboarding[\s\S]*?\n\n/));
    expect(modelChanges(playbooks(), after)).toEqual([
      { path: 'stages', from: ['prospect', 'renewing', 'onboarding', 'nurturing', 'adopting'], to: ['prospect', 'onboarding', 'renewing', 'nurturing', 'adopting'] },
    ]);
    const segments = playbooks('segments.yaml', (t) => swap(t, /  - id: strategic[\s\S]*?(?=  - id:)/, /  - id: enterprise[\s\S]*?(?=  - id:)/));
    expect(modelChanges(playbooks(), segments)).toEqual([{ path: 'segments', from: ['strategic', 'enterprise', 'commercial', 'scaled_success'], to: ['enterprise', 'strategic', 'commercial', 'scaled_success'] }]);
    const categories = playbooks('health-score.yaml', (t) => swap(t, /  - id: ta_pulse[\s\S]*?(?=  - id:)/, /  - id: technical_health[\s\S]*?(?=  - id:)/));
    expect(categories.health.categories.map((c) => c.id).slice(0, 2)).toEqual(['technical_health', 'ta_pulse']);
    expect(modelChanges(playbooks(), categories)).toEqual([]);
  });
});
