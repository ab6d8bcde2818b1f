'use strict';
// Float, double and 64-bit bigint readers and writers.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeDoubleBE(1.5), 8);
assert.strictEqual(b.toString('hex'), '3ff8000000000000');
assert.strictEqual(b.readDoubleBE(0), 1.5);
b.writeDoubleLE(-0.1);
assert.strictEqual(b.toString('hex'), '9a9999999999b9bf');
assert.strictEqual(b.readDoubleLE(), -0.1);
assert.strictEqual(b.writeFloatLE(1, 4), 8);
assert.strictEqual(b.toString('hex'), '9a9999990000803f');
assert.strictEqual(b.readFloatLE(4), 1);
b.writeFloatBE(0.1);
assert.strictEqual(b.readFloatBE(0), 0.10000000149011612);
b.writeFloatLE('x', 0);
assert.ok(Number.isNaN(b.readFloatLE(0)));
assert.strictEqual(Buffer.prototype.readFloatLE.name, 'readFloatForwards');
assert.throws(() => b.writeFloatLE(1, 5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5',
});
assert.throws(() => b.readDoubleBE(1), { message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1' });
assert.throws(() => b.writeDoubleLE(1, '0'), { code: 'ERR_INVALID_ARG_TYPE' });

const x = Buffer.from([0x81, 0x92, 0xa3, 0xb4, 0xc5, 0xd6, 0xe7, 0xf8]);
assert.strictEqual(x.readBigUInt64LE(), 0xf8e7d6c5b4a39281n);
assert.strictEqual(x.readBigUInt64BE(), 0x8192a3b4c5d6e7f8n);
assert.strictEqual(x.readBigInt64LE(), -511203888055741823n);
assert.strictEqual(x.readBigInt64BE(), -9110039099408455688n);
assert.strictEqual(x.readBigUint64LE, x.readBigUInt64LE);
const w = Buffer.alloc(8);
assert.strictEqual(w.writeBigInt64LE(-2n), 8);
assert.strictEqual(w.toString('hex'), 'feffffffffffffff');
w.writeBigUInt64BE(0x123456789abcdefn);
assert.strictEqual(w.toString('hex'), '0123456789abcdef');
assert.throws(() => w.writeBigInt64LE(2n ** 63n), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. ' +
    'Received 9_223_372_036_854_775_808n',
});
assert.throws(() => w.writeBigUInt64LE(-1n), {
  message: 'The value of "value" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n',
});
assert.throws(() => w.writeBigInt64LE(1), { name: 'TypeError', message: 'Cannot mix BigInt and other types, use explicit conversions' });
assert.throws(() => w.readBigInt64LE(1), { message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1' });
