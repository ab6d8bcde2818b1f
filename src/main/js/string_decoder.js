'use strict';

// node's `string_decoder`: decodes a byte stream chunk by chunk without splitting characters. A character
// cut at the end of a chunk is kept until the next one completes it (utf8: by lead-byte length; utf16le:
// an odd byte or a final high surrogate; base64/base64url: bytes short of a 3-byte group).
// State lives in a 7-byte Buffer laid out as node's native decoder's, so lastChar/lastNeed/lastTotal and
// util.inspect read the same: bytes 0-3 the pending character, 4 the bytes still missing, 5 the bytes
// held, 6 the encoding id. Resetting only clears the counters, as node's does.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { encodingsMap, kIsEncodingSymbol, normalizeEncoding } = require('internal/util');
const { FastBuffer, sliceString } = require('internal/buffer');
const { encodingOps } = require('internal/buffer/encodings');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

const isEncoding = Buffer[kIsEncodingSymbol];

// Encodings Buffer.isEncoding accepts only once replaced by the user are kept as given.
function normalize(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) {
    if (Buffer.isEncoding === isEncoding || !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return encoding;
  }
  return normalized;
}

// Keeps buf[from, end) as the pending character, `missing` bytes short.
function hold(state, buf, from, end, missing) {
  for (let k = from; k < end; k++) state[k - from] = buf[k];
  state[kBufferedBytes] = end - from;
  state[kMissingBytes] = missing;
}

function reset(state) {
  state[kBufferedBytes] = 0;
  state[kMissingBytes] = 0;
}

// Bytes a UTF-8 sequence starting with `b` has, 0 for a byte that cannot start a multi-byte one.
function utf8Length(b) {
  if (b >= 0xc0 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf7) return 4;
  return 0;
}

function decodeUtf8(state, buf) {
  const len = buf.length;
  let out = '';
  let i = 0;
  if (state[kMissingBytes] > 0) {
    let missing = state[kMissingBytes];
    let held = state[kBufferedBytes];
    while (missing > 0 && i < len && (buf[i] & 0xc0) === 0x80) {
      state[held++] = buf[i++];
      missing--;
    }
    if (missing > 0 && i === len) {
      state[kBufferedBytes] = held;
      state[kMissingBytes] = missing;
      return '';
    }
    // Complete, or cut short by a byte that is no continuation: either way it is decoded now.
    out = encodingOps.utf8.slice(state, 0, held);
    reset(state);
  }
  for (let k = len - 1; k >= i && k >= len - 4; k--) {
    const b = buf[k];
    if ((b & 0xc0) === 0x80) continue;
    const need = utf8Length(b);
    if (need > len - k) {
      hold(state, buf, k, len, need - (len - k));
      return out + sliceString(encodingOps.utf8, buf, i, k);
    }
    break;
  }
  return out + sliceString(encodingOps.utf8, buf, i, len);
}

function unitsOf(bytes, start, end) {
  return sliceString(encodingOps.utf16le, bytes, start, end);
}

function decodeUtf16(state, buf) {
  const len = buf.length;
  let out = '';
  let i = 0;
  if (state[kMissingBytes] > 0) {
    let missing = state[kMissingBytes];
    let held = state[kBufferedBytes];
    while (missing > 0 && i < len) {
      state[held++] = buf[i++];
      missing--;
    }
    if (missing > 0) {
      state[kBufferedBytes] = held;
      state[kMissingBytes] = missing;
      return '';
    }
    out = unitsOf(state, 0, held);
    reset(state);
  }
  let end = len;
  if ((len - i) & 1) {
    end--;
    hold(state, buf, end, len, 1);
  } else if (len - i >= 2 && buf[len - 1] >= 0xd8 && buf[len - 1] <= 0xdb) {
    // A final high surrogate waits for its pair.
    end -= 2;
    hold(state, buf, end, len, 2);
  }
  return out + unitsOf(buf, i, end);
}

function decodeBase64(state, buf, ops) {
  const len = buf.length;
  let out = '';
  let i = 0;
  if (state[kMissingBytes] > 0) {
    let missing = state[kMissingBytes];
    let held = state[kBufferedBytes];
    while (missing > 0 && i < len) {
      state[held++] = buf[i++];
      missing--;
    }
    if (missing > 0) {
      state[kBufferedBytes] = held;
      state[kMissingBytes] = missing;
      return '';
    }
    out = ops.slice(state, 0, held);
    reset(state);
  }
  const rest = (len - i) % 3;
  if (rest !== 0) hold(state, buf, len - rest, len, 3 - rest);
  return out + sliceString(ops, buf, i, len - rest);
}

function decode(state, buf) {
  switch (state[kEncodingField]) {
    case encodingsMap.utf8: return decodeUtf8(state, buf);
    case encodingsMap.utf16le: return decodeUtf16(state, buf);
    case encodingsMap.base64: return decodeBase64(state, buf, encodingOps.base64);
    case encodingsMap.base64url: return decodeBase64(state, buf, encodingOps.base64url);
    case encodingsMap.hex: return sliceString(encodingOps.hex, buf, 0, buf.length);
    case encodingsMap.ascii: return sliceString(encodingOps.ascii, buf, 0, buf.length);
    default: return sliceString(encodingOps.latin1, buf, 0, buf.length);
  }
}

// What the pending bytes stand for at the end of the stream.
function flush(state) {
  const held = state[kBufferedBytes];
  let out;
  switch (state[kEncodingField]) {
    case encodingsMap.utf8: out = encodingOps.utf8.slice(state, 0, held); break;
    case encodingsMap.utf16le: out = unitsOf(state, 0, held & ~1); break;
    case encodingsMap.base64: out = encodingOps.base64.slice(state, 0, held); break;
    case encodingsMap.base64url: out = encodingOps.base64url.slice(state, 0, held); break;
    default: out = '';
  }
  reset(state);
  return out;
}

function StringDecoder(encoding) {
  this.encoding = normalize(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

function bytesOf(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new FastBuffer(buf.buffer, buf.byteOffset, buf.byteLength);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this[kNativeDecoder], bytesOf(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

// Decodes buf from `offset` as the start of a new character sequence.
StringDecoder.prototype.text = function text(buf, offset) {
  reset(this[kNativeDecoder]);
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, kMissingBytes);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
