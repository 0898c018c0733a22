import { describe, expect, it } from 'vitest';
import { summaryCommit } from '../../src/git/commit-files.js';

describe("the commit an edit reports comes from git's summary line", () => {
  it('reads it after a branch, a root commit or a detached HEAD, never from the subject', () => {
    expect(summaryCommit('[main 1a2b3c4] acme: ce_pulse healthy → concerning\n 1 file changed\n')).toBe('1a2b3c4');
    expect(summaryCommit('[main (root-commit) 00c0ffee] book\n')).toBe('00c0ffee');
    expect(summaryCommit('[detached HEAD 9f8e7d6] acme: note "see [abcd] deadbee] x"\n')).toBe('9f8e7d6');
    expect(summaryCommit('[x]y-[beef]-z 5a5a5a5] acme: versions_behind 1 → 6\n')).toBe('5a5a5a5');
  });

  it('says nothing when git said something else, so the caller asks git', () => {
    expect(summaryCommit('')).toBeUndefined();
    expect(summaryCommit('Auto packing the repository\n')).toBeUndefined();
  });
});
