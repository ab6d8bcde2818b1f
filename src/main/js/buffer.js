'use strict';

// node's `buffer` module: Buffer (a Uint8Array whose prototype is FastBuffer's), its statics and methods,
// SlowBuffer, transcode, isUtf8/isAscii, atob/btoa, and lazy Blob/File. Small allocations share a pool
// the way node's do; the string codecs live in internal/buffer/.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  customInspectSymbol,
  kIsEncodingSymbol,
  lazyDOMException,
  normalizeEncoding,
} = require('internal/util');
const { isAnyArrayBuffer, isTypedArray, isUint8Array } = require('internal/util/types');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  createUnsafeBuffer,
  kStringMaxLength,
  markAsUntransferable,
  nativeError,
  notAString,
  sliceString,
} = require('internal/buffer');
const { encodingOps, getEncodingOps } = require('internal/buffer/encodings');
const { utf8ByteLength, utf8Valid, utf8Write } = require('internal/buffer/utf8');
const { isAsciiRange, latin1Slice } = require('internal/buffer/latin1');
const { base64Slice, base64Write } = require('internal/buffer/base64');
const { indexOfByte, indexOfBytes } = require('internal/buffer/search');
const { transcodeBytes } = require('internal/buffer/transcode');

const kMaxLength = 2 ** 32;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

const typedArraySubarray = Uint8Array.prototype.subarray;
const typedArrayFill = Uint8Array.prototype.fill;
const typedArrayByteLength =
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'byteLength').get;

// The pool that small allocUnsafe()/from() buffers are cut from, 8-byte aligned.
let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  markAsUntransferable(allocPool);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 7) {
    poolOffset |= 7;
    poolOffset++;
  }
}

// Reserves `size` bytes, from the pool when small.
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

const bufferWarning = 'Buffer() is deprecated due to security and usability issues. Please use the ' +
  'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let bufferWarningEmitted = false;
// Stack inspection is costly: after this many calls the warning is no longer considered.
let nodeModulesChecks = 0;

// Whether the first caller frame with a file path is inside a node_modules folder.
function calledFromNodeModules() {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  const holder = {};
  try {
    Error.prepareStackTrace = (error, frames) => frames;
    Error.stackTraceLimit = 10;
    Error.captureStackTrace(holder, Buffer);
    const frames = holder.stack;
    if (!Array.isArray(frames)) return false;
    for (const frame of frames) {
      const file = frame.getFileName();
      if (typeof file !== 'string' || !/^\/|\\/.test(file)) continue;
      return /[\\/]node_modules[\\/]/.test(file);
    }
    return false;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000) return;
  if (!require('internal/util').pendingDeprecationEnabled() && calledFromNodeModules()) return;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

// Deprecated (DEP0005): warns once when called from code outside node_modules.
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return FastBuffer; },
});

Buffer.poolSize = 8 * 1024;

// Offsets and lengths given to Buffer methods: integers within [min, max].
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function fromStringFast(string, ops) {
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    const b = createUnsafeBuffer(length);
    const actual = ops.write(b, string, 0, length);
    // byteLength() overestimates for invalid hex/base64 input.
    return actual === length ? b : new FastBuffer(b.buffer.slice(0, actual));
  }
  if (length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (length > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, length);
    b.set(obj, 0);
    poolOffset += b.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
                                 ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

const of = (...items) => {
  const b = createUnsafeBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};
Buffer.of = of;

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillBuffer(createUnsafeBuffer(size), fill, 0, size, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

// Deprecated alias of allocUnsafeSlow(), with its own (empty) prototype object.
function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}

Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

// -1, 0 or 1 as `a` sorts before, with or after `b` (bytes, then length).
function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const n = aLength < bLength ? aLength : bLength;
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return aLength < bLength ? -1 : aLength > bLength ? 1 : 0;
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

// Copies source[sourceStart, sourceEnd) to target at targetStart, as much as fits; returns the count.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLength = source.length - sourceStart;
  if (nb > sourceLength) nb = sourceLength;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || nb !== source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  target.set(source, targetStart);
  return nb;
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    }
    pos += copyBytes(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) typedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (encoding) {
    const ops = getEncodingOps(encoding);
    if (ops !== undefined) return ops.byteLength(string);
  }
  return utf8ByteLength(string);
}

Buffer.byteLength = byteLength;

const proto = FastBuffer.prototype;
proto.constructor = Buffer;
Buffer.prototype = proto;
addBufferPrototypeMethods(proto);

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});

Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// Number-like offsets of copy(): NaN and unsafe values become the default, fractions round down.
function toInteger(n, defaultValue) {
  n = +n;
  if (n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
  return defaultValue;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return sliceString(encodingOps.utf8, this, 0, this.length);
  const len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return sliceString(encodingOps.utf8, this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return sliceString(ops, this, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareBytes(this, 0, len, otherBuffer, 0, len) === 0;
};

let utilInspect;

// Own non-index properties, shown after the bytes. Listing keys is O(length) for typed arrays.
function extraProperties(buf, showHidden) {
  const keys = Reflect.ownKeys(buf);
  let extras;
  for (let i = buf.length; i < keys.length; i++) {
    const key = keys[i];
    if (!showHidden && !Object.prototype.propertyIsEnumerable.call(buf, key)) continue;
    extras ??= { __proto__: null };
    extras[key] = buf[key];
  }
  return extras;
}

proto.inspect = proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = max < this.length ? max : this.length;
  const remaining = this.length - max;
  const hex = encodingOps.hex.slice(this, 0, shown);
  let str = hex.slice(0, 2);
  for (let i = 2; i < hex.length; i += 2) str += ' ' + hex.slice(i, i + 2);
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extras = extraProperties(this, ctx.showHidden);
    if (extras !== undefined) {
      if (this.length !== 0) str += ', ';
      utilInspect ??= require('internal/util/inspect').inspect;
      // Drops the '[Object: null prototype] {' prefix and ' }' suffix.
      str += utilInspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// The bytes `value` stands for in a search with `ops` (node encodes hex/base64/ascii needles to bytes,
// and searches utf8/ucs2/latin1 ones as strings; both come to the same here).
function needleBytes(value, ops) {
  const b = new FastBuffer(ops.byteLength(value));
  const written = ops.write(b, value, 0, b.length);
  return written === b.length ? b : b.subarray(0, written);
}

function bidirectionalIndexOf(buffer, value, byteOffset, encoding, forward) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  if (typeof value === 'number') return indexOfByte(buffer, (value >>> 0) & 0xff, byteOffset, forward);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (ops === encodingOps.utf16le) {
      // A UTF-16 string is searched in the whole units of the buffer only.
      const hay = buffer.length & 1 ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length - 1) : buffer;
      return indexOfBytes(hay, needleBytes(value, ops), byteOffset, true, forward);
    }
    return indexOfBytes(buffer, needleBytes(value, ops), byteOffset, false, forward);
  }
  if (isUint8Array(value)) {
    return indexOfBytes(buffer, value, byteOffset, ops === encodingOps.utf16le, forward);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// Repeats the `count` bytes at buf[start] over buf[start, end).
function repeatPattern(buf, start, end, count) {
  let filled = count;
  const total = end - start;
  while (filled < total) {
    const n = filled < total - filled ? filled : total - filled;
    buf.copyWithin(start + filled, start, start + n);
    filled += n;
  }
}

// Fills buf[offset, end) with a string (in `encoding`), bytes, or a number-like value; -1 when the
// value has no bytes.
function fillWith(buf, value, offset, end, encoding) {
  const length = end - offset;
  let count;
  if (typeof value === 'string') {
    const ops = getEncodingOps(encoding);
    if (ops === encodingOps.utf8 || ops === encodingOps.utf16le) {
      // The whole encoding is cut to fit, even inside a character.
      const bytes = needleBytes(value, ops);
      count = bytes.length < length ? bytes.length : length;
      buf.set(count === bytes.length ? bytes : bytes.subarray(0, count), offset);
    } else {
      count = ops.write(buf, value, offset, length);
    }
  } else if (ArrayBuffer.isView(value)) {
    const bytes = value instanceof Uint8Array ? value :
      new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    count = bytes.length < length ? bytes.length : length;
    buf.set(count === bytes.length ? bytes : bytes.subarray(0, count), offset);
  } else {
    typedArrayFill.call(buf, (+value) & 0xff, offset, end);
    return 0;
  }
  if (count >= length) return 0;
  if (count === 0) return -1;
  repeatPattern(buf, offset, end, count);
  return 0;
}

function fillBuffer(buf, value, offset, end, encoding) {
  let normalized;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  // `length` may be an own property that lies; the bytes really there are what counts.
  if (end > typedArrayByteLength.call(buf)) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  if (typeof value === 'number') {
    typedArrayFill.call(buf, value, offset, end);
  } else if (fillWith(buf, value, offset, end, normalized) < 0) {
    throw new ERR_INVALID_ARG_VALUE('value', value);
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) {
    if (typeof string !== 'string') throw notAString();
    return utf8Write(this, string, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const ops = !encoding ? encodingOps.utf8 : getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') throw notAString();
  return ops.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

// Both share TypedArray#subarray: memory is shared and the species is FastBuffer.
proto.subarray = function subarray(start, end) {
  return typedArraySubarray.call(this, start, end);
};

proto.slice = function slice(start, end) {
  return typedArraySubarray.call(this, start, end);
};

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) {
    const t = this[i];
    this[i] = this[i + 1];
    this[i + 1] = t;
  }
  return this;
};

proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    let t = this[i];
    this[i] = this[i + 3];
    this[i + 3] = t;
    t = this[i + 1];
    this[i + 1] = this[i + 2];
    this[i + 2] = t;
  }
  return this;
};

proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    for (let k = 0; k < 4; k++) {
      const t = this[i + k];
      this[i + k] = this[i + 7 - k];
      this[i + 7 - k] = t;
    }
  }
  return this;
};

proto.toLocaleString = proto.toString;

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  return transcodeBytes(source, fromEncoding, toEncoding);
}

// The bytes of an ArrayBuffer or typed array, refusing detached memory.
function validatedBytes(input) {
  if (isAnyArrayBuffer(input)) {
    // A view over a detached buffer cannot be made.
    try {
      return new Uint8Array(input);
    } catch {
      throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
    }
  }
  if (isTypedArray(input)) {
    return input instanceof Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  const bytes = validatedBytes(input);
  return utf8Valid(bytes, 0, bytes.length);
}

function isAscii(input) {
  const bytes = validatedBytes(input);
  return isAsciiRange(bytes, 0, bytes.length);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  const bytes = new FastBuffer(input.length);
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    bytes[i] = code;
  }
  return base64Slice(bytes, 0, bytes.length);
}

// Forgiving-base64 (WHATWG): ASCII whitespace is ignored, padding is optional but must be right.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) continue;
    count++;
    if (c === 0x3d) {
      equals++;
      if (equals > 2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    } else if (equals > 0 || !isBase64Char(c)) {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  let rest = count % 4;
  if (rest === 0) {
    rest = (count - equals) % 4;
  } else if (equals > 0) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (rest === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = new FastBuffer(((count - equals) * 3) >>> 2);
  const written = base64Write(bytes, input, 0, bytes.length);
  return latin1Slice(bytes, 0, written);
}

function isBase64Char(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2b || c === 0x2f;
}

createPool();

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    writable: false,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(value) {
      validateNumber(value, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = value;
    },
  },
  Blob: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/blob').Blob; },
  },
  resolveObjectURL: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/blob').resolveObjectURL; },
  },
  File: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/file').File; },
  },
});
