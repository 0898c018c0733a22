'use strict';
// Writes dist/bin/bundle.cjs.<build id>.cache: V8's code cache for the bundle, taken after running
// the commands a TA runs every day (read, score, explain, review, edit) on a copy of this package's
// own book, outside git, so that it holds the functions they compile and not only the top level.
// Run by scripts/build.mjs in a process of its own with no V8 flags, so the cache fits a plain
// `node`; src/cli/bin.cjs loads the bundle with it.
const { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { wrap } = require('node:module');
const vm = require('node:vm');

const root = join(__dirname, '..');
const dir = join(root, 'dist', 'bin');
const file = join(dir, 'bundle.cjs');
const source = readFileSync(file, 'utf8');
const id = /\/\/# vitals-build=([\w-]+)\s*$/.exec(source.slice(-100))?.[1];
const script = new vm.Script(wrap(source), { filename: file });
const loaded = { exports: {} };
script.runInThisContext()(loaded.exports, require, loaded, file, dir);

const sink = { write: () => true };
let book;

async function train() {
  book = mkdtempSync(join(tmpdir(), 'vitals-code-cache-'));
  const io = { stdout: sink, stderr: sink, env: { ...process.env, NO_COLOR: '1' }, cwd: book };
  cpSync(join(root, 'accounts'), join(book, 'accounts'), { recursive: true });
  cpSync(join(root, 'playbooks'), join(book, 'playbooks'), { recursive: true });
  const account = readdirSync(join(book, 'accounts')).find((name) => name.endsWith('.yaml'))?.replace(/\.yaml$/, '');
  const commands = [['--help'], ['validate'], ['score'], ['score', '--format', 'json'], ['agenda'], ['review']];
  if (account) {
    const owner = /^owner:\s*([\w-]+)/m.exec(readFileSync(join(book, 'accounts', `${account}.yaml`), 'utf8'))?.[1] ?? 'nobody';
    commands.push(
      ['explain', account],
      ['set', account, 'versions_behind=3', '--no-commit'],
      ['note', account, 'Code cache warm-up.', '--author', owner, '--no-commit'],
      ['task', account, 'Code cache warm-up', '--due', '2026-12-01', '--no-commit'],
    );
  }
  for (const args of commands) {
    const code = await loaded.exports.run([...args, '--repo', book, '--as-of', '2026-11-22'], io);
    // 1 is a finding in the data; 2 is a command that could not run here, and then no cache is written.
    if (code > 1) throw new Error(`the warm-up \`vitals ${args.join(' ')}\` exited ${code}`);
  }
}

// The cache only makes commands start sooner: a machine where the warm-up cannot run (no git, no
// writable temporary folder) still gets a working install, told why it has none.
train()
  .then(() => writeFileSync(`${file}.${id}.cache`, script.createCachedData()))
  .catch((error) => console.warn(`vitals build: no code cache (${error.message}); every command compiles the bundle as it starts`))
  .finally(() => book && rmSync(book, { recursive: true, force: true }));
