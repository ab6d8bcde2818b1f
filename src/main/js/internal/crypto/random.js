'use strict';
// Random bytes from the JDK's SecureRandom. Small draws (UUIDs, randomInt) come from a JS pool refilled with
// one call; async fills run on the thread pool, writing into memory the request keeps alive.

const { Buffer, kMaxLength } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateNumber, validateObject } = require('internal/validators');
const { newRequest } = require('internal/async_requests');
const { binding } = require('internal/crypto/util');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(kMaxLength, kMaxInt32);

function fillNow(bytes) {
  if (bytes.byteLength > 0) binding.randomFill(bytes.buffer, bytes.byteOffset, bytes.byteLength, 0);
}

function fillLater(bytes, done) {
  if (bytes.byteLength === 0) {
    process.nextTick(done);
    return;
  }
  // The request's closure keeps `bytes` (and so the memory Java writes) alive until it completes.
  const req = newRequest(() => done(bytes));
  binding.randomFill(bytes.buffer, bytes.byteOffset, bytes.byteLength, req);
}

function validateSize(size, name = 'size') {
  validateNumber(size, name, 0, kMaxPossibleLength);
  if (Number.isNaN(size)) throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${kMaxPossibleLength}`, size);
}

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.allocUnsafeSlow(size);
  if (callback === undefined) {
    fillNow(buf);
    return buf;
  }
  fillLater(buf, () => callback(null, buf));
}

function viewOf(buf) {
  if (isAnyArrayBuffer(buf)) return [new Uint8Array(buf), 1];
  if (isArrayBufferView(buf)) {
    return [new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), buf.BYTES_PER_ELEMENT ?? 1];
  }
  throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
}

function checkOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  const bytes = offset * elementSize;
  const max = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || bytes > max || bytes < 0) throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${max}`, offset);
  return Math.floor(bytes);
}

function checkSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  const bytes = size * elementSize;
  if (Number.isNaN(size) || bytes > kMaxPossibleLength || bytes < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (bytes + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, bytes + offset);
  return Math.floor(bytes);
}

function fillRange(buf, offset, size) {
  const [all, elementSize] = viewOf(buf);
  const start = checkOffset(offset, elementSize, all.byteLength);
  const length = size === undefined ? all.byteLength - start : checkSize(size, elementSize, start, all.byteLength);
  return all.subarray(start, start + length);
}

function randomFillSync(buf, offset = 0, size) {
  fillNow(fillRange(buf, offset, size));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  viewOf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  fillLater(fillRange(buf, offset, size), () => callback(null, buf));
}

// A pool of random bytes for small draws.
const pool = new Uint8Array(4096);
let poolUsed = pool.length;

function takeFromPool(n) {
  if (poolUsed + n > pool.length) {
    fillNow(pool);
    poolUsed = 0;
  }
  const at = poolUsed;
  poolUsed += n;
  return at;
}

const RAND_MAX = 0xffff_ffff_ffff;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Rejection sampling over 48-bit draws keeps the result uniform.
  const limit = RAND_MAX - (RAND_MAX % range);
  let value;
  do {
    const at = takeFromPool(6);
    value = pool[at] * 2 ** 40 + pool[at + 1] * 2 ** 32 + pool[at + 2] * 2 ** 24 + pool[at + 3] * 2 ** 16 +
      pool[at + 4] * 2 ** 8 + pool[at + 5];
  } while (value >= limit);
  const n = min + (value % range);
  if (isSync) return n;
  process.nextTick(callback, undefined, n);
}

const hex = [];
for (let i = 0; i < 256; i++) hex.push(i.toString(16).padStart(2, '0'));

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options ?? {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  let b = pool;
  let at;
  if (disableEntropyCache) {
    b = new Uint8Array(16);
    fillNow(b);
    at = 0;
  } else {
    at = takeFromPool(16);
  }
  const b6 = (b[at + 6] & 0x0f) | 0x40;
  const b8 = (b[at + 8] & 0x3f) | 0x80;
  return hex[b[at]] + hex[b[at + 1]] + hex[b[at + 2]] + hex[b[at + 3]] + '-' + hex[b[at + 4]] + hex[b[at + 5]] +
    '-' + hex[b6] + hex[b[at + 7]] + '-' + hex[b8] + hex[b[at + 9]] + '-' + hex[b[at + 10]] + hex[b[at + 11]] +
    hex[b[at + 12]] + hex[b[at + 13]] + hex[b[at + 14]] + hex[b[at + 15]];
}

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

function isIntegerTypedArray(data) {
  return data instanceof Int8Array || data instanceof Uint8Array || data instanceof Uint8ClampedArray ||
    data instanceof Int16Array || data instanceof Uint16Array || data instanceof Int32Array ||
    data instanceof Uint32Array || data instanceof BigInt64Array || data instanceof BigUint64Array;
}

// Web Crypto's getRandomValues: integer typed arrays of at most 65,536 bytes, filled in place.
function getRandomValues(data) {
  if (!isIntegerTypedArray(data)) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fillNow(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}

module.exports = { getRandomValues, randomBytes, randomFill, randomFillSync, randomInt, randomUUID, validateSize };
