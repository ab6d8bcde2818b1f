'use strict';
// TextEncoder: encode, encodeInto, brand checks and inspect output.
const assert = require('assert');
const util = require('util');

const e = new TextEncoder();
assert.strictEqual(e.encoding, 'utf-8');
const hex = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.length).toString('hex');
assert.strictEqual(hex(e.encode('a€\ud800😀')), '61e282acefbfbdf09f9880');
assert.strictEqual(e.encode('abc').constructor, Uint8Array);
assert.strictEqual(e.encode().length, 0);
assert.strictEqual(hex(e.encode(null)), '6e756c6c');
assert.strictEqual(hex(e.encode(5)), '35');
assert.throws(() => e.encode(Symbol()), TypeError);

const dest = new Uint8Array(5);
assert.deepStrictEqual(e.encodeInto('a€😀', dest), { read: 2, written: 4 });
assert.strictEqual(hex(dest), '61e282ac00');
assert.deepStrictEqual(e.encodeInto('\ud800\udc00', new Uint8Array(3)), { read: 0, written: 0 });
assert.deepStrictEqual(e.encodeInto('\ud800x', new Uint8Array(3)), { read: 1, written: 3 });
assert.deepStrictEqual(e.encodeInto('😀b', new Uint8Array(new ArrayBuffer(8), 2, 5)), { read: 3, written: 5 });
assert.throws(() => e.encodeInto('a', 'x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "dest" argument must be an instance of Uint8Array. Received type string (\'x\')',
});
assert.throws(() => e.encodeInto(undefined, new Uint8Array(1)), {
  message: 'The "src" argument must be of type string. Received undefined',
});
assert.throws(() => TextEncoder.prototype.encode.call({}, 'a'), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextEncoder',
});
assert.deepStrictEqual(Object.keys(TextEncoder.prototype), ['encoding', 'encode', 'encodeInto']);
assert.strictEqual(TextEncoder.prototype.encodeInto.length, 2);
assert.strictEqual(util.inspect(new TextEncoder()), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect(new TextEncoder(), { depth: -1 }), '[TextEncoder]');
