#!/usr/bin/env node
'use strict';
// The `vitals` binary. The whole CLI is one bundle (dist/bin/bundle.cjs); this runs it with the V8
// code cache that the install step wrote for it (scripts/build.mjs), which spares every command
// compiling the bundle and the functions it calls (~50 ms of a `vitals set`). A cache that does not
// fit this Node (another version, other V8 flags) is rejected by V8, and the bundle compiles as usual.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { wrap } = require('node:module');
const vm = require('node:vm');

const file = join(__dirname, 'bundle.cjs');
const loader = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
let bundle;
if (loader === undefined) {
  // An older Node 20 cannot give a compiled script `import()` (Ink is loaded that way): no cache.
  bundle = require(file);
} else {
  // V8 checks the cache against this Node and the bundle's length, not its text: a bundle changed
  // after the build (same length, newer file) must not run with the old bundle's code.
  let cachedData;
  const cache = statSync(`${file}.cache`, { throwIfNoEntry: false });
  if (cache && cache.mtimeMs >= statSync(file).mtimeMs) cachedData = readFileSync(`${file}.cache`);
  const script = new vm.Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData, importModuleDynamically: loader });
  const loaded = { exports: {} };
  script.runInThisContext()(loaded.exports, require, loaded, file, __dirname);
  bundle = loaded.exports;
}
bundle.main();
