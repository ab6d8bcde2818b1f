'use strict';
// StringDecoder construction, argument checks, text() and inspect output.
const assert = require('assert');
const util = require('util');
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');

assert.strictEqual(new StringDecoder(null).encoding, 'utf8');
assert.strictEqual(new StringDecoder('').encoding, 'utf8');
assert.strictEqual(new StringDecoder('UCS-2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('Base64URL').encoding, 'base64url');
for (const [enc, shown] of [['bogus', 'bogus'], [5, '5'], [{}, '{}']]) {
  assert.throws(() => new StringDecoder(enc), { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: `Unknown encoding: ${shown}` });
}
assert.throws(() => StringDecoder('hex'), TypeError);

const d = new StringDecoder('utf8');
assert.strictEqual(d.write('abc'), 'abc');
assert.strictEqual(d.end('xyz'), 'xyz');
assert.strictEqual(d.write(new Uint16Array([0x6261])), 'ab');
assert.strictEqual(d.write(new DataView(new Uint8Array([0x61, 0x62]).buffer)), 'ab');
assert.throws(() => d.write(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received null',
});
assert.throws(() => d.write(new ArrayBuffer(1)), {
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received an instance of ArrayBuffer',
});
assert.throws(() => StringDecoder.prototype.write.call({}, Buffer.from('a')), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type StringDecoder',
});
d.write(Buffer.from([0xe2]));
assert.strictEqual(d.text(Buffer.from([0x82, 0x41]), 1), 'A');
assert.strictEqual(d.lastNeed, 0);
assert.ok(d.lastChar instanceof Buffer);
assert.strictEqual(d.lastChar.length, 4);

assert.deepStrictEqual(Object.keys(new StringDecoder()), ['encoding']);
assert.deepStrictEqual(Object.keys(StringDecoder.prototype), ['write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']);
assert.strictEqual(StringDecoder.length, 1);
assert.strictEqual(util.inspect(new StringDecoder('utf8')),
                   "StringDecoder {\n  encoding: 'utf8',\n  [Symbol(kNativeDecoder)]: <Buffer 00 00 00 00 00 00 01>\n}");
const pending = new StringDecoder('ucs2');
pending.write(Buffer.from([0x61]));
assert.strictEqual(util.inspect(pending), "StringDecoder {\n  encoding: 'utf16le',\n" +
                   '  [Symbol(kNativeDecoder)]: <Buffer 61 00 00 00 01 01 03>\n}');
