import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeFolder } from '../../edit/index.js';
import { addDays } from '../../engine/index.js';
import { importHistory } from '../../git/fast-import.js';
import { demoHistory } from '../../history/demo-history.js';
import { shippedFiles } from '../../history/demo-files.js';
import { seededRandom } from '../../history/demo-random.js';
import { yamlModule } from '../../load/yaml-module.js';
import { UsageError } from '../../util/errors.js';
import { plain } from '../../util/sanitize.js';
import type { Context } from '../context.js';
import { historyProgress } from './history-progress.js';

export interface DemoOptions {
  accounts?: string | undefined;
  weeks?: string | undefined;
  seed?: string | undefined;
}

/** `vitals demo DIR`: a team's repository with a synthetic book and weeks of history, the same for the same seed and as-of date. */
export async function demo(ctx: Context, args: string[], options: DemoOptions): Promise<number> {
  if (args.length !== 1) throw new UsageError('demo takes one folder to create, e.g. vitals demo ./demo-book');
  const accounts = count('--accounts', options.accounts ?? '40', 1, 100_000);
  const weeks = count('--weeks', options.weeks ?? '12', 1, 520);
  const seed = count('--seed', options.seed ?? '1', 0, 2 ** 32 - 1);
  const dir = resolve(ctx.io.cwd, args[0]!);
  let existing: string[] = [];
  try {
    existing = readdirSync(dir);
  } catch {
    makeFolder(dir, plain(args[0]));
  }
  if (existing.length > 0) throw new UsageError(`${plain(args[0])} is not empty: vitals demo creates a new repository in an empty or new folder`);
  const shipped = shippedFiles();
  const members = (yamlModule().parse(shipped.get('playbooks/team.yaml')!) as { members: Array<{ id: string; name: string; email: string; role: string }> }).members;
  const team = {
    ta: members.filter((m) => m.role === 'ta'),
    ae: members.filter((m) => m.role === 'ae').map((m) => m.id),
    ce: members.filter((m) => m.role === 'ce').map((m) => m.id),
    manager: members.find((m) => m.role === 'manager') ?? members[0]!,
  };
  const progress = historyProgress(ctx, 'writing history');
  let commits = 0;
  const history = demoHistory({ accounts, weeks, end: ctx.asOf, random: seededRandom(seed), team, shipped });
  await importHistory(dir, ctx.io.env, (function* () {
    for (const commit of history) {
      yield commit;
      if (++commits % 50 === 0) progress.update(commits);
    }
  })());
  progress.done();
  ctx.out(`Created ${plain(args[0])}: ${accounts} account${accounts === 1 ? '' : 's'}, ${weeks} week${weeks === 1 ? '' : 's'} of history in ${commits} commits up to ${ctx.asOf}.\nTry: cd ${plain(args[0])} && vitals log --since ${addDays(ctx.asOf, -28)}`);
  return 0;
}

function count(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${plain(value)}"`);
  return n;
}
