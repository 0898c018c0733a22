#!/usr/bin/env node
'use strict';
// The `vitals` binary. The whole CLI is one bundle (dist/bin/bundle.cjs); this runs it with the V8
// code cache that the install step wrote for it (scripts/build.mjs), which spares every command
// compiling the bundle and the functions it calls (~50 ms of a `vitals set`). V8 rejects a cache
// made by another Node or under other flags, but checks only the length of the source: so the cache
// starts with the build id the bundle ends with, and a cache from another build is never offered.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { wrap } = require('node:module');
const vm = require('node:vm');
const cacheHeader = require('./code-cache-header.cjs');

const file = join(__dirname, 'bundle.cjs');
const loader = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
let bundle;
if (loader === undefined) {
  // An older Node 20 cannot give a compiled script `import()` (Ink is loaded that way): no cache.
  bundle = require(file);
} else {
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    const cache = readFileSync(`${file}.cache`);
    const header = cacheHeader(source);
    if (header && cache.subarray(0, header.length).equals(header)) cachedData = cache.subarray(header.length);
  } catch {
    // No cache (a build without one): compile.
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData, importModuleDynamically: loader });
  const loaded = { exports: {} };
  script.runInThisContext()(loaded.exports, require, loaded, file, __dirname);
  bundle = loaded.exports;
}
bundle.main();

