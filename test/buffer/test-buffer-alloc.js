'use strict';
// Buffer.alloc/allocUnsafe/allocUnsafeSlow/SlowBuffer: sizes, fill arguments, pool use and errors.
const assert = require('assert');
const { Buffer, SlowBuffer, kMaxLength } = require('buffer');

assert.deepStrictEqual([...Buffer.alloc(3)], [0, 0, 0]);
assert.strictEqual(Buffer.alloc(1.5).length, 1);
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(5, 'ab', 'hex').toString('hex'), 'abababab' + 'ab');
assert.strictEqual(Buffer.alloc(4, '€').toString('hex'), 'e282ace2');
assert.strictEqual(Buffer.alloc(3, 'ab', 'ucs2').toString('hex'), '610062');
assert.strictEqual(Buffer.alloc(5, 257).toString('hex'), '0101010101');
assert.strictEqual(Buffer.alloc(3, -1.5).toString('hex'), 'ffffff');
assert.strictEqual(Buffer.alloc(5, Buffer.from([1, 2])).toString('hex'), '0102010201');
assert.strictEqual(Buffer.alloc(2, true).toString('hex'), '0101');
assert.strictEqual(Buffer.alloc(2, {}).toString('hex'), '0000');
assert.strictEqual(Buffer.alloc(2, '').toString('hex'), '0000');
assert.throws(() => Buffer.alloc(5, 'zz', 'hex'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(5, Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Buffer.alloc(5, 'a', 'bogus'), { name: 'TypeError', message: 'Unknown encoding: bogus' });
assert.throws(() => Buffer.alloc(5, 'ab', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (1)',
});

for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow, SlowBuffer]) {
  assert.throws(() => fn(-1), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1',
  });
  assert.throws(() => fn(NaN), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fn('5'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "size" argument must be of type number. Received type string (\'5\')',
  });
}
assert.throws(() => Buffer.alloc(2 ** 33), {
  message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received 8_589_934_592',
});
assert.strictEqual(kMaxLength, 2 ** 32);

// Small unsafe allocations come from an 8 KiB pool, 8-byte aligned; big and slow ones do not.
assert.strictEqual(Buffer.poolSize, 8192);
const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(5);
assert.strictEqual(a.buffer.byteLength, 8192);
assert.strictEqual(b.byteOffset % 8, 0);
assert.strictEqual(Buffer.from('abc').buffer.byteLength, 8192);
assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.alloc(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.from('').buffer.byteLength, 0);

// SlowBuffer: unsafe, unpooled, and has a prototype object of its own.
const slow = SlowBuffer(4);
assert.ok(slow instanceof Buffer);
assert.strictEqual(slow.buffer.byteLength, 4);
assert.notStrictEqual(SlowBuffer.prototype, Buffer.prototype);
assert.strictEqual(Object.getPrototypeOf(SlowBuffer.prototype), Uint8Array.prototype);
