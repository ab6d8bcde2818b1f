'use strict';
const assert = require('assert');
const { inherits } = require('util');

function A() {}
A.prototype.hello = function() { return 'a'; };
function B() { A.call(this); }
inherits(B, A);
assert.strictEqual(B.super_, A);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(B, 'super_'),
                       { value: A, writable: true, enumerable: false, configurable: true });
assert.strictEqual(new B().hello(), 'a');
assert.ok(new B() instanceof A);
assert.strictEqual(B.prototype.constructor, B);

assert.throws(() => inherits(A, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "superCtor" argument must be of type function. Received null',
});
assert.throws(() => inherits(undefined, A), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ctor" argument must be of type function. Received undefined',
});
assert.throws(() => inherits(A, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
assert.throws(() => inherits(function() {}, { prototype: 1 }), {
  name: 'TypeError',
  message: 'Object prototype may only be an Object or null: 1',
});
