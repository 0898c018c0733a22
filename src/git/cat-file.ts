import { spawn, spawnSync } from 'node:child_process';
import { UsageError } from '../util/errors.js';

/** Blobs by id from one long-lived `git cat-file --batch`: a history of thousands of files costs one process. */
export interface BlobReader {
  /** The blob's bytes; undefined when the repository has no such object. */
  read(sha: string): Promise<Buffer | undefined>;
  /** Ends the process; reads already asked for still answer. */
  close(): void;
}

interface Pending {
  resolve(blob: Buffer | undefined): void;
  reject(error: Error): void;
}

/**
 * The process lives as long as the reader; it holds the event loop open only while a read is
 * pending, so a command that forgets to close it still exits.
 */
export function openCatFile(dir: string, env: NodeJS.ProcessEnv): BlobReader {
  const child = spawn('git', ['cat-file', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...env, GIT_OPTIONAL_LOCKS: '0' } });
  const handles = [child, child.stdin, child.stdout, child.stderr] as unknown as Array<{ ref(): void; unref(): void }>;
  const hold = (held: boolean) => handles.forEach((h) => (held ? h.ref() : h.unref()));
  hold(false);
  const queue: Pending[] = [];
  let buffered: Buffer = Buffer.alloc(0);
  let failure: Error | undefined;
  let stderr = '';
  const fail = (error: Error) => {
    failure = error;
    for (const pending of queue.splice(0)) pending.reject(error);
  };
  child.on('error', (error) => fail(new UsageError(`cannot run git: ${error.message}`)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // A write to a git that has gone (EPIPE) is not an error of its own: 'close' fails what was asked.
  child.stdin.on('error', () => undefined);
  // git's own refusal (a partial clone whose remote is gone): one sentence, not an internal error.
  child.on('close', () => {
    if (queue.length > 0) fail(new UsageError(`git could not read the history's files: ${stderr.trim().split('\n')[0] ?? 'git cat-file stopped'}`));
  });
  child.stdout.on('data', (chunk: Buffer) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    // Answers come in the order asked: `<sha> blob <size>\n<bytes>\n` or `<sha> missing\n`.
    for (;;) {
      const headerEnd = buffered.indexOf(0x0a);
      if (headerEnd < 0) break;
      const header = buffered.toString('latin1', 0, headerEnd).split(' ');
      if (header[1] === 'missing' || header.length < 3) {
        buffered = buffered.subarray(headerEnd + 1);
        queue.shift()?.resolve(undefined);
        continue;
      }
      const size = Number(header[2]);
      if (buffered.length < headerEnd + 1 + size + 1) break;
      const blob = Buffer.from(buffered.subarray(headerEnd + 1, headerEnd + 1 + size));
      buffered = buffered.subarray(headerEnd + 1 + size + 1);
      queue.shift()?.resolve(blob);
    }
    if (queue.length === 0) hold(false);
  });
  // The ids asked for in one turn of the event loop go to git in one write: a write per id cost
  // more than git's answers.
  let asked: string[] = [];
  const flush = () => {
    child.stdin.write(asked.join(''));
    asked = [];
  };
  return {
    read(sha) {
      if (failure) return quiet(Promise.reject(failure));
      // An id is hex or nothing: anything else would be read by git as a revision expression.
      if (!/^[0-9a-f]{40,64}$/.test(sha)) return Promise.resolve(undefined);
      return quiet(
        new Promise((resolve, reject) => {
          if (queue.length === 0) hold(true);
          queue.push({ resolve, reject });
          if (asked.length === 0) setImmediate(flush);
          asked.push(`${sha}\n`);
        }),
      );
    },
    close() {
      // Whatever is still asked for is no longer wanted (the review was left while history was
      // read): git stops now, so nothing holds the process, and every read not answered fails.
      fail(new Error('git cat-file was closed'));
      hold(false);
      child.kill();
    },
  };
}

/**
 * A read may be asked ahead of need (a blob fetched before its version is parsed) and then not
 * awaited once the reader is closed: its failure must not stop the process as an unhandled
 * rejection. Whoever awaits it still sees the failure.
 */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Many blobs in two short runs, for a one-off read of a commit's files: `cat-file --batch-check`
 * for their sizes, then `--batch` for those of at most `limit` bytes, so a larger one is never
 * read into memory. Sizes come from here rather than `ls-tree --long`, which looks into every blob
 * of the tree (0.3 s for 10,000 loose objects) when a diff needs one.
 */
export function readBlobsAtOnce(dir: string, env: NodeJS.ProcessEnv, shas: string[], limit: number): { blobs: Map<string, Buffer>; sizes: Map<string, number> } {
  const sizes = new Map<string, number>();
  const blobs = new Map<string, Buffer>();
  if (shas.length === 0) return { blobs, sizes };
  // git stops at a blob it cannot get (a partial clone whose remote is gone): that one is missing,
  // and those after it are asked again.
  for (let rest = shas; rest.length > 0; ) {
    const lines = catFile(dir, env, '--batch-check', rest).toString('latin1').split('\n').filter((line) => line !== '');
    for (const line of lines) {
      const [sha, type, size] = line.split(' ');
      if (type === 'blob' && size !== undefined) sizes.set(sha!, Number(size));
    }
    rest = rest.slice(lines.length + 1);
  }
  const small = shas.filter((sha) => (sizes.get(sha) ?? Infinity) <= limit);
  if (small.length === 0) return { blobs, sizes };
  const out = catFile(dir, env, '--batch', small);
  let at = 0;
  while (at < out.length) {
    const headerEnd = out.indexOf(0x0a, at);
    // Output cut short (git stopped): what came whole is kept; the rest reads as missing.
    if (headerEnd < 0) break;
    const [sha, type, size] = out.toString('latin1', at, headerEnd).split(' ');
    if (type === 'missing' || size === undefined) {
      at = headerEnd + 1;
      continue;
    }
    const length = Number(size);
    if (headerEnd + 1 + length > out.length) break;
    blobs.set(sha!, out.subarray(headerEnd + 1, headerEnd + 1 + length));
    at = headerEnd + 1 + length + 1;
  }
  return { blobs, sizes };
}

function catFile(dir: string, env: NodeJS.ProcessEnv, mode: '--batch' | '--batch-check', shas: string[]): Buffer {
  const result = spawnSync('git', ['cat-file', mode], { cwd: dir, input: `${shas.join('\n')}\n`, maxBuffer: 1 << 30, env: { ...env, GIT_OPTIONAL_LOCKS: '0' } });
  if (result.error) throw new UsageError(`cannot run git: ${result.error.message}`);
  return result.stdout;
}
