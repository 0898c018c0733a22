import type { Mode } from '../state/app-state.js';
import type { Line } from '../theme.js';

/** A pick list: its title, then the options with the one under the cursor in inverse video and marked. */
export function pickLines(mode: Extract<Mode, { kind: 'pick' }>, height: number): Line[] {
  const shown = mode.options.slice(mode.top, mode.top + Math.max(1, height - 2));
  return [
    [{ text: mode.title, bold: true }],
    [],
    ...shown.map((o, i): Line => {
      const at = mode.top + i === mode.cursor;
      return [{ text: `${at ? '▶' : ' '} ${o.label}`, inverse: at, bold: at }];
    }),
  ];
}
