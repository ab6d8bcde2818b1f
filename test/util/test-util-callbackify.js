'use strict';
const assert = require('assert');
const { callbackify } = require('util');

const cb = callbackify(async function foo(a) { return a; });
assert.strictEqual(cb.name, 'fooCallbackified');
assert.strictEqual(cb.length, 2);
assert.throws(() => callbackify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (1)',
});
assert.throws(() => cb(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received undefined',
});
assert.throws(() => cb(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (1)',
});

let pending = 5;
function done() { if (--pending === 0) process.exitCode = 0; }
process.exitCode = 1;

let sync = true;
cb(42, (err, value) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(value, 42);
  done();
});
sync = false;

callbackify(async () => { throw null; })((err) => {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, null);
  assert.ok(err instanceof Error);
  done();
});
callbackify(() => Promise.reject(0))((err) => {
  assert.strictEqual(err.reason, 0);
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  done();
});
const boom = new Error('x');
callbackify(async () => { throw boom; })((err) => {
  assert.strictEqual(err, boom);
  done();
});
const self = {
  v: 7,
  method: callbackify(async function() { return this.v; }),
};
self.method(function(err, value) {
  assert.strictEqual(value, 7);
  assert.strictEqual(this, self);
  done();
});
