import { describe, expect, it } from 'vitest';
import { gitRefusal } from '../../src/git/refusal.js';
import { GitFailure, GitUnavailable } from '../../src/git/run-git.js';
import { UsageError } from '../../src/util/errors.js';

describe("git's own refusals are one sentence with exit 2", () => {
  it('takes the fatal line, without the prefix, the hints or the final stop', () => {
    const said = "warning: something\nfatal: detected dubious ownership in repository at '/srv/book'\nhint: run git config --global --add safe.directory /srv/book.\n";
    const error = gitRefusal(new GitFailure(128, '', said), 'read the history');
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe("git refused to read the history: detected dubious ownership in repository at '/srv/book'");
  });

  it('says when git cannot be started, and neutralises control characters in what git said', () => {
    expect(gitRefusal(new GitUnavailable('spawn git ENOENT'), 'commit').message).toBe('cannot run git to commit: git is not installed, or not on the PATH (spawn git ENOENT)');
    expect(gitRefusal(new GitFailure(128, '', 'fatal: bad \u001b[31m name'), 'commit').message).toBe('git refused to commit: bad \\x1b[31m name');
  });
});
