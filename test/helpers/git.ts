import { execFileSync } from 'node:child_process';

/** Runs git in a test repository with a fixed identity and no signing, hooks or background gc. */
export function gitIn(dir: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'commit.gpgSign=false', '-c', 'gc.auto=0', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test User',
      GIT_AUTHOR_EMAIL: 'test@vitals.example',
      GIT_COMMITTER_NAME: 'Test User',
      GIT_COMMITTER_EMAIL: 'test@vitals.example',
      ...env,
    },
  });
}

/** Makes `dir` a git repository with everything in it committed at `date` (YYYY-MM-DD). */
export function commitAll(dir: string, message: string, date: string): string {
  gitIn(dir, ['init', '-q', '-b', 'main']);
  gitIn(dir, ['add', '-A']);
  const at = `${date}T12:00:00+00:00`;
  gitIn(dir, ['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
  return gitIn(dir, ['rev-parse', 'HEAD']).trim();
}
