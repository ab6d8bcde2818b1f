'use strict';
// Integer readers and writers with node's range errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from([0x81, 0x92, 0xa3, 0xb4, 0xc5, 0xd6, 0xe7, 0xf8]);
assert.strictEqual(b.readUInt8(0), 0x81);
assert.strictEqual(b.readInt8(0), -127);
assert.strictEqual(b.readUInt16LE(1), 0xa392);
assert.strictEqual(b.readUInt16BE(1), 0x92a3);
assert.strictEqual(b.readInt16LE(0), -28031);
assert.strictEqual(b.readUInt32LE(0), 3030618753);
assert.strictEqual(b.readUInt32BE(4), 3319195640);
assert.strictEqual(b.readInt32BE(0), -2121096268);
assert.strictEqual(b.readUIntLE(1, 6), 254909625967506);
assert.strictEqual(b.readUIntBE(1, 5), 629811758550);
assert.strictEqual(b.readIntLE(0, 6), -45330349190527);
assert.strictEqual(b.readIntBE(2, 3), -6048571);
assert.strictEqual(b.readUint32LE, b.readUInt32LE);
assert.strictEqual(b.readUintBE.name, 'readUIntBE');

const w = Buffer.alloc(8, 0xaa);
assert.strictEqual(w.writeUInt16BE(0x1234, 1), 3);
assert.strictEqual(w.writeInt32LE(-2, 3), 7);
assert.strictEqual(w.toString('hex'), 'aa1234feffffffaa');
assert.strictEqual(w.writeUIntLE(0x123456789a, 0, 5), 5);
assert.strictEqual(w.writeIntBE(-2, 5, 3), 8);
assert.strictEqual(w.toString('hex'), '9a78563412fffffe');
assert.strictEqual(w.writeUInt8(1.7, 0), 1);
assert.strictEqual(w.writeUInt8(NaN, 1), 2);
assert.strictEqual(w.writeUInt16LE('258', 2), 4);
assert.strictEqual(w.toString('hex'), '0100020112fffffe');

const range = (message) => ({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message });
assert.throws(() => b.readUInt8(8), range('The value of "offset" is out of range. It must be >= 0 and <= 7. Received 8'));
assert.throws(() => b.readUInt8(1.5), range('The value of "offset" is out of range. It must be an integer. Received 1.5'));
assert.throws(() => b.readUInt8(NaN), range('The value of "offset" is out of range. It must be an integer. Received NaN'));
assert.throws(() => b.readUInt32BE(5), range('The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5'));
assert.throws(() => b.readIntLE(3, 6), range('The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3'));
assert.throws(() => b.readIntLE(0, 7), range('The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7'));
assert.throws(() => b.readUInt8('1'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => b.readIntLE(0), { message: 'The "byteLength" argument must be of type number. Received undefined' });
assert.throws(() => b.readIntLE(undefined, 2), { message: 'The "offset" argument must be of type number. Received undefined' });
assert.throws(() => Buffer.alloc(1).readUInt32BE(0), {
  name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => Buffer.alloc(0).readUInt8(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

assert.throws(() => w.writeUInt8(256), range('The value of "value" is out of range. It must be >= 0 and <= 255. Received 256'));
assert.throws(() => w.writeInt8(128), range('The value of "value" is out of range. It must be >= -128 and <= 127. Received 128'));
assert.throws(() => w.writeInt16BE(-32769), range('The value of "value" is out of range. It must be >= -32768 and <= 32767. Received -32769'));
assert.throws(() => w.writeUInt32LE(2 ** 32, 10), range('The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received 4294967296'));
assert.throws(() => w.writeUIntLE(2 ** 40, 0, 5), range('The value of "value" is out of range. It must be >= 0 and < 2 ** 40. Received 1_099_511_627_776'));
assert.throws(() => w.writeIntLE(2 ** 47, 0, 6), range('The value of "value" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. Received 140_737_488_355_328'));
assert.throws(() => w.writeIntLE(2 ** 23, 0, 3), range('The value of "value" is out of range. It must be >= -8388608 and <= 8388607. Received 8388608'));
assert.throws(() => w.writeUInt16LE(1, 7), range('The value of "offset" is out of range. It must be >= 0 and <= 6. Received 7'));
assert.throws(() => w.writeUIntLE(1, 4, 6), range('The value of "offset" is out of range. It must be >= 0 and <= 2. Received 4'));
assert.throws(() => w.writeUInt8(1, null), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received null' });
