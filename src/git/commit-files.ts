import { mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFailure, runGit, type GitEnv } from './run-git.js';
import { literalPath, shortHead } from './git.js';

/** What a refused commit said: a hook's or git's words, to show as they are. */
export interface CommitRefusal {
  exitCode: number;
  said: string;
  /** Set when the refusal is the environment's, not a check's: why, as the end of a sentence. */
  environment?: string;
}

/**
 * Commits exactly these paths as they are in the work tree, whatever else the user has staged:
 * `git commit --only` builds the commit from HEAD plus these paths in a temporary index, runs the
 * hooks against it and, only on success, updates these paths in the user's index — every other
 * staged or unstaged change stays as it was. Author, signing and hooks come from the user's own
 * configuration and environment. The paths go through stdin (nothing from data on the command
 * line, and no argument-length limit for an import of thousands of files), the message through a
 * file. Resolves to the new commit's abbreviated name, or to what git said when it refused.
 */
export async function commitFiles(dir: string, env: GitEnv, paths: string[], message: string): Promise<{ commit: string; detached?: true } | CommitRefusal> {
  const scratch = mkdtempSync(join(tmpdir(), 'vitals-commit-'));
  let said: string;
  const messageFile = join(scratch, 'message');
  try {
    writeFileSync(messageFile, message);
    // Not --quiet: git's summary line is output, which spares the wait after a silent git (see runGit).
    const args = ['commit', '--only', `--file=${messageFile}`, '--pathspec-from-file=-', '--pathspec-file-nul'];
    said = await runGit(dir, env, args, paths.map((p) => `${literalPath(p)}\0`).join(''));
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    return commitRefusal(error);
  } finally {
    // The one file and its folder (a recursive rm walks the tree first: ~2 ms of an edit).
    try {
      rmSync(messageFile, { force: true });
      rmdirSync(scratch);
    } catch {
      // Left in the temp folder: never worth failing an edit that is already committed.
    }
  }
  // Named after the try: the commit is made, so no failure from here on may undo the edit.
  const named = summaryCommit(said) ?? (await shortHead(dir, env).catch(() => undefined));
  // On a detached HEAD no branch holds the commit: the next checkout leaves it behind.
  return { commit: named ?? 'HEAD', ...(/^\[detached HEAD /m.test(said) && { detached: true as const }) };
}

/** What git said when it refused to add or commit, and whether the reason is the environment's. */
export function commitRefusal(error: GitFailure): CommitRefusal {
  const said = `${error.stderr}\n${error.stdout}`.trim();
  const environment = environmentRefusal(said);
  return { exitCode: error.exitCode, said, ...(environment && { environment }) };
}

/**
 * Why git refused a commit when the reason is the user's environment rather than a check (a hook):
 * another git process holds the index lock, git has no identity to author it or cannot sign it, a
 * merge is in progress. Undefined otherwise.
 */
function environmentRefusal(said: string): string | undefined {
  if (/^fatal: Unable to create '.*index\.lock': File exists/m.test(said)) {
    return 'another git process holds the index lock (.git/index.lock); when none is running, remove that file and try again';
  }
  if (/^\*\*\* Please tell me who you are|^fatal: (unable to auto-detect email address|empty ident name|no email was given)/m.test(said)) {
    return 'git has no identity to author the commit: set user.name and user.email with git config';
  }
  if (/^error: gpg failed to sign the data/m.test(said)) return 'git could not sign the commit: check the signing setup (commit.gpgSign, gpg.program, the key)';
  if (/^fatal: cannot do a partial commit during a merge/m.test(said)) return 'a merge is in progress: finish it or abort it (git merge --abort), then edit again';
  return undefined;
}

/**
 * The abbreviated commit name in git's summary line, `[<branch> <commit>] <subject>` (also
 * `[<branch> (root-commit) <commit>]`, `[detached HEAD <commit>]`): a branch name holds no space,
 * so the first ` <hex>] ` is the commit, whatever the subject says. Undefined if git said it otherwise.
 */
export function summaryCommit(said: string): string | undefined {
  const summary = said.split('\n').find((line) => line.startsWith('['));
  return summary === undefined ? undefined : / ([0-9a-f]{4,64})\] /.exec(summary)?.[1];
}
