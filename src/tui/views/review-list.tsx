import { Box } from 'ink';
import { memo } from 'react';
import type { DashboardRow } from '../../review/dashboard.js';
import { reviewHeading, reviewRow } from '../model/review-row.js';
import type { Flag } from '../model/row-flags.js';
import type { Theme } from '../theme.js';
import { LinesView, LineView } from './lines-view.js';

export interface ReviewListProps {
  rows: DashboardRow[];
  /** First row on screen. */
  top: number;
  height: number;
  width: number;
  selected: string | undefined;
  /** Each account's weekly scores; undefined without history (no sparkline column then). */
  weekly: Map<string, Array<number | null>> | undefined;
  /** Room for the sparklines: from the first frame when history is on its way, so the names do not jump when it comes. */
  spark: boolean;
  /** A row's flags; the same function until the data changes, so unchanged rows are not drawn again. */
  flags(row: DashboardRow): Flag[];
  theme: Theme;
}

interface RowProps {
  row: DashboardRow;
  width: number;
  selected: boolean;
  spark: boolean;
  weekly: ReadonlyArray<number | null> | undefined;
  flags(row: DashboardRow): Flag[];
  theme: Theme;
}

/** One row, redrawn by React only when its own props change: a `j` redraws two rows, not the screen's worth. */
const Row = memo(function Row({ row, width, selected, spark, weekly, flags, theme }: RowProps) {
  return <LineView line={reviewRow(row, { width, selected, spark, weekly, flags: flags(row) })} theme={theme} />;
});

/** The Review list: its column heading, then only the rows on screen. */
export function ReviewList({ rows, top, height, width, selected, weekly, spark, flags, theme }: ReviewListProps) {
  return (
    <Box flexDirection="column" width={width}>
      <LinesView lines={[reviewHeading(width, spark)]} top={0} height={1} width={width} theme={theme} />
      <Box flexDirection="column" width={width} height={height} overflow="hidden">
        {rows.slice(top, top + height).map((row) => (
          <Row key={row.score.id} row={row} width={width} selected={row.score.id === selected} spark={spark} weekly={weekly?.get(row.score.id)} flags={flags} theme={theme} />
        ))}
      </Box>
    </Box>
  );
}
