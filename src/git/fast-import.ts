import { spawn, spawnSync } from 'node:child_process';
import { UsageError } from '../util/errors.js';
import { gitTooOld } from './git-version.js';

/** A person and a moment, as a commit records them. */
export interface Signature {
  name: string;
  email: string;
  /** Seconds since the epoch. */
  time: number;
  /** `+0100`, `-0500`. */
  offset: string;
}

/** One commit for `importHistory`: files written (text) or deleted (null), by path. */
export interface ImportedCommit {
  author: Signature;
  message: string;
  files: Map<string, string | null>;
}

/**
 * A new repository at `dir` (an empty folder) holding `commits` on `main`, written through one
 * `git fast-import` rather than a process per commit, then checked out. Every date and name comes
 * from the commits, so the same commits make the same hashes.
 */
export async function importHistory(dir: string, env: NodeJS.ProcessEnv, commits: Iterable<ImportedCommit>): Promise<void> {
  run(dir, env, ['init', '-q', '--initial-branch=main']);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(new UsageError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => resolve(code ?? 1));
  });
  const write = (text: string) => (child.stdin.write(text) ? Promise.resolve() : new Promise<void>((resolve) => child.stdin.once('drain', () => resolve())));
  let first = true;
  for (const commit of commits) {
    await write(commitCommand(commit, first));
    first = false;
  }
  child.stdin.end('done\n');
  if ((await exited) !== 0) throw new Error(`git fast-import failed: ${stderr.trim().split('\n')[0] ?? ''}`);
  run(dir, env, ['reset', '-q', '--hard']);
}

function commitCommand(commit: ImportedCommit, first: boolean): string {
  const who = ({ name, email, time, offset }: Signature) => `${name} <${email}> ${time} ${offset}`;
  const out = [`commit refs/heads/main`, `author ${who(commit.author)}`, `committer ${who(commit.author)}`, data(commit.message)];
  if (first) out.push('deleteall');
  for (const [path, text] of commit.files) out.push(text === null ? `D ${quoted(path)}` : `M 100644 inline ${quoted(path)}\n${data(text)}`);
  return `${out.join('\n')}\n\n`;
}

/** `data <bytes>\n<content>`: the length counts bytes, not characters. */
const data = (text: string) => `data ${Buffer.byteLength(text, 'utf8')}\n${text}`;
const quoted = (path: string) => (/^[\w./-]+$/.test(path) ? path : JSON.stringify(path));

function run(dir: string, env: NodeJS.ProcessEnv, args: string[]): void {
  const result = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  if (result.error) throw new UsageError(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) throw gitTooOld(env, args, result.stderr) ?? new Error(`git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`);
}
