'use strict';
const assert = require('assert');

// Arguments are passed through, intervals repeat until cleared, clearTimeout works with the primitive id.
const calls = [];
setTimeout((a, b, c, d) => calls.push(['args', a, b, c, d]), 1, 1, 2, 3, 4);
let n = 0;
const iv = setInterval(() => {
  if (++n === 3) clearInterval(iv);
}, 1);
const cancelled = setTimeout(() => assert.fail('cleared timer ran'), 5);
clearTimeout(+cancelled);
const cancelledImmediate = setImmediate(() => assert.fail('cleared immediate ran'));
clearImmediate(cancelledImmediate);

// Timeout objects: ref/unref/hasRef/refresh and toPrimitive.
const t = setTimeout(() => {}, 1000);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref().hasRef(), true);
assert.strictEqual(typeof t[Symbol.toPrimitive](), 'number');
assert.strictEqual(t.refresh(), t);
clearTimeout(t);

// An unref'ed timer does not keep the process alive.
setTimeout(() => assert.fail('unref timer ran'), 100000).unref();

// Overflowing durations become 1 ms with a TimeoutOverflowWarning.
const warnings = [];
process.on('warning', (w) => warnings.push(w.name));
setTimeout(() => calls.push(['overflow']), 2 ** 31);

assert.throws(() => setTimeout('x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => setImmediate(null), { code: 'ERR_INVALID_ARG_TYPE' });

process.on('exit', () => {
  assert.strictEqual(n, 3);
  assert.deepStrictEqual(calls.find((c) => c[0] === 'args'), ['args', 1, 2, 3, 4]);
  assert.ok(calls.some((c) => c[0] === 'overflow'));
  assert.deepStrictEqual(warnings, ['TimeoutOverflowWarning']);
});
