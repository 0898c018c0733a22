import type { AccountEntry, Problem } from '../book/book.js';
import type { BookSource } from '../book/source.js';
import { compileModel, scoreSummary, type CompiledModel, type HealthColor } from '../engine/index.js';
import type { BlobReader } from '../git/cat-file.js';
import { fromSource } from '../load/load-document.js';
import { loadBook } from '../load/load-book.js';
import { decodeSource, MAX_FILE_BYTES } from '../load/read-source.js';

/** One version of an account, as a blob of history holds it: its entry, or why it did not load. */
export type AccountVersion = { blob: string; entry: AccountEntry } | { blob: string; problems: Problem[] };

/** One version of the playbooks: the compiled model, or why there is none. `key` names the version. */
export interface ModelVersion {
  key: number;
  model?: CompiledModel;
  problems: Problem[];
}

export interface Scored {
  color: HealthColor;
  score: number | null;
}

/**
 * What history reads, each read once however many commits share it: an account blob is parsed and
 * validated once (by the same loader that reads the work tree), the playbooks of a set of blob ids
 * compiled once, and an account version scored once per model and date.
 */
export class HistoryMemo {
  private readonly accounts = new Map<string, Promise<AccountVersion>>();
  private readonly models = new Map<string, Promise<ModelVersion>>();
  private readonly scores = new Map<string, Scored>();

  constructor(
    private readonly root: string,
    private readonly blobs: BlobReader,
  ) {}

  account(path: string, blob: string): Promise<AccountVersion> {
    // The id is the file name: the same bytes under another name are another entry.
    const key = `${blob}\0${path.slice(path.lastIndexOf('/') + 1)}`;
    let version = this.accounts.get(key);
    if (!version) {
      version = this.readAccount(path, blob);
      this.accounts.set(key, version);
    }
    return version;
  }

  /** The model of a set of playbook files (path → blob id). */
  model(playbooks: Map<string, string>): Promise<ModelVersion> {
    const key = [...playbooks].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, blob]) => `${path}\0${blob}`).join('\0');
    let version = this.models.get(key);
    if (!version) {
      version = this.readModel(playbooks, this.models.size + 1);
      this.models.set(key, version);
    }
    return version;
  }

  score(version: { blob: string; entry: AccountEntry }, model: ModelVersion, date: string): Scored {
    if (!model.model) return { color: 'unknown', score: null };
    const key = `${version.blob}\0${version.entry.id}\0${model.key}\0${date}`;
    let scored = this.scores.get(key);
    if (!scored) {
      const summary = scoreSummary(model.model, version.entry, date);
      scored = { color: summary.color, score: summary.score };
      this.scores.set(key, scored);
    }
    return scored;
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
    const book = loadBook({ root: this.root, source, asOf: '2000-01-01', accountFiles: [], warnings: false });
    const problems = book.problems.filter((p) => p.severity === 'error');
    if (!book.playbooks || problems.length > 0) return { key, problems };
    return { key, model: compileModel(book.playbooks), problems: [] };
  }

  private async text(blob: string) {
    const bytes = await this.blobs.read(blob);
    if (!bytes) return { problem: { line: 1, col: 1, message: `blob ${blob} is missing from the repository` } };
    if (bytes.length > MAX_FILE_BYTES) return { problem: { line: 1, col: 1, message: `file is ${bytes.length} bytes, larger than the 1 MiB limit` } };
    return decodeSource(bytes);
  }
}
