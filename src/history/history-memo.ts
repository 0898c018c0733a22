import type { AccountEntry, Playbooks, Problem } from '../book/book.js';
import type { BookSource } from '../book/source.js';
import { bookChecks, scoreColour, type CompiledModel, type HealthColor } from '../engine/index.js';
import { colourModel } from './colour-model.js';
import type { BlobReader } from '../git/cat-file.js';
import { fromSource } from '../load/load-document.js';
import { loadBook } from '../load/load-book.js';
import { decodeSource, MAX_FILE_BYTES, type Source } from '../load/read-source.js';

/** One version of an account, as a blob of history holds it: its entry, or why it did not load. */
export type AccountVersion = { blob: string; entry: AccountEntry } | { blob: string; problems: Problem[] };

/** One version of the playbooks: the compiled model, or why there is none. `key` names the version. */
export interface ModelVersion {
  key: number;
  /** Compiled for scores and colours only (`colourModel`). */
  model?: CompiledModel;
  /** What the model was compiled from. */
  playbooks?: Playbooks;
  problems: Problem[];
}

export interface Scored {
  color: HealthColor;
  score: number | null;
}

/**
 * What history reads, each read once however many commits share it: an account blob is parsed and
 * validated once (by the same loader that reads the work tree), the playbooks of a set of blob ids
 * compiled once (an account version's scores are kept by `HeldScores`, for the dates each holds
 * on, rather than per date). A version the log has
 * moved past is forgotten (read again if asked for): a long history keeps only its present parsed.
 */
export class HistoryMemo {
  /**
   * By blob id, as read under one file name (ids repeat far more than names: a lookup hashes an id
   * git's output already holds, where a key made of both was a new string each time).
   */
  private readonly accounts = new Map<string, { path: string; version: Promise<AccountVersion> }>();
  /** The same bytes read under another file name: another account, so another entry. */
  private readonly renamed = new Map<string, Promise<AccountVersion>>();
  /** Blobs asked for ahead of their parsing (bytes stay outside the JavaScript heap until then). */
  private readonly fetched = new Map<string, Promise<Buffer | undefined>>();
  private readonly models = new Map<string, Promise<ModelVersion>>();
  /** Never given twice: a model remembered again replaces its entry, and keys tell models apart. */
  private nextModelKey = 1;

  constructor(
    private readonly root: string,
    private readonly blobs: BlobReader,
  ) {}

  account(path: string, blob: string): Promise<AccountVersion> {
    const held = this.accounts.get(blob);
    if (held && sameName(held.path, path)) return held.version;
    const key = held && renamedKey(path, blob);
    const known = key && this.renamed.get(key);
    if (known) return known;
    // Asked ahead of need (see readHistory): a read that fails when the reader is closed
    // (leaving the review meanwhile) fails whoever awaits it, and is no unhandled rejection.
    const version = quietly(this.readAccount(path, blob));
    if (key) this.renamed.set(key, version);
    else this.accounts.set(blob, { path, version });
    return version;
  }

  /** Starts reading a blob that will be asked for, without parsing it yet. */
  prefetch(blob: string): void {
    if (!this.fetched.has(blob)) this.fetched.set(blob, quietly(this.blobs.read(blob)));
  }

  /** Drops a parsed version the log no longer holds. */
  forget(path: string, blob: string): void {
    const held = this.accounts.get(blob);
    if (held && sameName(held.path, path)) this.accounts.delete(blob);
    else if (held) this.renamed.delete(renamedKey(path, blob));
  }

  /** What an earlier run read: an account version that loaded, and the playbooks of a valid model. */
  remember(accounts: Array<[path: string, blob: string, data: AccountEntry['data']]>, model?: { files: Map<string, string>; playbooks: Playbooks }): void {
    for (const [path, blob, data] of accounts) {
      const entry = { id: path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length), file: path, data };
      const version = Promise.resolve({ blob, entry });
      const held = this.accounts.get(blob);
      if (held && !sameName(held.path, path)) this.renamed.set(renamedKey(path, blob), version);
      else this.accounts.set(blob, { path, version });
    }
    if (model) this.models.set(modelKey(model.files), Promise.resolve({ key: this.nextModelKey++, model: colourModel(model.playbooks), playbooks: model.playbooks, problems: [] }));
  }

  /** The model of a set of playbook files (path → blob id). */
  model(playbooks: Map<string, string>): Promise<ModelVersion> {
    const key = modelKey(playbooks);
    let version = this.models.get(key);
    if (!version) {
      version = this.readModel(playbooks, this.nextModelKey++);
      this.models.set(key, version);
    }
    return version;
  }

  /** The score of an account version under a model at a date (`HeldScores` keeps it while it holds). */
  score(version: { blob: string; entry: AccountEntry }, model: ModelVersion, date: string): Scored {
    return model.model ? scoreColour(model.model, version.entry, date) : { color: 'unknown', score: null };
  }

  private readAccount(path: string, blob: string): Promise<AccountVersion> {
    const id = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
    return this.bytes(blob).then((bytes) => {
      const loaded = fromSource(sourceOf(blob, bytes), path, 'account');
      if (loaded.value === undefined) return { blob, problems: loaded.problems };
      return { blob, entry: { id, file: path, data: loaded.value as AccountEntry['data'] } };
    });
  }

  private async readModel(playbooks: Map<string, string>, key: number): Promise<ModelVersion> {
    const texts = new Map<string, Awaited<ReturnType<HistoryMemo['text']>>>();
    await Promise.all([...playbooks].map(async ([path, blob]) => texts.set(path, await this.text(blob))));
    const source: BookSource = {
      list: (dir) => (dir === 'playbooks' ? [...texts.keys()].filter((p) => !p.slice('playbooks/'.length).includes('/')).map((p) => p.slice('playbooks/'.length)) : []),
      exists: (file) => texts.has(file),
      read: (file) => texts.get(file) ?? { problem: { line: 1, col: 1, message: 'no such file at this commit' } },
    };
    // The date only matters to account warnings, and no account is read here.
    const book = loadBook({ root: this.root, source, asOf: '2000-01-01', checks: bookChecks, accountFiles: [], warnings: false });
    const problems = book.problems.filter((p) => p.severity === 'error');
    if (!book.playbooks || problems.length > 0) return { key, problems };
    return { key, model: colourModel(book.playbooks), playbooks: book.playbooks, problems: [] };
  }

  private async text(blob: string) {
    return sourceOf(blob, await this.bytes(blob));
  }

  /** A blob's bytes: fetched ahead (see `prefetch`), or read now. */
  private bytes(blob: string): Promise<Buffer | undefined> {
    const fetched = this.fetched.get(blob);
    if (!fetched) return this.blobs.read(blob);
    this.fetched.delete(blob);
    return fetched;
  }
}

/** A blob's text, or why it has none. */
function sourceOf(blob: string, bytes: Buffer | undefined): Source {
  if (!bytes) return { problem: { line: 1, col: 1, message: `blob ${blob} is missing from the repository` } };
  if (bytes.length > MAX_FILE_BYTES) return { problem: { line: 1, col: 1, message: `file is ${bytes.length} bytes, larger than the 1 MiB limit` } };
  return decodeSource(bytes);
}

// The id is the file name: the same bytes under another name are another entry.
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const renamedKey = (path: string, blob: string) => `${blob}\0${nameOf(path)}`;
/** Whether two paths end in the same file name (in any folder: a move keeps the account). */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const at = a.lastIndexOf('/') + 1;
  return a.length - at === b.length - b.lastIndexOf('/') - 1 && b.endsWith(a.slice(at));
}
const modelKey = (files: Map<string, string>) =>
  [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, blob]) => `${path}\0${blob}`).join('\0');

/** The promise, with its rejection handled here too: whoever awaits it still sees the failure. */
function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
