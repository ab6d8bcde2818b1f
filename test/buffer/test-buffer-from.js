'use strict';
// Buffer.from for strings, arrays, array buffers and objects, and its errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');
assert.strictEqual(hex(Buffer.from('héllo')), '68c3a96c6c6f');
assert.strictEqual(hex(Buffer.from('abcd', '')), '61626364');
assert.strictEqual(hex(Buffer.from('abcd', null)), '61626364');
assert.strictEqual(hex(Buffer.from('abcd', 5)), '61626364');
assert.strictEqual(hex(Buffer.from([1, 2, 300, -1, '7', null, undefined, {}])), '01022cff07000000');
assert.strictEqual(hex(Buffer.from({ length: 2, 0: 300 })), '2c00');
assert.strictEqual(hex(Buffer.from({ length: '2', 0: 1 })), '');
assert.strictEqual(hex(Buffer.from({ type: 'Buffer', data: [1, 2] })), '0102');
assert.strictEqual(hex(Buffer.from(new Uint16Array([1, 256, 65535]))), '0100ff');
assert.strictEqual(hex(Buffer.from(new String('abc'))), '616263');
assert.strictEqual(hex(Buffer.from({ valueOf() { return 'xyz'; } })), '78797a');
assert.strictEqual(hex(Buffer.from({ [Symbol.toPrimitive]() { return 'pq'; } })), '7071');

// A copy for arrays and buffers, shared memory for array buffers.
const src = Buffer.from('ab');
const copy = Buffer.from(src);
copy[0] = 0x7a;
assert.strictEqual(src.toString(), 'ab');
const ab = new ArrayBuffer(4);
const view = Buffer.from(ab, 1, 2);
view[0] = 9;
assert.strictEqual(new Uint8Array(ab)[1], 9);
assert.strictEqual(Buffer.from(ab).length, 4);
assert.strictEqual(Buffer.from(ab, 'x', -5).length, 0);
assert.strictEqual(Buffer.from(ab, 1, NaN).length, 0);
assert.strictEqual(Buffer.from(new SharedArrayBuffer(3)).length, 3);
assert.throws(() => Buffer.from(ab, 5), {
  name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 1, 5), { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds' });

const prefix = 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an ' +
  'Array-like Object.';
assert.throws(() => Buffer.from(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: `${prefix} Received type number (5)` });
assert.throws(() => Buffer.from(null), { message: `${prefix} Received null` });
assert.throws(() => Buffer.from({}), { message: `${prefix} Received an instance of Object` });
assert.throws(() => Buffer.from('abc', 'bogus'), { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
assert.throws(() => Buffer.from('', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });

assert.strictEqual(hex(Buffer.of(1, 2, 300)), '01022c');
assert.strictEqual(Buffer.of.name, 'of');
assert.strictEqual(hex(Buffer.copyBytesFrom(new Uint16Array([1, 256, 3]), 1, 1)), '0001');
assert.strictEqual(hex(Buffer.copyBytesFrom(new Float64Array([1]))), '000000000000f03f');
assert.strictEqual(Buffer.copyBytesFrom(new Uint8Array(3), 5).length, 0);
assert.throws(() => Buffer.copyBytesFrom([1]), {
  message: 'The "view" argument must be an instance of TypedArray. Received an instance of Array',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(3), -1), {
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
