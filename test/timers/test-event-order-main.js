'use strict';
// The relative order of nextTick, promise reactions, queueMicrotask, timers and immediates from the main script.
const assert = require('assert');
const log = [];

setTimeout(() => log.push('timeout'), 0);
setImmediate(() => log.push('immediate'));
process.nextTick(() => log.push('tick1'));
Promise.resolve().then(() => log.push('promise1'));
queueMicrotask(() => log.push('microtask'));
process.nextTick(() => {
  log.push('tick2');
  Promise.resolve().then(() => log.push('promise-from-tick'));
  process.nextTick(() => log.push('tick-from-tick'));
});
Promise.resolve().then(() => {
  log.push('promise2');
  process.nextTick(() => log.push('tick-from-promise'));
});
log.push('sync');

process.on('exit', () => {
  // Timer vs immediate from the main script depends on loop timing; everything before them is fixed.
  const fixed = log.slice(0, 9);
  assert.deepStrictEqual(fixed, [
    'sync', 'tick1', 'tick2', 'tick-from-tick', 'promise1', 'microtask', 'promise2', 'promise-from-tick',
    'tick-from-promise',
  ]);
  assert.deepStrictEqual(log.slice(9).sort(), ['immediate', 'timeout']);
});
