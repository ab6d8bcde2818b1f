'use strict';
// TextDecoder for UTF-16LE/BE and the windows-1252 labels (node 20 maps each byte to the same code point).
const assert = require('assert');

const bytes = (...b) => new Uint8Array(b);
const le = new TextDecoder('utf-16le');
assert.strictEqual(le.decode(bytes(0xff, 0xfe, 0x61, 0, 0x62)), 'a\ufffd');
assert.strictEqual(le.decode(bytes(0x00, 0xd8, 0x61, 0)), '\ufffda');
assert.strictEqual(le.decode(bytes(0x3d, 0xd8, 0x3d, 0xd8, 0, 0xde)), '\ufffd😀');
assert.strictEqual(le.decode(bytes(0, 0xde, 0x41)), '\ufffd\ufffd');
assert.deepStrictEqual([
  le.decode(bytes(0x61), { stream: true }),
  le.decode(bytes(0, 0x3d, 0xd8), { stream: true }),
  le.decode(bytes(0x00, 0xde)),
], ['', 'a', '😀']);
assert.deepStrictEqual([le.decode(bytes(0xff, 0xfe), { stream: true }), le.decode(bytes(0xff, 0xfe, 0x41, 0))],
                       ['', '\ufeffA']);
assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(bytes(0x41)), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-16le',
});
assert.throws(() => le.decode(bytes(0x41), 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => le.decode('x'), {
  message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
});

const be = new TextDecoder('utf-16be');
assert.strictEqual(be.decode(bytes(0xfe, 0xff, 0, 0x61, 0xd8, 0x3d, 0xde, 0x00)), 'a😀');
assert.strictEqual(be.decode(bytes(0xff, 0xfe, 0, 0x41)), '\ufffeA');
assert.throws(() => new TextDecoder('utf-16be', { fatal: true }).decode(bytes(0xd8, 0x00)), {
  message: 'The encoded data was not valid for encoding utf-16be',
});

const latin1 = new TextDecoder('latin1');
assert.strictEqual(latin1.encoding, 'windows-1252');
assert.strictEqual(latin1.decode(bytes(0x61, 0x80, 0x9f, 0xff, 0xef, 0xbb, 0xbf)), 'a\x80\x9f\xffï»¿');
assert.throws(() => latin1.decode(null), {
  message: 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.',
});
