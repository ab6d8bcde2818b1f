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

process.on('exit', () => {
  const timerPart = log.filter((x) => !x.startsWith('i'));
  assert.deepStrictEqual(timerPart.slice(0, 5), ['t1', 't1-tick', 't1-promise', 't2', 't2-promise']);
  const i1 = log.indexOf('i1');
  assert.deepStrictEqual(log.slice(i1, i1 + 3), ['i1', 'i1-promise', 'i2']);
  const fromT1 = log.indexOf('imm-from-t1');
  assert.deepStrictEqual(log.slice(fromT1), ['imm-from-t1', 'imm-tick', 'imm-from-imm']);
});
