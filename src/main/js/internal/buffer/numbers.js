'use strict';

// Buffer.prototype's number readers and writers (methods: `this` is the buffer). Offsets must be numbers;
// an offset whose bytes are not all inside the buffer gives node's range errors. Writers convert the value
// with `+value` and check it against the type's range; bigint writers require bigints.

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function checkOffsetType(offset) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

// Throws the error for `value` (an offset, or the byteLength when `name` is given) that is out of bounds;
// `last` is the largest valid value.
function boundsError(value, last, name) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name || 'offset', 'number', value);
    throw new ERR_OUT_OF_RANGE(name || 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(name || 'offset', `>= ${name ? 1 : 0} and <= ${last}`, value);
}

// Checks that bytes offset..offset+size-1 exist.
function checkBounds(buf, offset, size) {
  checkOffsetType(offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

// Range check of a writer for a `size`-byte integer in [min, max]; wide types state the range as powers of two.
function checkValue(value, min, max, size) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (size > 4) {
      const bits = size * 8;
      range = min === 0 || min === 0n ?
        `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
}

function checkByteLength(byteLength) {
  boundsError(byteLength, 6, 'byteLength');
}

// Readers of unsigned little/big-endian integers of 1..6 bytes at a checked offset.
function uintLE(buf, offset, size) {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < size; i++, scale *= 256) value += buf[offset + i] * scale;
  return value;
}

function uintBE(buf, offset, size) {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + buf[offset + i];
  return value;
}

function readUInt8(offset = 0) {
  checkOffsetType(offset);
  const value = this[offset];
  if (value === undefined) boundsError(offset, this.length - 1);
  return value;
}

function readInt8(offset = 0) {
  checkOffsetType(offset);
  const value = this[offset];
  if (value === undefined) boundsError(offset, this.length - 1);
  return (value << 24) >> 24;
}

function readUInt16LE(offset = 0) {
  checkBounds(this, offset, 2);
  return this[offset] | (this[offset + 1] << 8);
}

function readUInt16BE(offset = 0) {
  checkBounds(this, offset, 2);
  return (this[offset] << 8) | this[offset + 1];
}

function readInt16LE(offset = 0) {
  checkBounds(this, offset, 2);
  return ((this[offset] | (this[offset + 1] << 8)) << 16) >> 16;
}

function readInt16BE(offset = 0) {
  checkBounds(this, offset, 2);
  return (((this[offset] << 8) | this[offset + 1]) << 16) >> 16;
}

function readUInt32LE(offset = 0) {
  checkBounds(this, offset, 4);
  return (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24)) >>> 0;
}

function readUInt32BE(offset = 0) {
  checkBounds(this, offset, 4);
  return ((this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]) >>> 0;
}

function readInt32LE(offset = 0) {
  checkBounds(this, offset, 4);
  return this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24);
}

function readInt32BE(offset = 0) {
  checkBounds(this, offset, 4);
  return (this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3];
}

function checkVariable(buf, offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength !== 1 && byteLength !== 2 && byteLength !== 3 && byteLength !== 4 && byteLength !== 5 &&
      byteLength !== 6) {
    checkByteLength(byteLength);
  }
  checkBounds(buf, offset, byteLength);
}

// Two's complement of an unsigned `size`-byte value.
function toSigned(value, size) {
  const limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

function readUIntLE(offset, byteLength) {
  checkVariable(this, offset, byteLength);
  return uintLE(this, offset, byteLength);
}

function readUIntBE(offset, byteLength) {
  checkVariable(this, offset, byteLength);
  return uintBE(this, offset, byteLength);
}

function readIntLE(offset, byteLength) {
  checkVariable(this, offset, byteLength);
  return toSigned(uintLE(this, offset, byteLength), byteLength);
}

function readIntBE(offset, byteLength) {
  checkVariable(this, offset, byteLength);
  return toSigned(uintBE(this, offset, byteLength), byteLength);
}

function readBigUInt64LE(offset = 0) {
  checkBounds(this, offset, 8);
  const lo = uintLE(this, offset, 4);
  const hi = uintLE(this, offset + 4, 4);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigUInt64BE(offset = 0) {
  checkBounds(this, offset, 8);
  const hi = uintBE(this, offset, 4);
  const lo = uintBE(this, offset + 4, 4);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  checkBounds(this, offset, 8);
  const lo = uintLE(this, offset, 4);
  const hi = uintLE(this, offset + 4, 4) | 0;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64BE(offset = 0) {
  checkBounds(this, offset, 8);
  const hi = uintBE(this, offset, 4) | 0;
  const lo = uintBE(this, offset + 4, 4);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// Copies `size` bytes of a float scratch into buf, in host order (forwards) or reversed.
function readScratch(buf, offset, bytes, size, reverse) {
  if (reverse) {
    for (let i = 0; i < size; i++) bytes[size - 1 - i] = buf[offset + i];
  } else {
    for (let i = 0; i < size; i++) bytes[i] = buf[offset + i];
  }
}

function writeScratch(buf, offset, bytes, size, reverse) {
  if (reverse) {
    for (let i = 0; i < size; i++) buf[offset + i] = bytes[size - 1 - i];
  } else {
    for (let i = 0; i < size; i++) buf[offset + i] = bytes[i];
  }
}

// "Forwards" is the host byte order, as in node's method names.
function readFloatForwards(offset = 0) {
  checkBounds(this, offset, 4);
  readScratch(this, offset, float32Bytes, 4, false);
  return float32[0];
}

function readFloatBackwards(offset = 0) {
  checkBounds(this, offset, 4);
  readScratch(this, offset, float32Bytes, 4, true);
  return float32[0];
}

function readDoubleForwards(offset = 0) {
  checkBounds(this, offset, 8);
  readScratch(this, offset, float64Bytes, 8, false);
  return float64[0];
}

function readDoubleBackwards(offset = 0) {
  checkBounds(this, offset, 8);
  readScratch(this, offset, float64Bytes, 8, true);
  return float64[0];
}

function writeFloatForwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 4);
  float32[0] = value;
  writeScratch(this, offset, float32Bytes, 4, false);
  return offset + 4;
}

function writeFloatBackwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 4);
  float32[0] = value;
  writeScratch(this, offset, float32Bytes, 4, true);
  return offset + 4;
}

function writeDoubleForwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 8);
  float64[0] = value;
  writeScratch(this, offset, float64Bytes, 8, false);
  return offset + 8;
}

function writeDoubleBackwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 8);
  float64[0] = value;
  writeScratch(this, offset, float64Bytes, 8, true);
  return offset + 8;
}

function write8(buf, value, offset, min, max) {
  value = +value;
  checkOffsetType(offset);
  checkValue(value, min, max, 1);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// Writes the low `size` bytes of an integral `value` (|value| < 2 ** 48, possibly negative or fractional:
// each byte is taken as node does, by truncation) little-endian.
function storeLE(buf, value, offset, size) {
  buf[offset] = value;
  if (size > 4) {
    const high = Math.floor(value * 2 ** -32);
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
    buf[offset + 4] = high;
    if (size > 5) buf[offset + 5] = high >>> 8;
  } else {
    for (let i = 1; i < size; i++) buf[offset + i] = value >>> (8 * i);
  }
  return offset + size;
}

function storeBE(buf, value, offset, size) {
  const last = offset + size - 1;
  buf[last] = value;
  if (size > 4) {
    const high = Math.floor(value * 2 ** -32);
    buf[last - 1] = value >>> 8;
    buf[last - 2] = value >>> 16;
    buf[last - 3] = value >>> 24;
    buf[last - 4] = high;
    if (size > 5) buf[last - 5] = high >>> 8;
  } else {
    for (let i = 1; i < size; i++) buf[last - i] = value >>> (8 * i);
  }
  return offset + size;
}

function writeLE(buf, value, offset, size, min, max) {
  value = +value;
  checkValue(value, min, max, size);
  checkBounds(buf, offset, size);
  return storeLE(buf, value, offset, size);
}

function writeBE(buf, value, offset, size, min, max) {
  value = +value;
  checkValue(value, min, max, size);
  checkBounds(buf, offset, size);
  return storeBE(buf, value, offset, size);
}

function writeUInt8(value, offset = 0) {
  return write8(this, value, offset, 0, 0xff);
}

function writeInt8(value, offset = 0) {
  return write8(this, value, offset, -0x80, 0x7f);
}

function writeUInt16LE(value, offset = 0) {
  return writeLE(this, value, offset, 2, 0, 0xffff);
}

function writeUInt16BE(value, offset = 0) {
  return writeBE(this, value, offset, 2, 0, 0xffff);
}

function writeInt16LE(value, offset = 0) {
  return writeLE(this, value, offset, 2, -0x8000, 0x7fff);
}

function writeInt16BE(value, offset = 0) {
  return writeBE(this, value, offset, 2, -0x8000, 0x7fff);
}

function writeUInt32LE(value, offset = 0) {
  return writeLE(this, value, offset, 4, 0, 0xffffffff);
}

function writeUInt32BE(value, offset = 0) {
  return writeBE(this, value, offset, 4, 0, 0xffffffff);
}

function writeInt32LE(value, offset = 0) {
  return writeLE(this, value, offset, 4, -0x80000000, 0x7fffffff);
}

function writeInt32BE(value, offset = 0) {
  return writeBE(this, value, offset, 4, -0x80000000, 0x7fffffff);
}

function checkWriteByteLength(byteLength) {
  if (byteLength !== 1 && byteLength !== 2 && byteLength !== 3 && byteLength !== 4 && byteLength !== 5 &&
      byteLength !== 6) {
    checkByteLength(byteLength);
  }
}

function writeUIntLE(value, offset, byteLength) {
  checkWriteByteLength(byteLength);
  if (byteLength === 1) return write8(this, value, offset, 0, 0xff);
  return writeLE(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
}

function writeUIntBE(value, offset, byteLength) {
  checkWriteByteLength(byteLength);
  if (byteLength === 1) return write8(this, value, offset, 0, 0xff);
  return writeBE(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
}

function writeIntLE(value, offset, byteLength) {
  checkWriteByteLength(byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  if (byteLength === 1) return write8(this, value, offset, -limit, limit - 1);
  return writeLE(this, value, offset, byteLength, -limit, limit - 1);
}

function writeIntBE(value, offset, byteLength) {
  checkWriteByteLength(byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  if (byteLength === 1) return write8(this, value, offset, -limit, limit - 1);
  return writeBE(this, value, offset, byteLength, -limit, limit - 1);
}

// The two 32-bit halves of a bigint `value` (already range-checked; a non-bigint throws V8's TypeError).
function writeBig(buf, value, offset, min, max, littleEndianOrder) {
  checkValue(value, min, max, 8);
  checkBounds(buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (littleEndianOrder) {
    storeLE(buf, lo, offset, 4);
    storeLE(buf, hi, offset + 4, 4);
  } else {
    storeBE(buf, hi, offset, 4);
    storeBE(buf, lo, offset + 4, 4);
  }
  return offset + 8;
}

const U64_MAX = 2n ** 64n - 1n;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

function writeBigUInt64LE(value, offset = 0) {
  return writeBig(this, value, offset, 0n, U64_MAX, true);
}

function writeBigUInt64BE(value, offset = 0) {
  return writeBig(this, value, offset, 0n, U64_MAX, false);
}

function writeBigInt64LE(value, offset = 0) {
  return writeBig(this, value, offset, I64_MIN, I64_MAX, true);
}

function writeBigInt64BE(value, offset = 0) {
  return writeBig(this, value, offset, I64_MIN, I64_MAX, false);
}

const floatMethods = littleEndian ? {
  readFloatLE: readFloatForwards, readFloatBE: readFloatBackwards,
  readDoubleLE: readDoubleForwards, readDoubleBE: readDoubleBackwards,
  writeFloatLE: writeFloatForwards, writeFloatBE: writeFloatBackwards,
  writeDoubleLE: writeDoubleForwards, writeDoubleBE: writeDoubleBackwards,
} : {
  readFloatLE: readFloatBackwards, readFloatBE: readFloatForwards,
  readDoubleLE: readDoubleBackwards, readDoubleBE: readDoubleForwards,
  writeFloatLE: writeFloatBackwards, writeFloatBE: writeFloatForwards,
  writeDoubleLE: writeDoubleBackwards, writeDoubleBE: writeDoubleForwards,
};

// In Buffer.prototype's order; the lower-case `Uint` aliases are added by the installer.
module.exports = {
  readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
  readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
  readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
  writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE,
  writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
  ...floatMethods,
};
