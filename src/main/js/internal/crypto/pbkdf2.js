'use strict';
// PBKDF2 with any HMAC digest; the async form runs on the thread pool.

const { Buffer } = require('buffer');
const { codes: { ERR_CRYPTO_INVALID_DIGEST } } = require('internal/errors');
const { validateFunction, validateInt32, validateString } = require('internal/validators');
const { newRequest } = require('internal/async_requests');
const { binding, digestIndex, digestInfo, toBytes } = require('internal/crypto/util');

const bufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  const p = toBytes(password, 'password', undefined, bufferTypes);
  const s = toBytes(salt, 'salt', undefined, bufferTypes);
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  const index = digestIndex(digest);
  if (index < 0) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return [index, p, s];
}

function start(index, p, s, iterations, out, req) {
  return binding.pbkdf2(index, p.buffer, p.byteOffset, p.byteLength, s.buffer, s.byteOffset, s.byteLength,
                        iterations, out.buffer, out.byteOffset, out.byteLength, req);
}

function derivingFailed() {
  return new Error('Deriving bits failed');
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const [index, p, s] = check(password, salt, iterations, keylen, digest);
  if (digestInfo(index)[3]) throw derivingFailed();
  const out = Buffer.allocUnsafeSlow(keylen);
  start(index, p, s, iterations, out, 0);
  return out;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const [index, p, s] = check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  if (digestInfo(index)[3]) {
    process.nextTick(callback, derivingFailed());
    return;
  }
  const out = Buffer.allocUnsafeSlow(keylen);
  // Java copies the inputs before returning; `out` stays alive through the closure.
  const req = newRequest(() => callback(null, out));
  start(index, p, s, iterations, out, req);
}

module.exports = { pbkdf2, pbkdf2Sync };
