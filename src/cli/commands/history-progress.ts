import type { Context } from '../context.js';

/** "reading history: 420 commits" on stderr while a long read runs, only when stderr is a terminal. */
export function historyProgress(ctx: Context) {
  const tty = (ctx.io.stderr as { isTTY?: boolean }).isTTY === true;
  let shown = false;
  return {
    update: (commits: number) => {
      if (!tty) return;
      shown = true;
      ctx.io.stderr.write(`\rreading history: ${commits} commits`);
    },
    done: () => {
      if (shown) ctx.io.stderr.write('\r\x1b[K');
    },
  };
}
