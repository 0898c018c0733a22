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
  /**
   * Every entry under `accounts/`, whatever its name, one folder deep (`acme.yaml`,
   * `emea/acme.yaml`, `README.md`; a folder deeper still as `emea/old/`), and the folders it could
   * not look into. A source without it has its accounts listed through `list`.
   */
  survey?(): AccountSurvey;
  exists(file: string): boolean;
  read(file: string): Source;
}

/** What is under `accounts/`, as a source found it (see `BookSource.survey`). */
export interface AccountSurvey {
  /** Paths relative to `accounts/`. */
  entries: string[];
  /** Folders (or `accounts/` itself) that could not be listed or will not be followed, and why. */
  unlisted: Array<{ file: string; message: string }>;
  /** Entries that are symbolic links to a file (the work tree follows them; a commit holds the link). */
  linked?: string[];
}
