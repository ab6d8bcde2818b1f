'use strict';
// From inside a timer callback, setImmediate runs before a new 0 ms timer: the check phase comes before the
// next timers phase.
const assert = require('assert');
const log = [];

setTimeout(() => {
  setTimeout(() => log.push('timeout'), 0);
  setImmediate(() => log.push('immediate'));
}, 0);

process.on('exit', () => {
  assert.deepStrictEqual(log, ['immediate', 'timeout']);
});
