'use strict';
// HKDF (RFC 5869): extract then expand; results are ArrayBuffers as in node.

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEYLEN, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateInt32, validateString } = require('internal/validators');
const { newRequest } = require('internal/async_requests');
const { binding, digestIndex, digestInfo, toBytes } = require('internal/crypto/util');

const bufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const ikmTypes = ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function ikmBytes(ikm) {
  const keys = require('internal/crypto/keys');
  if (keys.isKeyObject(ikm)) return keys.secretKeyBytes(ikm, 'ikm');
  if (typeof ikm === 'string' || isArrayBufferView(ikm) || isAnyArrayBuffer(ikm)) {
    return toBytes(ikm, 'ikm', undefined, ikmTypes);
  }
  throw new ERR_INVALID_ARG_TYPE('ikm', ikmTypes, ikm);
}

function check(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  const key = ikmBytes(ikm);
  const s = toBytes(salt, 'salt', undefined, bufferTypes);
  const i = toBytes(info, 'info', undefined, bufferTypes);
  validateInt32(keylen, 'keylen', 0);
  if (i.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', i.byteLength);
  }
  const index = digestIndex(digest);
  if (index < 0) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (keylen > 255 * digestInfo(index)[1]) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return [index, key, s, i];
}

function start([index, k, s, i], out, req) {
  binding.hkdf(index, k.buffer, k.byteOffset, k.byteLength, s.buffer, s.byteOffset, s.byteLength,
               i.buffer, i.byteOffset, i.byteLength, out, 0, out.byteLength, req);
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  const params = check(digest, ikm, salt, info, keylen);
  const out = new ArrayBuffer(keylen);
  start(params, out, 0);
  return out;
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  const params = check(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  const out = new ArrayBuffer(keylen);
  // Java copies the inputs before returning; `out` stays alive through the closure.
  const req = newRequest(() => callback(null, out));
  start(params, out, req);
}

module.exports = { hkdf, hkdfSync };
