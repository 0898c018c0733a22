import type { Context } from '../context.js';

/** "reading history: 420 commits" on stderr while a long run goes on, only when stderr is a terminal. */
export function historyProgress(ctx: Context, what = 'reading history') {
  const tty = (ctx.io.stderr as { isTTY?: boolean }).isTTY === true;
  let shown = false;
  return {
    update: (commits: number) => {
      if (!tty) return;
      shown = true;
      ctx.io.stderr.write(`\r${what}: ${commits} commits`);
    },
    done: () => {
      if (shown) ctx.io.stderr.write('\r\x1b[K');
    },
  };
}
