'use strict';
// toString(encoding, start, end), slice/subarray, toJSON and toLocaleString.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from('abcd');
assert.strictEqual(b.toString('utf8', -1, 100), 'abcd');
assert.strictEqual(b.toString('utf8', 3, 1), '');
assert.strictEqual(b.toString('utf8', '1', '3'), 'bc');
assert.strictEqual(b.toString('utf8', 1.7, 2.9), 'b');
assert.strictEqual(b.toString('utf8', NaN, NaN), '');
assert.strictEqual(b.toString(undefined, 1), 'bcd');
assert.strictEqual(b.toString('HEX'), '61626364');
for (const enc of [null, 0, '', 'bogus']) {
  assert.throws(() => b.toString(enc), { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: `Unknown encoding: ${enc}` });
}
assert.strictEqual(Buffer.alloc(0).toString('bogus'), '');
assert.strictEqual(b.toLocaleString(), 'abcd');
assert.strictEqual(Buffer.prototype.toLocaleString, Buffer.prototype.toString);

// slice and subarray share memory; arguments count from the end when negative.
const s = Buffer.from('abcdef');
assert.strictEqual(s.slice(-2).toString(), 'ef');
assert.strictEqual(s.slice(2, -1).toString(), 'cde');
assert.strictEqual(s.slice('1', '3').toString(), 'bc');
assert.strictEqual(s.slice(1.9).toString(), 'bcdef');
assert.strictEqual(s.slice(2, NaN).toString(), '');
assert.strictEqual(s.slice(-10, 2).toString(), 'ab');
assert.strictEqual(s.subarray(1, 3).toString(), 'bc');
const view = s.subarray(1, 2);
view[0] = 0x42;
assert.strictEqual(s.toString(), 'aBcdef');
assert.ok(view instanceof Buffer);
assert.strictEqual(Buffer.prototype.slice.call(new Uint8Array(4), 1).constructor, Uint8Array);
assert.ok(s.map((x) => x) instanceof Buffer);

assert.deepStrictEqual(Buffer.from('abc').toJSON(), { type: 'Buffer', data: [97, 98, 99] });
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');
assert.deepStrictEqual(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))), Buffer.from('hi'));
