import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { branchPattern } from '../../src/init/shipped-files.js';

describe('the branch the workflow runs for, as a GitHub branch filter', () => {
  it('reads back as the branch in YAML, with the filter\'s own characters escaped', () => {
    const read = (branch: string) => parse(`branches: [${branchPattern(branch)}]`).branches[0];
    expect(branchPattern('main')).toBe('main');
    expect(branchPattern('release/2026')).toBe('release/2026');
    for (const branch of ['1.0', 'true', 'No', '#x', "it's", 'a: b']) expect(read(branch)).toBe(branch);
    expect(read('!release')).toBe('\\!release');
    expect(read('v*')).toBe('v\\*');
  });
});
