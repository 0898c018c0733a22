#!/usr/bin/env node
'use strict';
// The `vitals` binary: the whole CLI is one bundle (dist/bin/bundle.cjs, made by scripts/build.mjs).
require('./bundle.cjs').main();
