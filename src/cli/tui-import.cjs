'use strict';
// The review in the terminal (dist/bin/tui.mjs: Ink and React) as the CLI bundle imports it. The
// bundle runs as a compiled script, for its code cache (bin.cjs), and Node 20 gives such a script
// no import() of its own, so the import is made here, in a file Node loads as any other.
module.exports = () => import('./tui.mjs');
