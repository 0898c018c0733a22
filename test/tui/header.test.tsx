import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { buildDashboard, type Dashboard } from '../../src/review/dashboard.js';
import type { AccountSummary } from '../../src/engine/index.js';
import { Header } from '../../src/tui/views/header.js';

const dashboard = (counts: Dashboard['counts'], lastWeekCounts: Dashboard['counts']) =>
  ({ asOf: '2026-12-05', owner: undefined, rows: [], counts, lastWeekCounts, lastWeek: '2026-11-28' }) as unknown as Dashboard;

describe('the Review header', () => {
  it('keeps the date of last week in 80 columns, shortened when the counts are long', () => {
    const wide = render(<Header dashboard={dashboard({ red: 3, yellow: 6, green: 32, unknown: 3 }, { red: 3, yellow: 6, green: 32, unknown: 3 })} history="ready" theme={{ color: false }} width={80} />);
    expect(wide.lastFrame()!.split('\n')[1]).toMatch(/Δ since 2026-11-28$/);
    const long = render(<Header dashboard={dashboard({ red: 812, yellow: 2304, green: 6550, unknown: 334 }, { red: 790, yellow: 2331, green: 6545, unknown: 334 })} history="ready" theme={{ color: false }} width={80} />);
    const counts = long.lastFrame()!.split('\n')[1]!;
    expect(counts).toMatch(/ Δ (since )?11-28$/);
    expect(counts.length).toBeLessThanOrEqual(80);
  });

  it('moves no count when nothing is scored today (the playbooks do not load), whatever last week had', () => {
    const lastWeek = [{ id: 'acme', owner: 'priya', color: 'green', score: 90 }] as unknown as AccountSummary[];
    const board = buildDashboard([], [], lastWeek, { asOf: '2026-12-05', owner: undefined, lastWeek: '2026-11-28', model: undefined });
    expect(board.lastWeekCounts).toBeUndefined();
    const shown = render(<Header dashboard={board} history="ready" theme={{ color: false }} width={80} />);
    expect(shown.lastFrame()).not.toContain('(-1)');
  });
});
