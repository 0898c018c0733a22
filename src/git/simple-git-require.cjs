'use strict';
// `simple-git`, required on first use. A CommonJS require (not createRequire) so the bundler includes it.
module.exports = () => require('simple-git');
