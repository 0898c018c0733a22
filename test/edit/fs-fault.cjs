// Preloaded into the built CLI (`node -r`) by faults.test.ts: the file system refuses to open files
// whose path ends with a given suffix, as a full, read-only or forbidden disk would, after letting
// the first N through. VITALS_TEST_FAULT=SUFFIX:CODE:N, e.g. `.tmp:ENOSPC:0`.
'use strict';
const fs = require('node:fs');
const [suffix, code, allowed] = (process.env.VITALS_TEST_FAULT || '').split(':');
let opened = 0;
const openSync = fs.openSync;
fs.openSync = function (path, ...rest) {
  if (suffix && String(path).endsWith(suffix) && opened++ >= Number(allowed || 0)) {
    throw Object.assign(new Error(`${code}: simulated, open '${path}'`), { code, syscall: 'open', path: String(path) });
  }
  return openSync.call(this, path, ...rest);
};
