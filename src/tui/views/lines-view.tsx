import { Box, Text } from 'ink';
import { paint, type Line, type Theme } from '../theme.js';

/**
 * A window of `height` lines starting at `top`: only what is on screen becomes Ink nodes (Ink lays
 * out every child it is given, ~0.25 ms a row). Each line is cut at the edge, never wrapped.
 */
export function LinesView({ lines, top, height, width, theme }: { lines: Line[]; top: number; height: number; width: number; theme: Theme }) {
  const shown = lines.slice(top, top + height);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {shown.map((line, i) => (
        <LineView key={top + i} line={line} theme={theme} />
      ))}
    </Box>
  );
}

const BLANK: Line = [{ text: ' ' }];

export function LineView({ line, theme }: { line: Line; theme: Theme }) {
  // An empty Text takes no line at all in Ink: a blank line is a space.
  if (line.length === 0) line = BLANK;
  return (
    <Text wrap="truncate-end">
      {line.map((segment, i) => {
        const s = paint(theme, segment);
        return (
          <Text key={i} color={s.color} bold={s.bold === true} dimColor={s.dim === true} inverse={s.inverse === true}>
            {s.text}
          </Text>
        );
      })}
    </Text>
  );
}
