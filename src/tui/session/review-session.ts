import type { AccountEntry, Book, Problem } from '../../book/book.js';
import { applyEdit, planEdit, type ApplyResult, type EditChange, type EditPlan } from '../../edit/index.js';
import { accountWarnings, bookChecks, compileModel, scoreAccount, scoreSummary, weeklyAgenda, type AccountScore, type AccountSummary, type WeeklyAgenda } from '../../engine/index.js';
import { findGitDir } from '../../git/find-git-dir.js';
import { byPlace, loadBook } from '../../load/load-book.js';
import { buildDashboard, type Dashboard } from '../../review/dashboard.js';

/** Last week's scores, once history has them. */
export interface LastWeek {
  date: string;
  scores: AccountSummary[];
}

/**
 * The book as the TUI holds it, and the only door from the screen to the shared layers: the review
 * model, the engine's explanation and agenda, and the edit path of `vitals set`/`note`/`task`.
 */
export interface ReviewSession {
  readonly root: string;
  readonly asOf: string;
  readonly book: Book;
  /** Whether an edit is committed: in a git repository and without `--no-commit`; else only written (SPEC §5). */
  readonly commits: 'commit' | 'not-in-git' | 'no-commit';
  /** The account scored with its explanation: worked out when first asked (a row on screen, the detail). */
  score(id: string): AccountScore | undefined;
  entry(id: string): AccountEntry | undefined;
  /** What is wrong in the account's file: its load problems, and the engine's warnings (a renewal date passed...). */
  problems(id: string): string[];
  /** Every problem of the book, the accounts' warnings with their place too (the Problems view). */
  allProblems(): readonly Problem[];
  dashboard(owner: string | undefined, lastWeek: LastWeek | undefined): Dashboard;
  agenda(owner: string | undefined): WeeklyAgenda | undefined;
  /** Works out an edit against the account as shown: a file changed since is refused. Throws the refusal. */
  plan(id: string, changes: EditChange[]): EditPlan;
  /** Writes and commits a plan, then reads the account back so the screen shows what is on disk. */
  apply(plan: EditPlan): Promise<ApplyResult>;
}

export function createReviewSession(options: { root: string; asOf: string; book: Book; env: NodeJS.ProcessEnv; noCommit?: boolean }): ReviewSession {
  const { root, asOf, book } = options;
  const model = book.playbooks && compileModel(book.playbooks);
  const entries = new Map(book.accounts.map((e) => [e.id, e]));
  // Summaries for the whole book up front, explanations only for what is shown: explaining every
  // account would double the scoring before the first frame (~60 ms at 1,000 accounts).
  const scores = new Map<string, AccountSummary>();
  const explained = new Map<string, AccountScore>();
  const warned = new Map<string, string[]>();
  let all: Problem[] | undefined;
  if (model) for (const entry of book.accounts) scores.set(entry.id, scoreSummary(model, entry, asOf));

  function reload(file: string): void {
    all = undefined;
    const fresh = loadBook({ root, asOf, checks: bookChecks, accountFiles: [file], warnings: false });
    book.problems = [...book.problems.filter((p) => p.file !== file), ...fresh.problems.filter((p) => p.file === file)];
    const entry = fresh.accounts[0];
    const index = book.accounts.findIndex((e) => e.file === file);
    if (!entry) return;
    book.accounts[index] = entry;
    entries.set(entry.id, entry);
    explained.delete(entry.id);
    warned.delete(entry.id);
    if (model) scores.set(entry.id, scoreSummary(model, entry, asOf));
  }

  return {
    root,
    asOf,
    book,
    commits: findGitDir(root, options.env) === undefined ? 'not-in-git' : options.noCommit ? 'no-commit' : 'commit',
    score: (id) => {
      const entry = entries.get(id);
      if (!model || !entry) return undefined;
      let score = explained.get(id);
      if (!score) explained.set(id, (score = scoreAccount(model, entry, asOf)));
      return score;
    },
    entry: (id) => entries.get(id),
    problems: (id) => {
      const entry = entries.get(id);
      if (!entry) return [];
      let found = warned.get(id);
      if (!found) {
        // Warnings are worked out for the rows on screen only: the book was loaded without them.
        const warnings = book.playbooks ? accountWarnings(entry, book.playbooks, asOf).map((w) => w.message) : [];
        warned.set(id, (found = [...book.problems.filter((p) => p.file === entry.file).map((p) => p.message), ...warnings]));
      }
      return found;
    },
    allProblems: () => {
      if (all) return all;
      // The book was loaded without warnings (the first frame): the files that have any are read
      // again with them, so that each is placed at its file:line:col.
      const { playbooks } = book;
      const files = new Set(playbooks ? book.accounts.filter((e) => accountWarnings(e, playbooks, asOf).length > 0).map((e) => e.file) : []);
      const located = files.size === 0 ? [] : loadBook({ root, asOf, checks: bookChecks, accountFiles: [...files] }).problems;
      return (all = [...book.problems, ...located.filter((p) => p.severity === 'warning' && files.has(p.file))].sort(byPlace));
    },
    dashboard: (owner, lastWeek) =>
      buildDashboard(book.accounts, book.accounts.flatMap((e) => scores.get(e.id) ?? []), lastWeek?.scores, { asOf, owner, lastWeek: lastWeek?.date, model }),
    agenda: (owner) =>
      book.playbooks && weeklyAgenda({ accounts: book.accounts, playbooks: book.playbooks }, asOf, { ...(owner === undefined ? {} : { owner }), scores: [...scores.values()] }),
    plan: (id, changes) => {
      const shown = entries.get(id);
      try {
        return planEdit({ root, id, asOf, changes, ...(book.playbooks ? { playbooks: book.playbooks } : {}), ...(model ? { model } : {}), ...(shown ? { shown: shown.data } : {}) });
      } catch (error) {
        // Refused (a file changed meanwhile, say): the screen shows the account as it is now, to edit again.
        if (shown) reload(shown.file);
        throw error;
      }
    },
    apply: async (plan) => {
      try {
        return await applyEdit(plan, { env: options.env, commit: options.noCommit !== true });
      } finally {
        reload(plan.file);
      }
    },
  };
}
