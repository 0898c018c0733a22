import { spawn } from 'node:child_process';
import { UsageError } from '../util/errors.js';
import { gitTooOld } from './git-version.js';

/** One file a commit changed against its first parent: `blob` null when the commit deleted it. */
export interface FileChange {
  path: string;
  blob: string | null;
  /** A symbolic link now stands at the path (its blob is null: a link is not a file to read). */
  link?: true;
}

/** A commit of the first-parent line, as `git log --raw` tells it. */
export interface LoggedCommit {
  sha: string;
  /** The committer date in the commit's own offset, ISO 8601 (`2026-11-02T09:30:00+01:00`). */
  committed: string;
  author: string;
  changes: FileChange[];
}

export interface LogRange {
  /** The verified commit the log ends at. */
  head: string;
  /** A verified commit already read: only commits after it are listed. */
  after?: string;
  paths: string[];
}

const START = 0x1e;
const FORMAT = '--format=%x1e%H%x00%cI%x00%aN%x00';

/**
 * The first-parent commits of a range that touch `paths`, newest first (as git finds them: each
 * comes as soon as git has it, where oldest first would wait for the whole walk), from one
 * `git log --raw -z` process read as it streams. A merge is one step: its changes are against its
 * first parent. Paths are relative to `dir` (`--relative`): a book may be a folder of a larger
 * repository.
 */
export async function* firstParentLog(dir: string, env: NodeJS.ProcessEnv, range: LogRange): AsyncGenerator<LoggedCommit> {
  const revision = range.after ? `${range.after}..${range.head}` : range.head;
  // `--root` and `--encoding` whatever the user's configuration says (log.showRoot=false would drop
  // the first commit's files; i18n.logOutputEncoding would re-encode the authors' names).
  const args = ['log', '--first-parent', '--diff-merges=first-parent', '--raw', '-z', '--root', '--encoding=UTF-8', '--relative', '--no-abbrev', '--no-renames', FORMAT, '--end-of-options', revision, '--', ...range.paths];
  const child = spawn('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, GIT_OPTIONAL_LOCKS: '0' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(new UsageError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => resolve(code ?? 1));
  });
  let buffered: Buffer = Buffer.alloc(0);
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    let parsed;
    while ((parsed = parseCommit(buffered, false))) {
      buffered = buffered.subarray(parsed.end);
      yield parsed.commit;
    }
  }
  let parsed;
  while ((parsed = parseCommit(buffered, true))) {
    buffered = buffered.subarray(parsed.end);
    yield parsed.commit;
  }
  const code = await exited;
  if (code !== 0) throw gitTooOld(env, args, stderr) ?? new Error(`git log failed: ${stderr.trim().split('\n')[0] ?? ''}`);
}

/** The commit at the start of `buf` and where it ends; undefined until it is complete (or at `done`, when there is none). */
function parseCommit(buf: Buffer, done: boolean): { commit: LoggedCommit; end: number } | undefined {
  if (buf.length === 0 || buf[0] !== START) return undefined;
  let at = 1;
  const field = (): string | undefined => {
    const end = buf.indexOf(0, at);
    if (end < 0) return undefined;
    const text = buf.toString('utf8', at, end);
    at = end + 1;
    return text;
  };
  const sha = field();
  const committed = field();
  const author = field();
  if (author === undefined) return undefined;
  const changes: FileChange[] = [];
  for (;;) {
    while (buf[at] === 0x0a || buf[at] === 0) at++;
    if (at >= buf.length) return done ? { commit: { sha: sha!, committed: committed!, author, changes }, end: at } : undefined;
    if (buf[at] === START) return { commit: { sha: sha!, committed: committed!, author, changes }, end: at };
    // `:100644 100644 <old> <new> M\0path\0`
    const header = field();
    const path = field();
    if (path === undefined) return undefined;
    const [, mode, , blob, status] = header!.slice(1).split(' ');
    // A link or a submodule is not a data file the book could read: as good as gone.
    changes.push({ path, blob: status === 'D' || !mode!.startsWith('100') ? null : blob!, ...(status !== 'D' && mode!.startsWith('120') && { link: true as const }) });
  }
}
