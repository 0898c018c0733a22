import type { HealthColor } from '../engine/index.js';

/** One run of text with its look: what every view is drawn from. */
export interface Segment {
  text: string;
  color?: string | undefined;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
}

/** A line of the screen, drawn left to right. */
export type Line = Segment[];

/**
 * Risk is never told by colour alone: each health colour has a glyph and its word, so NO_COLOR and
 * colour-blind readers lose nothing (SPEC §6).
 */
export const HEALTH: Record<HealthColor | 'none', { glyph: string; word: string; color: string }> = {
  red: { glyph: '▼', word: 'red', color: 'red' },
  yellow: { glyph: '◆', word: 'yellow', color: 'yellow' },
  green: { glyph: '●', word: 'green', color: 'green' },
  unknown: { glyph: '?', word: 'unknown', color: 'gray' },
  none: { glyph: '·', word: 'none', color: 'gray' },
};

export interface Theme {
  /** False with NO_COLOR or --no-color: colours go, inverse, bold and glyphs stay. */
  color: boolean;
}

/**
 * Ink paints through chalk, whose colour detection ignores NO_COLOR (it reads FORCE_COLOR and the
 * TTY only) and whose level 0 would also drop inverse and bold: so NO_COLOR is honoured here, by
 * never asking for a colour, while chalk keeps drawing the selection in inverse video.
 */
export function paint(theme: Theme, segment: Segment): Segment {
  return theme.color || segment.color === undefined ? segment : { ...segment, color: undefined };
}
