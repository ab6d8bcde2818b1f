'use strict';
// TextDecoder for UTF-8: replacement, BOM, fatal mode and streaming.
const assert = require('assert');

const bytes = (...b) => new Uint8Array(b);
const d = new TextDecoder();
assert.strictEqual(d.encoding, 'utf-8');
assert.strictEqual(d.decode(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff)), 'a\ufffd');
assert.strictEqual(d.decode(bytes(0xed, 0xa0, 0x80, 0xe2, 0x82, 0x41, 0xf0, 0x9f)), '\ufffd\ufffd\ufffd\ufffdA\ufffd');
assert.strictEqual(d.decode(), '');
assert.strictEqual(d.decode(undefined), '');
assert.strictEqual(d.decode(new Uint16Array([0x6261])), 'ab');
assert.strictEqual(d.decode(new DataView(bytes(0x61, 0x62).buffer)), 'ab');
assert.strictEqual(d.decode(new ArrayBuffer(2)), '\0\0');
assert.strictEqual(d.decode(bytes(0x61), 5), 'a');
assert.strictEqual(new TextDecoder('utf8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x61)), '\ufeffa');
assert.throws(() => d.decode(null), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
});

const fatal = new TextDecoder('utf-8', { fatal: true });
assert.throws(() => fatal.decode(bytes(0x61, 0xff)), {
  name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-8',
});
assert.strictEqual(fatal.decode(bytes(0xe2), { stream: true }), '');
assert.throws(() => fatal.decode(bytes(0x41)), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
// The failure resets the stream.
assert.strictEqual(fatal.decode(bytes(0x41)), 'A');

// Streaming keeps incomplete sequences; the BOM is dropped only at the start of a stream.
const s = new TextDecoder();
assert.deepStrictEqual([
  s.decode(bytes(0xe2, 0x82), { stream: true }),
  s.decode(bytes(0xac), { stream: true }),
  s.decode(bytes(0xe2)),
], ['', '€', '\ufffd']);
assert.deepStrictEqual([
  s.decode(bytes(0xef, 0xbb), { stream: true }),
  s.decode(bytes(0xbf, 0x61), { stream: true }),
  s.decode(bytes(0xef, 0xbb, 0xbf)),
  s.decode(bytes(0xef, 0xbb, 0xbf, 0x62)),
], ['', 'a', '\ufeff', 'b']);
const chars = '𝄞 aé€😀';
const encoded = new TextEncoder().encode(chars);
let out = '';
for (const byte of encoded) out += s.decode(bytes(byte), { stream: true });
assert.strictEqual(out + s.decode(), chars);
