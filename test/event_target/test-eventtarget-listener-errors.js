'use strict';
// Listener errors do not interrupt a dispatch; they surface as uncaught exceptions, function listeners'
// throws on the next tick and rejections (and handleEvent throws) after the microtasks.
const assert = require('assert');

const log = [];
process.on('uncaughtException', (err, origin) => log.push(['uncaught', err.message, origin]));

const et = new EventTarget();
et.addEventListener('b', async () => { throw new Error('async1'); });
et.addEventListener('a', () => { throw new Error('sync1'); });
et.addEventListener('a', () => log.push('after throw'));
et.addEventListener('c', { handleEvent: 5 });
et.addEventListener('c', { handleEvent() { throw new Error('handleEvent throw'); } });
et.addEventListener('d', () => ({ then(ok, fail) { log.push(['then', typeof ok, typeof fail]); } }));

assert.strictEqual(et.dispatchEvent(new Event('b')), true);
assert.strictEqual(et.dispatchEvent(new Event('a')), true);
et.dispatchEvent(new Event('c'));
et.dispatchEvent(new Event('d'));
log.push('sync end');
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('micro'));

setTimeout(() => {
  assert.deepStrictEqual(log, [
    'after throw',
    ['then', 'undefined', 'function'],
    'sync end',
    ['uncaught', 'sync1', 'uncaughtException'],
    'tick',
    'micro',
    ['uncaught', 'async1', 'uncaughtException'],
    ['uncaught', 'Function.prototype.apply was called on 5, which is a number and not a function',
     'uncaughtException'],
    ['uncaught', 'handleEvent throw', 'uncaughtException'],
  ]);
}, 20);
