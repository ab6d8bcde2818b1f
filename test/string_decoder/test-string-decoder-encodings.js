'use strict';
// StringDecoder for utf16le, base64, base64url, hex, latin1 and ascii.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');

function trace(encoding, chunks, last) {
  const d = new StringDecoder(encoding);
  const out = chunks.map((c) => [d.write(Buffer.from(c)), d.lastNeed, d.lastTotal]);
  out.push(last === undefined ? d.end() : d.end(Buffer.from(last)));
  return out;
}

// utf16le keeps an odd byte and a final high surrogate.
assert.deepStrictEqual(trace('utf16le', [[0x61], [0x00, 0x3d], [0xd8], [0x00, 0xde]], [0x3d, 0xd8]),
                       [['', 1, 2], ['a', 1, 2], ['\ud83d', 0, 0], ['\ude00', 0, 0], '\ud83d']);
assert.deepStrictEqual(trace('ucs2', [[0x3d, 0xd8], [0x00, 0xde]]), [['', 2, 4], ['😀', 0, 0], '']);
assert.deepStrictEqual(trace('utf-16le', [[0x3d, 0xd8], [0x41, 0x00]]), [['', 2, 4], ['\ud83dA', 0, 0], '']);
assert.deepStrictEqual(trace('utf16le', [[0x3d, 0xd8, 0x41], [0x00]]), [['\ud83d', 1, 2], ['A', 0, 0], '']);
assert.deepStrictEqual(trace('utf16le', [[0x61]]), [['', 1, 2], '']);

// base64 keeps bytes short of a 3-byte group.
assert.deepStrictEqual(trace('base64', [[1], [2], [3], [4, 5, 6, 7]]),
                       [['', 2, 3], ['', 1, 3], ['AQID', 0, 0], ['BAUG', 2, 3], 'Bw==']);
assert.deepStrictEqual(trace('base64', [[0x61]], 'bc'), [['', 2, 3], 'YWJj']);
assert.deepStrictEqual(trace('base64url', [[0xfb, 0xff]]), [['', 1, 3], '-_8']);

assert.deepStrictEqual(trace('hex', [[0xab, 0xcd]]), [['abcd', 0, 0], '']);
assert.deepStrictEqual(trace('latin1', [[0xe9]], [0xff]), [['é', 0, 0], 'ÿ']);
assert.deepStrictEqual(trace('binary', [[0x80]]), [['\x80', 0, 0], '']);
assert.deepStrictEqual(trace('ascii', [[0xe9, 0x41]]), [['iA', 0, 0], '']);
