import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { repoRoot } from '../helpers/book.js';

const README = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const section = README.slice(README.indexOf("## Start your team's book"), README.indexOf('## In CI'));
/** The fenced blocks of the section, in order, by their language. */
const blocks = (lang: string) => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

/** The step that needs GitHub itself: everything before it runs as written. */
const OPEN_PR = ' && gh pr create --fill';

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

/**
 * Stands in for the person at the editor: adds Jane to the team, then moves 20 points of weight
 * from Relationships to Utilization, as the README's pull request does.
 */
const EDITOR = `#!/usr/bin/env node
const fs = require('node:fs');
const file = process.argv[2];
let text = fs.readFileSync(file, 'utf8');
if (file.endsWith('team.yaml')) text += '  - { id: jane, name: Jane Doe, email: jane@acme.example, role: ta }\\n';
else text = text.replace('weight: 25', 'weight: 5').replace('weight: 55', 'weight: 75');
fs.writeFileSync(file, text);
`;

describe("the README's five commands, from an empty folder to a pull request", () => {
  it('run as written: init, the team, the import, the push, the branch that changes a weight; then what the workflow runs on it', { timeout: 120_000 }, () => {
    const top = mkdtempSync(join(tmpdir(), 'vitals-readme-'));
    made.push(top);
    const home = join(top, 'home');
    const bin = join(top, 'bin');
    const work = join(top, 'work');
    for (const dir of [join(home, 'Downloads'), bin, work]) mkdirSync(dir, { recursive: true });
    const [csv] = blocks('csv');
    const [map, example] = blocks('yaml');
    writeFileSync(join(home, 'Downloads', 'accounts.csv'), csv!);
    writeFileSync(join(home, 'Downloads', 'salesforce-map.yaml'), map!);
    // vitals on the PATH as npm install --global puts it, and an editor.
    writeFileSync(join(bin, 'vitals'), `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'dist', 'bin', 'vitals.cjs')}" "$@"\n`);
    writeFileSync(join(bin, 'editor'), EDITOR);
    chmodSync(join(bin, 'vitals'), 0o755);
    chmodSync(join(bin, 'editor'), 0o755);
    // The team's GitHub repository: a bare one here, reached through the README's own URL.
    const remote = join(top, 'acme-book.git');
    spawnSync('git', ['init', '-q', '--bare', remote]);
    writeFileSync(
      join(home, '.gitconfig'),
      `[user]\n\tname = Jane Doe\n\temail = jane@acme.example\n[commit]\n\tgpgSign = false\n[gc]\n\tauto = 0\n[url "${remote}"]\n\tinsteadOf = git@github.com:your-org/acme-book.git\n`,
    );

    const commands = blocks('sh')[0]!.trim().split('\n');
    expect(commands).toHaveLength(5);
    expect(commands[4]!.endsWith(OPEN_PR)).toBe(true);
    const hasDiff = COMMANDS.some((c) => c.name === 'diff');
    // What the workflow runs on the pull request; without the diff command (not in this build yet), validate.
    const workflowStep = hasDiff ? 'vitals diff origin/main --format markdown > ../impact.md' : 'vitals validate > ../validate.txt';
    const script = ['set -euo pipefail', ...commands.slice(0, 4), commands[4]!.slice(0, -OPEN_PR.length), workflowStep].join('\n');
    const env = { PATH: `${bin}:${process.env.PATH}`, HOME: home, EDITOR: join(bin, 'editor'), GIT_CONFIG_NOSYSTEM: '1', LANG: 'C.UTF-8' };
    const run = spawnSync('bash', ['-c', script], { cwd: work, env, encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr, stdout: run.stdout }).toMatchObject({ status: 0, stderr: '' });

    const git = (...args: string[]) => spawnSync('git', args, { cwd: remote, encoding: 'utf8', env }).stdout.trim();
    expect(git('log', '--format=%s', 'main').split('\n')).toEqual([
      'import accounts.csv: 3 new accounts',
      'Our team',
      'Start the book with vitals init: schemas, playbooks, the CI workflow, editor settings',
    ]);
    expect(git('log', '--format=%s', '-1', 'heavier-utilization')).toBe('Utilization 75, relationships 5');
    expect(git('ls-tree', '--name-only', 'main', 'accounts/')).toBe('accounts/.gitkeep\naccounts/acme-corp.yaml\naccounts/blue-quarry.yaml\naccounts/cobalt-line.yaml');
    const today = /metrics_as_of: (\d{4}-\d{2}-\d{2})/.exec(git('show', 'main:accounts/acme-corp.yaml'))![1]!;
    expect(`${git('show', 'main:accounts/acme-corp.yaml')}\n`).toBe(example!.replace(/metrics_as_of: .*/, `metrics_as_of: ${today}`));
    if (hasDiff) {
      const impact = readFileSync(join(work, 'impact.md'), 'utf8');
      expect(impact.startsWith('<!-- vitals-diff -->\n')).toBe(true);
      expect(impact).toMatch(/utilization\\?\.weight: 55 → 75/);
    } else {
      expect(readFileSync(join(work, 'validate.txt'), 'utf8')).toMatch(/all valid/);
    }
  });

  it("the workflow shown in the README's In CI section is the one vitals init writes", () => {
    const ci = README.slice(README.indexOf('## In CI'));
    const shown = /```yaml\n([\s\S]*?)```/.exec(ci)![1]!;
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
    const written = readFileSync(join(repoRoot, 'templates', 'book', '.github', 'workflows', 'vitals.yml'), 'utf8').replaceAll('{{version}}', version).replaceAll('{{branch}}', 'main');
    expect(shown).toBe(written);
  });
});
