/** What reading one data file gave: its text, or why it could not be read (at a position). */
export interface SourceProblem {
  line: number;
  col: number;
  message: string;
}

export type Source = { text: string } | { problem: SourceProblem };

/**
 * Where the book's files come from: the work tree, or a commit (see src/history). The loader only
 * lists and reads through this, so the same rules check a revision and the disk.
 */
export interface BookSource {
  /** The `.yaml`/`.yml` file names directly in `accounts` or `playbooks`. */
  list(dir: 'accounts' | 'playbooks'): string[];
  exists(file: string): boolean;
  read(file: string): Source;
}
