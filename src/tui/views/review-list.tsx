import { Box } from 'ink';
import React from 'react';
import type { DashboardRow } from '../../review/dashboard.js';
import { reviewHeading, reviewRow } from '../model/review-row.js';
import type { Flag } from '../model/row-flags.js';
import type { Theme } from '../theme.js';
import { LinesView } from './lines-view.js';

export interface ReviewListProps {
  rows: DashboardRow[];
  /** First row on screen. */
  top: number;
  height: number;
  width: number;
  selected: string | undefined;
  /** Each account's weekly scores; undefined without history (no sparkline column then). */
  weekly: Map<string, Array<number | null>> | undefined;
  flags(row: DashboardRow): Flag[];
  theme: Theme;
}

/** The Review list: its column heading, then only the rows on screen. */
export function ReviewList({ rows, top, height, width, selected, weekly, flags, theme }: ReviewListProps) {
  const spark = weekly !== undefined;
  const shown = rows.slice(top, top + height).map((row) => reviewRow(row, { width, selected: row.score.id === selected, spark, weekly: weekly?.get(row.score.id), flags: flags(row) }));
  return (
    <Box flexDirection="column" width={width}>
      <LinesView lines={[reviewHeading(width, spark)]} top={0} height={1} width={width} theme={theme} />
      <LinesView lines={shown} top={0} height={height} width={width} theme={theme} />
    </Box>
  );
}
