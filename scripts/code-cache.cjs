'use strict';
// Writes dist/bin/bundle.cjs.cache: the build's header (src/cli/code-cache-header.cjs), then V8's
// code cache for the bundle, taken after running the commands a user runs (read, score, explain,
// edit) so that it holds the functions they compile, not only the top level. Run by
// scripts/build.mjs in a child process of its own, with no V8 flags, so the cache fits a plain
// `node`. The commands run on a copy of this package's own book, outside git.
const { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { wrap } = require('node:module');
const vm = require('node:vm');
const cacheHeader = require('../src/cli/code-cache-header.cjs');

const root = join(__dirname, '..');
const file = join(root, 'dist', 'bin', 'bundle.cjs');
const source = readFileSync(file, 'utf8');
const script = new vm.Script(wrap(source), { filename: file, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
const loaded = { exports: {} };
script.runInThisContext()(loaded.exports, require, loaded, file, join(root, 'dist', 'bin'));
const { run } = loaded.exports;

const book = mkdtempSync(join(tmpdir(), 'vitals-code-cache-'));
const sink = { write: () => true };
// Its own cache directory: the warm-up must leave nothing in the user's ~/.cache.
const io = { stdout: sink, stderr: sink, env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(book, '.cache') }, cwd: book };

async function train() {
  cpSync(join(root, 'accounts'), join(book, 'accounts'), { recursive: true });
  cpSync(join(root, 'playbooks'), join(book, 'playbooks'), { recursive: true });
  const id = readdirSync(join(book, 'accounts')).find((name) => name.endsWith('.yaml'))?.replace(/\.yaml$/, '');
  const asOf = ['--repo', book, '--as-of', '2026-11-22'];
  const commands = [
    ['--help'],
    ['validate'],
    ['score'],
    ['score', '--format', 'json'],
    ['score', '--format', 'csv'],
    ['agenda'],
    ['feedback'],
    ['review'],
  ];
  if (id) {
    commands.push(
      ['explain', id],
      ['set', id, 'versions_behind=3', '--no-commit'],
      ['set', id, 'ce_pulse=concerning', '--no-commit'],
      ['note', id, 'Code cache warm-up.', '--no-commit'],
      ['task', id, 'Code cache warm-up', '--due', '2026-12-01', '--no-commit'],
    );
  }
  for (const args of commands) {
    const code = await run([...args, ...asOf], io);
    // 1 is a finding in the data (the demo book has warnings); 2 would be a broken bundle.
    if (code > 1) console.error(`build: the code-cache warm-up \`vitals ${args.join(' ')}\` exited ${code}`);
  }
}

train()
  .then(() => writeFileSync(`${file}.cache`, Buffer.concat([cacheHeader(source), script.createCachedData()])))
  .finally(() => rmSync(book, { recursive: true, force: true }));
