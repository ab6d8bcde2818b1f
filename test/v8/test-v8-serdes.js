'use strict';
// v8.serialize/deserialize write V8's wire format byte for byte, and round-trip every cloneable kind.
const assert = require('assert');
const v8 = require('v8');

const hex = (v) => v8.serialize(v).toString('hex');
assert.strictEqual(hex(1), 'ff0f4902');
assert.strictEqual(hex(-1), 'ff0f4901');
assert.strictEqual(hex(1.5), 'ff0f4e000000000000f83f');
assert.strictEqual(hex(-0), 'ff0f4e0000000000000080');
assert.strictEqual(hex('abc'), 'ff0f2203616263');
assert.strictEqual(hex('€'), 'ff0f6302ac20');
assert.strictEqual(hex('a€'), 'ff0f63046100ac20');
assert.strictEqual(hex(12n), 'ff0f5a100c00000000000000');
assert.strictEqual(hex(-(2n ** 70n)), 'ff0f5a2100000000000000004000000000000000');
assert.strictEqual(hex({ a: 1, 2: 'x' }), 'ff0f6f490422017822016149027b02');
assert.strictEqual(hex([1, 2]), 'ff0f410249024904240002');
assert.strictEqual(hex([1, , 3]), 'ff0f61034900490249044906400203');  // eslint-disable-line no-sparse-arrays
assert.strictEqual(hex(new Map([[1, 2]])), 'ff0f3b490249043a02');
assert.strictEqual(hex(new Set(['a'])), 'ff0f272201612c01');
assert.strictEqual(hex(new Date(0)), 'ff0f440000000000000000');
assert.strictEqual(hex(/ab/gi), 'ff0f522202616203');
assert.strictEqual(hex(Buffer.from([1, 2])), 'ff0f5c0a020102');
assert.strictEqual(hex(new Uint16Array([1])), 'ff0f5c04020100');
assert.strictEqual(hex(new ArrayBuffer(3)), 'ff0f4203000000');
const shared = {};
assert.strictEqual(hex([shared, shared]), 'ff0f41026f7b005e01240002');
assert.strictEqual(hex(Object(true)), 'ff0f79');
assert.strictEqual(hex(null) + hex(undefined), 'ff0f30ff0f5f');

const value = {
  n: [1, -2.5, NaN, 2 ** 40], s: ['', 'x', 'ü', '日本'], b: [true, false, null, undefined], big: [0n, -5n, 2n ** 100n],
  date: new Date(1e12), re: /x+/msu, map: new Map([['k', { deep: [1] }]]), set: new Set([1, 'a']),
  typed: [new Int8Array([-1]), new Float64Array([1.25]), new BigInt64Array([-3n]), new DataView(new ArrayBuffer(2))],
  buf: Buffer.from('hello'), boxed: [Object(1), Object('s'), Object(false)],
};
value.self = value;
const back = v8.deserialize(v8.serialize(value));
assert.strictEqual(back.self, back);
assert.deepStrictEqual({ ...back, self: undefined }, { ...value, self: undefined });
assert.ok(Buffer.isBuffer(back.buf));

const err = v8.deserialize(v8.serialize(new RangeError('r', { cause: 'why' })));
assert.ok(err instanceof RangeError);
assert.strictEqual(err.message, 'r');
assert.strictEqual(err.cause, 'why');

assert.throws(() => v8.serialize(() => {}), { name: 'Error', message: '() => {} could not be cloned.' });
assert.throws(() => v8.serialize(Symbol('q')), { message: 'Symbol(q) could not be cloned.' });
assert.throws(() => v8.deserialize(Buffer.from('ff0f99', 'hex')), { message: 'Unable to deserialize cloned data.' });
assert.throws(() => v8.deserialize(Buffer.alloc(0)),
              { message: 'Unable to deserialize cloned data due to invalid or unsupported version.' });

// The Serializer/Deserializer primitives.
const ser = new v8.Serializer();
ser.writeHeader();
ser.writeUint32(5);
ser.writeUint64(1, 2);
ser.writeDouble(1.5);
ser.writeRawBytes(Buffer.from([9]));
const bytes = ser.releaseBuffer();
assert.strictEqual(bytes.toString('hex'), 'ff0f058280808010000000000000f83f09');
const des = new v8.Deserializer(bytes);
assert.strictEqual(des.readHeader(), true);
assert.strictEqual(des.getWireFormatVersion(), 15);
assert.strictEqual(des.readUint32(), 5);
assert.deepStrictEqual(des.readUint64(), [1, 2]);
assert.strictEqual(des.readDouble(), 1.5);
assert.deepStrictEqual(des.readRawBytes(1), Buffer.from([9]));

// A plain Serializer writes views natively: the buffer first, then the view over it.
const plain = new v8.Serializer();
plain.writeValue(new Uint8Array([7]));
assert.strictEqual(plain.releaseBuffer().toString('hex'), '4201075642000100');

// Custom host objects.
class Custom extends v8.Serializer {
  _writeHostObject(obj) {
    this.writeUint32(obj.id);
  }
}
const custom = new Custom();
custom._setTreatArrayBufferViewsAsHostObjects(true);
custom.writeHeader();
custom.writeValue(new Uint8Array(1));
const reader = new v8.Deserializer(custom.releaseBuffer());
reader._readHostObject = function() { return { read: this.readUint32() }; };
reader.readHeader();
assert.deepStrictEqual(reader.readValue(), { read: 0 });
