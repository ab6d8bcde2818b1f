'use strict';
// The shape of the buffer module and of Buffer.
const assert = require('assert');
const buffer = require('buffer');
const { Buffer } = buffer;

assert.deepStrictEqual(Object.keys(buffer), [
  'Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength', 'btoa', 'atob',
  'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File',
]);
assert.deepStrictEqual(buffer.constants, { MAX_LENGTH: 4294967296, MAX_STRING_LENGTH: 536870888 });
assert.strictEqual(buffer.kStringMaxLength, 536870888);
const desc = Object.getOwnPropertyDescriptor(buffer, 'constants');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.configurable, false);

assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(Buffer.length, 3);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(Object.getOwnPropertyDescriptor(Buffer.prototype, 'constructor').enumerable, false);
assert.strictEqual(Buffer[Symbol.species].name, 'FastBuffer');
assert.strictEqual(Buffer.from('x').constructor, Buffer);
assert.ok(Buffer.isBuffer(Buffer.alloc(1)));
assert.ok(!Buffer.isBuffer(new Uint8Array(1)));
assert.strictEqual(Buffer.from.length, 3);
assert.strictEqual(Buffer.prototype.write.length, 4);
assert.strictEqual(Buffer.prototype.fill.length, 4);
const b = Buffer.from('abc');
assert.strictEqual(b.parent, b.buffer);
assert.strictEqual(b.offset, b.byteOffset);
assert.strictEqual(Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').get.call(new Uint8Array(2)), undefined);
for (const name of ['readUint8', 'readUint16LE', 'writeUintBE', 'readBigUint64BE', 'writeBigUint64LE']) {
  assert.strictEqual(typeof Buffer.prototype[name], 'function', name);
}
// Fake buffers are refused.
function Fake() {}
Object.setPrototypeOf(Fake.prototype, Buffer.prototype);
const fake = new Fake();
for (const fn of [() => fake.toString(), () => fake.write('x'), () => fake.readFloatLE(0), () => fake.fill(0),
                  () => fake.indexOf(5), () => Buffer.from(fake)]) {
  assert.throws(fn, TypeError);
}
