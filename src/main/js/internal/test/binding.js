'use strict';
// internalBinding for tests run with --expose-internals, behind node's warning.

process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');

module.exports = { internalBinding: require('internal/bootstrap/realm').internalBinding };
