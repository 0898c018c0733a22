import { describe, expect, test } from 'vitest';
import { traitChanges } from '../../src/history/trait-changes.js';
import type { Account } from '../../src/types/schema.js';

const version = (traits: Record<string, unknown>) => ({ traits }) as unknown as Account;

describe('traitChanges', () => {
  test('each trait whose raw value differs, in the order of the version before and then the new ones; absent reads as null', () => {
    const before = version({ ce_pulse: 'healthy', versions_behind: 3, active_champion: true, last_activity: null });
    const after = version({ versions_behind: '3', ce_pulse: 'concerning', active_champion: true, help_tickets_90d: 4 });
    expect(traitChanges(before, after)).toEqual([
      { trait: 'ce_pulse', from: 'healthy', to: 'concerning' },
      // The same digits as text are another value.
      { trait: 'versions_behind', from: 3, to: '3' },
      { trait: 'help_tickets_90d', from: null, to: 4 },
    ]);
  });

  test('lists and mappings are compared by what they hold, not by identity', () => {
    const before = version({ tags: ['a', 'b'], extra: { x: 1 } });
    expect(traitChanges(before, version({ tags: ['a', 'b'], extra: { x: 1 } }))).toEqual([]);
    expect(traitChanges(before, version({ tags: ['a', 'c'], extra: { x: 1 } }))).toEqual([{ trait: 'tags', from: ['a', 'b'], to: ['a', 'c'] }]);
  });

  test('an account added or removed: every trait it has changes from or to null', () => {
    expect(traitChanges(undefined, version({ ce_pulse: 'poor' }))).toEqual([{ trait: 'ce_pulse', from: null, to: 'poor' }]);
    expect(traitChanges(version({ ce_pulse: 'poor' }), undefined)).toEqual([{ trait: 'ce_pulse', from: 'poor', to: null }]);
  });
});
