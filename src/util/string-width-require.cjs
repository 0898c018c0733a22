'use strict';
// `string-width`, required on first use. A CommonJS require (not createRequire) so the bundler includes it.
module.exports = () => require('string-width').default;
