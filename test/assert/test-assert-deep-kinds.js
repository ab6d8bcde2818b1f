'use strict';
// deepEqual/deepStrictEqual tell objects apart by what they are, not by what their tags or prototypes
// claim, and compare boxed primitives without calling their methods.
const assert = require('assert');
const util = require('util');

function notEqualEither(a, b) {
  assert.throws(() => assert.deepEqual(a, b), { code: 'ERR_ASSERTION' });
  assert.throws(() => assert.deepEqual(b, a), { code: 'ERR_ASSERTION' });
  assert.throws(() => assert.deepStrictEqual(a, b), { code: 'ERR_ASSERTION' });
  assert.throws(() => assert.deepStrictEqual(b, a), { code: 'ERR_ASSERTION' });
}

{
  const a = new Uint8Array(10);
  const b = new Int8Array(10);
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Uint8Array' });
  Object.setPrototypeOf(b, Uint8Array.prototype);
  notEqualEither(a, b);
}

{
  const a = [1, 2, 3];
  const b = { 0: 1, 1: 2, 2: 3 };
  Object.setPrototypeOf(b, Array.prototype);
  Object.defineProperty(b, 'length', { value: 3, enumerable: false });
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Array' });
  notEqualEither(a, b);
  assert.strictEqual(util.isDeepStrictEqual(a, b), false);
}

{
  const a = new Number(5);
  const b = new Number(5);
  for (const boxed of [a, b]) {
    Object.defineProperty(boxed, 'valueOf', { value: () => { throw new Error('must not be called'); } });
  }
  assert.deepEqual(a, b);
  assert.deepStrictEqual(a, b);
  assert.throws(() => assert.deepStrictEqual(a, new Number(6)), { code: 'ERR_ASSERTION' });
}

// Same kinds still compare by content.
assert.deepStrictEqual(new Int16Array([1, 2]), new Int16Array([1, 2]));
assert.deepEqual(new Float64Array([0]), new Float64Array([-0]));
