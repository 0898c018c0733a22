import type { AccountEntry, Playbooks, Problem } from '../book/book.js';
import type { BookSource } from '../book/source.js';
import { bookChecks, scoreColour, type CompiledModel, type HealthColor } from '../engine/index.js';
import { colourModel } from './colour-model.js';
import type { BlobReader } from '../git/cat-file.js';
import { fromSource } from '../load/load-document.js';
import { loadBook } from '../load/load-book.js';
import { decodeSource, MAX_FILE_BYTES } from '../load/read-source.js';

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
  private readonly accounts = new Map<string, Promise<AccountVersion>>();
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
    const key = accountKey(path, blob);
    let version = this.accounts.get(key);
    if (!version) {
      // Asked ahead of need (see readHistory): a read that fails when the reader is closed
      // (leaving the review meanwhile) fails whoever awaits it, and is no unhandled rejection.
      version = quietly(this.readAccount(path, blob));
      this.accounts.set(key, version);
    }
    return version;
  }

  /** Starts reading a blob that will be asked for, without parsing it yet. */
  prefetch(blob: string): void {
    if (!this.fetched.has(blob)) this.fetched.set(blob, quietly(this.blobs.read(blob)));
  }

  /** Drops a parsed version the log no longer holds. */
  forget(path: string, blob: string): void {
    this.accounts.delete(accountKey(path, blob));
  }

  /** What an earlier run read: an account version that loaded, and the playbooks of a valid model. */
  remember(accounts: Array<[path: string, blob: string, data: AccountEntry['data']]>, model?: { files: Map<string, string>; playbooks: Playbooks }): void {
    for (const [path, blob, data] of accounts) {
      const entry = { id: path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length), file: path, data };
      this.accounts.set(accountKey(path, blob), Promise.resolve({ blob, entry }));
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

  private async readAccount(path: string, blob: string): Promise<AccountVersion> {
    const id = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
    const loaded = fromSource(await this.text(blob), path, 'account');
    if (loaded.value === undefined) return { blob, problems: loaded.problems };
    return { blob, entry: { id, file: path, data: loaded.value as AccountEntry['data'] } };
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
    const fetched = this.fetched.get(blob);
    this.fetched.delete(blob);
    const bytes = await (fetched ?? this.blobs.read(blob));
    if (!bytes) return { problem: { line: 1, col: 1, message: `blob ${blob} is missing from the repository` } };
    if (bytes.length > MAX_FILE_BYTES) return { problem: { line: 1, col: 1, message: `file is ${bytes.length} bytes, larger than the 1 MiB limit` } };
    return decodeSource(bytes);
  }
}

// The id is the file name: the same bytes under another name are another entry.
const accountKey = (path: string, blob: string) => `${blob}\0${path.slice(path.lastIndexOf('/') + 1)}`;
const modelKey = (files: Map<string, string>) =>
  [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, blob]) => `${path}\0${blob}`).join('\0');

/** The promise, with its rejection handled here too: whoever awaits it still sees the failure. */
function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
