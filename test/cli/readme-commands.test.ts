import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/book.js';
import { vitalsProcess } from '../edit/git-book.js';

/** The README's command table, row by row, as [usage, summary] with markdown's `\|` read as `|`. */
function readmeRows(): Array<[string, string]> {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| command | what it does |')).split('\n\n')[0]!;
  return table
    .split('\n')
    .slice(2)
    .map((line) => {
      const [, usage, summary] = /^\| `(.*)` \| (.*) \|$/.exec(line)!;
      return [usage!.replace(/\\\|/g, '|'), summary!.replace(/\\\|/g, '|')];
    });
}

describe('the README (issue 11: its command table matches --help exactly)', () => {
  it('lists every command of vitals --help, with the usage and summary its --help prints', () => {
    const help = vitalsProcess(['--help'], process.env).stdout;
    const names = help.slice(help.indexOf('commands:\n') + 10, help.indexOf('\n\noptions:')).split('\n').map((l) => l.trim().split(/\s+/)[0]!);
    const rows = readmeRows();
    expect(rows).toHaveLength(names.length);
    names.forEach((name, i) => {
      const [usage, , summary] = vitalsProcess([name, '--help'], process.env).stdout.split('\n');
      expect(rows[i], name).toEqual([usage!.replace(/^usage: /, ''), summary]);
    });
  });
});
