'use strict';
// The function util.callbackify() returns: an ordinary function with the original's own properties, a
// name and length adjusted for the callback.
const assert = require('assert');
const util = require('util');

async function foo(a, b) {}
foo.extra = 1;
const sym = Symbol('s');
foo[sym] = 2;
const cb = util.callbackify(foo);
assert.strictEqual(cb.name, 'fooCallbackified');
assert.strictEqual(cb.length, 3);
// Not an async function: its prototype is Function.prototype, not the original's.
assert.strictEqual(Object.getPrototypeOf(cb), Function.prototype);
assert.notStrictEqual(Object.getPrototypeOf(cb), Object.getPrototypeOf(foo));
assert.strictEqual(cb.extra, 1);
assert.strictEqual(cb[sym], 2);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(cb, 'name'),
                       { value: 'fooCallbackified', writable: false, enumerable: false, configurable: true });

const anonymous = util.callbackify(async () => {});
assert.strictEqual(anonymous.name, 'Callbackified');
assert.strictEqual(anonymous.length, 1);

// Non-number lengths and non-string names are copied unchanged.
function odd() {}
Object.defineProperty(odd, 'length', { value: 'x' });
Object.defineProperty(odd, 'name', { value: 5 });
const oddCb = util.callbackify(odd);
assert.strictEqual(oddCb.length, 'x');
assert.strictEqual(oddCb.name, 5);
