'use strict';
// buf.fill with strings, numbers and bytes, offsets and encodings.
const assert = require('assert');
const { Buffer } = require('buffer');

const fill = (...args) => Buffer.alloc(6, 0xee).fill(...args).toString('hex');
assert.strictEqual(fill(0), '000000000000');
assert.strictEqual(fill(257, 1, 3), 'ee0101eeeeee');
assert.strictEqual(fill('ab'), '616261626162');
assert.strictEqual(fill('ab', 1), 'ee6162616261');
assert.strictEqual(fill('ab', 'hex'), 'abababababab');
assert.strictEqual(fill('abzz', 'hex'), 'abababababab');
assert.strictEqual(fill('6162', 2, 'hex'), 'eeee61626162');
assert.strictEqual(fill('6162', 1, 4, 'hex'), 'ee616261eeee');
assert.strictEqual(fill('€'), 'e282ace282ac');
assert.strictEqual(fill('€', 0, 2), 'e282eeeeeeee');
assert.strictEqual(fill('ab', 'ucs2'), '610062006100');
assert.strictEqual(fill('é', 'latin1'), 'e9e9e9e9e9e9');
assert.strictEqual(fill('YWI=', 'base64'), '616261626162');
assert.strictEqual(fill(''), '000000000000');
assert.strictEqual(fill(Buffer.from([1, 2, 3, 4])), '010203040102');
assert.strictEqual(fill(new Uint16Array([0x102])), '020102010201');
assert.strictEqual(fill(true), '010101010101');
assert.strictEqual(fill('a', 5, 2), 'eeeeeeeeeeee');

assert.throws(() => fill('zz', 'hex'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received 'zz'" });
assert.throws(() => fill(Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fill('a', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
assert.throws(() => fill('a', 0, 2, 5), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "encoding" argument must be of type string. Received type number (5)' });
assert.throws(() => fill(1, -1), { code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 && <= 4294967296. Received -1' });
assert.throws(() => fill(1, 0, 7), { code: 'ERR_OUT_OF_RANGE', message: 'The value of "end" is out of range. It must be >= 0 && <= 6. Received 7' });
assert.throws(() => fill(1, '1'), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received type string (\'1\')' });

// A `length` that lies does not let fill() write past the memory.
const liar = Buffer.from('w00t');
Object.defineProperty(liar, 'length', { value: 1337 });
assert.throws(() => liar.fill(''), {
  name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: 'Attempt to access memory outside buffer bounds',
});
