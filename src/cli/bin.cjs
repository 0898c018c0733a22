#!/usr/bin/env node
'use strict';
// The `vitals` binary. The whole CLI is one bundle (dist/bin/bundle.cjs); this runs it with the V8
// code cache the build wrote for it (scripts/code-cache.cjs), which spares every command compiling
// the bundle and the functions it calls: ~50 ms of a `vitals set`. V8 rejects a cache made by
// another Node or under other flags, but checks only the length of the source, so a cache is
// offered only to the bundle of its own build: its name holds the build id the bundle ends with.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { wrap } = require('node:module');
const vm = require('node:vm');

const file = join(__dirname, 'bundle.cjs');
const source = readFileSync(file, 'utf8');
// No import() in it: such a script has none of its own in Node 20 (see tui-import.cjs).
const script = new vm.Script(wrap(source), { filename: file, cachedData: cacheOf(source) });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require, bundle, file, __dirname);
bundle.exports.main();

/** V8's cache for this very bundle (bundle.cjs.<build id>.cache), or undefined: compile. */
function cacheOf(source) {
  const id = /\/\/# vitals-build=([\w-]+)\s*$/.exec(source.slice(-100))?.[1];
  if (id === undefined) return undefined;
  try {
    return readFileSync(`${file}.${id}.cache`);
  } catch {
    return undefined;
  }
}
