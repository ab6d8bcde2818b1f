'use strict';
// What the crypto modules share: the binding, digest-name resolution, turning inputs into bytes, and node's
// OpenSSL-shaped errors.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { normalizeEncoding } = require('internal/util');
const { validateEncoding } = require('internal/validators');

const outBytes = new Uint8Array(binding.out);
const params = new Int32Array(binding.params);

// A digest's index for the binding (-1 unknown, -2 refused by node's OpenSSL), resolved once per spelling.
const digestIndexes = new Map();
function digestIndex(name) {
  let index = digestIndexes.get(name);
  if (index === undefined) {
    index = binding.hashIndex(`${name}`);
    digestIndexes.set(name, index);
  }
  return index;
}

const digestInfos = [];
// [name, digestLength, blockSize, isXof] of a resolved digest.
function digestInfo(index) {
  return (digestInfos[index] ??= binding.hashInfo(index));
}

// A new Buffer with the first `length` bytes the binding wrote to its shared output.
function takeOut(length) {
  const buf = Buffer.allocUnsafe(length);
  if (length <= 64) {
    for (let i = 0; i < length; i++) buf[i] = outBytes[i];
  } else {
    buf.set(outBytes.subarray(0, length));
  }
  return buf;
}

// The bytes of `data` as a Uint8Array view (strings encoded with `encoding`, utf8 by default).
function toBytes(data, name, encoding, types = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']) {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8') return Buffer.from(data);
    validateEncoding(data, encoding);
    return Buffer.from(data, normalizeEncoding(encoding) ?? 'utf8');
  }
  if (isArrayBufferView(data)) {
    return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (isAnyArrayBuffer(data) && types.includes('ArrayBuffer')) return new Uint8Array(data);
  throw new ERR_INVALID_ARG_TYPE(name, types, data);
}

// An OpenSSL failure as node reports it: `error:<packed code>:<library>::<reason>`, code ERR_OSSL_<REASON>.
function opensslError(packed, library, reason, code, Base = Error) {
  const err = new Base(`error:${packed}:${library}::${reason}`);
  err.library = library;
  err.reason = reason;
  err.code = code;
  return err;
}

// Output encodings node applies to digests and cipher output; anything unknown yields a Buffer.
function encodeOutput(buf, encoding) {
  if (encoding === undefined || encoding === 'buffer') return buf;
  const enc = normalizeEncoding(encoding);
  return enc === undefined ? buf : buf.toString(enc);
}

function validateOutputEncoding(encoding, name) {
  if (encoding === 'buffer') return;
  if (normalizeEncoding(encoding) === undefined) throw new ERR_INVALID_ARG_VALUE(name, encoding);
}

module.exports = {
  binding, digestIndex, digestInfo, encodeOutput, opensslError, params, takeOut, toBytes, validateOutputEncoding,
};
