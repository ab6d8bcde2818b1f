'use strict';
// indexOf/lastIndexOf/includes with strings, numbers and buffers, offsets and encodings.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from('abcabc');
assert.strictEqual(b.indexOf('bc'), 1);
assert.strictEqual(b.indexOf('bc', 2), 4);
assert.strictEqual(b.indexOf('bc', -2), 4);
assert.strictEqual(b.indexOf('bc', -100), 1);
assert.strictEqual(b.indexOf('bc', 100), -1);
assert.strictEqual(b.lastIndexOf('bc'), 4);
assert.strictEqual(b.lastIndexOf('bc', 3), 1);
assert.strictEqual(b.lastIndexOf('bc', -3), 1);
assert.strictEqual(b.lastIndexOf('bc', -100), -1);
assert.strictEqual(b.indexOf('bc', 1.9), 1);
assert.strictEqual(b.indexOf('bc', NaN), 1);
assert.strictEqual(b.lastIndexOf('a', NaN), 3);
// A string in the offset position is the encoding.
assert.throws(() => b.indexOf('bc', '6263'), { message: 'Unknown encoding: 6263' });
assert.strictEqual(b.indexOf('bc', 'latin1'), 1);
assert.strictEqual(b.indexOf('6263', 'hex'), 1);
assert.strictEqual(b.indexOf('YmM=', 0, 'base64'), 1);
assert.strictEqual(b.includes('ca'), true);
assert.strictEqual(b.includes('cb'), false);
// Numbers are bytes (modulo 256).
assert.strictEqual(b.indexOf(0x63), 2);
assert.strictEqual(b.indexOf(0x63 + 256), 2);
assert.strictEqual(b.lastIndexOf(99), 5);
assert.strictEqual(b.indexOf(-159), 0);
// Empty needles match at the clamped offset.
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 4), 4);
assert.strictEqual(b.indexOf('', 100), 6);
assert.strictEqual(b.lastIndexOf('', -100), 0);
assert.strictEqual(b.indexOf(Buffer.alloc(0), -2), 4);
assert.strictEqual(b.indexOf('zz', 0, 'hex'), 0);
// Buffers and Uint8Arrays.
assert.strictEqual(b.indexOf(Buffer.from('ca')), 2);
assert.strictEqual(b.lastIndexOf(new Uint8Array([0x61, 0x62])), 3);
// utf16le searches whole units only.
const u = Buffer.from('aXbXaXbX', 'ucs2');
assert.strictEqual(u.indexOf('X', 0, 'ucs2'), 2);
assert.strictEqual(u.indexOf('b', 1, 'ucs2'), 4);
assert.strictEqual(u.lastIndexOf('a', undefined, 'utf16le'), 8);
assert.strictEqual(Buffer.from('a').indexOf('', 5, 'ucs2'), 0);
assert.strictEqual(Buffer.from([0x00, 0x61, 0x00]).indexOf('a', 0, 'ucs2'), -1);

assert.throws(() => b.indexOf({}), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. ' +
    'Received an instance of Object',
});
assert.throws(() => b.indexOf('a', 0, 'bogus'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
assert.throws(() => Buffer.prototype.indexOf.call('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
