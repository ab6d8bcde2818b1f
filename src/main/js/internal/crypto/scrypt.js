'use strict';
// scrypt (RFC 7914) with OpenSSL's parameter rules and memory limit; the async form runs on the thread pool.

const { Buffer } = require('buffer');
const {
  codes: { ERR_CRYPTO_INVALID_SCRYPT_PARAMS, ERR_CRYPTO_SCRYPT_INVALID_PARAMETER },
} = require('internal/errors');
const { validateFunction, validateInt32, validateUint32 } = require('internal/validators');
const { newRequest } = require('internal/async_requests');
const { binding, toBytes } = require('internal/crypto/util');

const bufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function pick(options, name, alias) {
  const a = options[name];
  const b = options[alias];
  if (a !== undefined && b !== undefined) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
  const value = a ?? b;
  if (value !== undefined) validateUint32(value, a !== undefined ? name : alias);
  return value;
}

function memoryLimitError() {
  return new ERR_CRYPTO_INVALID_SCRYPT_PARAMS('error:030000AC:digital envelope routines::memory limit exceeded');
}

function check(password, salt, keylen, options) {
  const p = toBytes(password, 'password', undefined, bufferTypes);
  const s = toBytes(salt, 'salt', undefined, bufferTypes);
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p: parallel, maxmem } = defaults;
  if (options != null) {
    N = pick(options, 'N', 'cost') ?? N;
    r = pick(options, 'r', 'blockSize') ?? r;
    parallel = pick(options, 'p', 'parallelization') ?? parallel;
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      if (typeof maxmem !== 'number' || !(maxmem >= 0) || !Number.isSafeInteger(maxmem)) {
        validateUint32(maxmem, 'maxmem');
      }
    }
  }
  if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || parallel < 1 || r * parallel >= 2 ** 30 ||
      (r < 16 && N >= 2 ** (16 * r))) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  }
  // OpenSSL's estimate of the memory scrypt needs: the blocks B and V.
  if (128 * r * parallel + 128 * r * (N + 2) > maxmem) throw memoryLimitError();
  return [p, s, N, r, parallel];
}

function start([p, s, N, r, parallel], out, req) {
  return binding.scrypt(p.buffer, p.byteOffset, p.byteLength, s.buffer, s.byteOffset, s.byteLength, N, r, parallel,
                        out.buffer, out.byteOffset, out.byteLength, req);
}

function scryptSync(password, salt, keylen, options) {
  const params = check(password, salt, keylen, options);
  const out = Buffer.allocUnsafeSlow(keylen);
  if (start(params, out, 0) < 0) throw memoryLimitError();
  return out;
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const params = check(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  const out = Buffer.allocUnsafeSlow(keylen);
  // Java copies the inputs before returning; `out` stays alive through the closure.
  const req = newRequest((result) => {
    if (result < 0) callback(memoryLimitError());
    else callback(null, out);
  });
  start(params, out, req);
}

module.exports = { scrypt, scryptSync };
