'use strict';
// buf.write overloads and the per-encoding write/slice methods.
const assert = require('assert');
const { Buffer } = require('buffer');

function written(size, ...args) {
  const b = Buffer.alloc(size);
  return [b.write(...args), b.toString('hex')];
}
assert.deepStrictEqual(written(4, 'ab'), [2, '61620000']);
assert.deepStrictEqual(written(4, 'ab', 1), [2, '00616200']);
assert.deepStrictEqual(written(4, 'abc', 1, 1), [1, '00610000']);
assert.deepStrictEqual(written(4, 'abcdef', 1, 3), [3, '00616263']);
assert.deepStrictEqual(written(4, '6162', 'hex'), [2, '61620000']);
assert.deepStrictEqual(written(4, '6162', 1, 'hex'), [2, '00616200']);
// Without an offset the rest is ignored: utf8.
assert.deepStrictEqual(written(4, 'a', undefined, 2, 'hex'), [1, '61000000']);
assert.deepStrictEqual(written(4, 'abzz', 'hex'), [1, 'ab000000']);
assert.deepStrictEqual(written(4, 'zz', 'hex'), [0, '00000000']);
// Whole characters only.
assert.deepStrictEqual(written(4, '€€'), [3, 'e282ac00']);
assert.deepStrictEqual(written(4, '\ud800x'), [4, 'efbfbd78']);
assert.deepStrictEqual(written(5, 'abc', 'ucs2'), [4, '6100620000']);
assert.deepStrictEqual(written(2, 'YWJj', 'base64'), [2, '6162']);

const b = Buffer.alloc(4);
assert.throws(() => b.write('a', -1), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received -1',
});
assert.throws(() => b.write('a', 1.5), { message: 'The value of "offset" is out of range. It must be an integer. Received 1.5' });
assert.throws(() => b.write('a', 1, 7), { message: 'The value of "length" is out of range. It must be >= 0 && <= 4. Received 7' });
assert.throws(() => b.write('a', 'x'), { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: x' });
assert.throws(() => b.write('a', '1'), { message: 'Unknown encoding: 1' });
assert.throws(() => b.write(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string' });

// The encoding methods take (start, end) and (string, offset, length) like node's native ones.
const s = Buffer.from('abcdef');
assert.strictEqual(s.utf8Slice(), 'abcdef');
assert.strictEqual(s.utf8Slice(2, 1), '');
assert.strictEqual(s.hexSlice(1.5, 3.7), '6263');
assert.strictEqual(s.latin1Slice('1', '3'), 'bc');
assert.throws(() => s.utf8Slice(-1, 2), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'Index out of range' });
assert.throws(() => s.utf8Slice(0, 10), { message: 'Index out of range' });
assert.strictEqual(s.utf8Write('xy', 5), 1);
assert.strictEqual(s.utf8Write('xy', 6), 0);
assert.throws(() => s.utf8Write('xy', 7), { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds' });
assert.throws(() => s.asciiWrite('xy', 1, -1), { message: 'Index out of range' });
assert.strictEqual(s.ucs2Write('abc', 1), 4);
assert.strictEqual(s.toString('hex'), '616100620078');
assert.strictEqual(Buffer.prototype.utf8Slice.call(new Uint8Array([65, 66]), 0, 2), 'AB');
assert.throws(() => Buffer.prototype.utf8Slice.call({}, 0, 2), { name: 'TypeError', message: 'argument must be a buffer' });
