'use strict';
// The first 64 bytes of the bundle's code cache: `vitals-build=ID`, padded, where ID is the build id
// on the bundle's last line. V8 checks a code cache against its Node and flags but only against the
// length of the source, so the loader (bin.cjs) offers V8 only a cache of the same build. 64 bytes
// keep the V8 data after the header aligned, so V8 need not copy it. scripts/code-cache.cjs writes it.
module.exports = function cacheHeader(source) {
  const id = /\/\/# vitals-build=(\S+)\s*$/.exec(source.slice(-200))?.[1];
  return id === undefined ? undefined : Buffer.from(`${`vitals-build=${id}`.padEnd(63).slice(0, 63)}\n`);
};
