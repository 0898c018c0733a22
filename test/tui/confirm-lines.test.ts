import { describe, expect, it } from 'vitest';
import type { EditPlan } from '../../src/edit/index.js';
import { confirmLines } from '../../src/tui/model/confirm-lines.js';

const text = (lines: ReturnType<typeof confirmLines>) => lines.map((l) => l.map((s) => s.text).join(''));

describe('the confirmation', () => {
  it('wraps a long change and the commit message to the screen rather than cut them: what is committed is read whole', () => {
    const long = 'task "Bring manual traits up to date so the health colour is right" due 2026-11-30 (the template\'s 2026-11-18 has passed)';
    const plan = {
      file: 'accounts/acme.yaml',
      changes: [long],
      changesInFull: [long],
      before: { score: 80, color: 'green' },
      after: { score: 80, color: 'green' },
      message: `acme: ${long}\n\nVitals-Account: acme\n`,
      writes: [{}],
    } as unknown as EditPlan;
    const lines = text(confirmLines(plan, undefined, 'commit', 80));
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    const whole = lines.join(' ').replace(/\s+/g, ' ');
    expect(whole).toContain(`? ${long} score 80.0`);
    expect(whole).toContain(`Commit message acme: ${long} Vitals-Account: acme`);
  });
});
