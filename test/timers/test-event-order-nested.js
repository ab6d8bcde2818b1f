'use strict';
// Order inside timer and immediate callbacks: ticks and microtasks run between two callbacks of one phase,
// immediates set during the check phase wait for the next iteration, and inside an immediate a 0 ms timer
// runs after the next immediate-phase only when the loop passes the timers phase first.
const assert = require('assert');
const log = [];

setTimeout(() => {
  log.push('t1');
  process.nextTick(() => log.push('t1-tick'));
  Promise.resolve().then(() => log.push('t1-promise'));
  setImmediate(() => {
    log.push('imm-from-t1');
    setImmediate(() => log.push('imm-from-imm'));
    process.nextTick(() => log.push('imm-tick'));
  });
}, 1);
setTimeout(() => {
  log.push('t2');
  Promise.resolve().then(() => log.push('t2-promise'));
}, 1);

setImmediate(() => {
  log.push('i1');
  Promise.resolve().then(() => log.push('i1-promise'));
});
setImmediate(() => log.push('i2'));

// Whether t2 shares t1's timers phase depends on whether a millisecond passed between the two setTimeout
// calls, so the checks are on the groups that node's order fixes whatever the timing.
function consecutive(entries) {
  const at = log.indexOf(entries[0]);
  assert.deepStrictEqual(log.slice(at, at + entries.length), entries);
}

process.on('exit', () => {
  consecutive(['t1', 't1-tick', 't1-promise']);
  consecutive(['t2', 't2-promise']);
  assert.ok(log.indexOf('t1') < log.indexOf('t2'));
  consecutive(['i1', 'i1-promise', 'i2']);
  consecutive(['imm-from-t1', 'imm-tick']);
  assert.ok(log.indexOf('imm-tick') < log.indexOf('imm-from-imm'));
});
