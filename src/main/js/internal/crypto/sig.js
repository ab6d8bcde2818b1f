'use strict';
// sign/verify (one-shot, optionally on the thread pool) and the Sign/Verify streams, which collect the message
// in JS and sign it in one call.

const { Writable } = require('stream');
const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_CRYPTO_SIGN_KEY_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { newRequest } = require('internal/async_requests');
const { binding, digestIndex, encodeOutput, toBytes } = require('internal/crypto/util');
const { asymmetricKey, checked, keyArgs } = require('internal/crypto/keys');

const dataTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];
const signatureTypes = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function resolveDigest(algorithm) {
  if (algorithm === null || algorithm === undefined) return -1;
  validateString(algorithm, 'algorithm');
  const index = digestIndex(algorithm);
  if (index < 0) throw new Error('Invalid digest');
  return index;
}

// padding, saltLength and dsaEncoding come from an options object given as the key.
function signOptions(key) {
  const options = typeof key === 'object' && key !== null && !isArrayBufferView(key) ? key : {};
  const { padding = 0, saltLength = -2, dsaEncoding = 'der' } = options;
  if (dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') {
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return [padding, saltLength, dsaEncoding === 'ieee-p1363'];
}

function messageBytes(data, name = 'data') {
  if (typeof data !== 'string' && !isArrayBufferView(data)) throw new ERR_INVALID_ARG_TYPE(name, dataTypes, data);
  return toBytes(data, name);
}

function signBytes(digest, bytes, key, callback) {
  const k = asymmetricKey(key, true);
  const [padding, saltLength, p1363] = signOptions(key);
  const args = [...keyArgs(k), digest, bytes.buffer, bytes.byteOffset, bytes.byteLength, padding, saltLength, p1363];
  if (callback === undefined) return Buffer.from(checked(binding.sign(...args, 0)), 'base64');
  const req = newRequest((result) => {
    let signature;
    try {
      signature = Buffer.from(checked(result), 'base64');
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, signature);
  });
  binding.sign(...args, req);
}

function verifyBytes(digest, bytes, key, signature, callback) {
  const k = asymmetricKey(key, false);
  const [padding, saltLength, p1363] = signOptions(key);
  const sig = toBytes(signature, 'signature', undefined, signatureTypes);
  const args = [...keyArgs(k), digest, bytes.buffer, bytes.byteOffset, bytes.byteLength,
                sig.buffer, sig.byteOffset, sig.byteLength, padding, saltLength, p1363];
  if (callback === undefined) return checked(binding.verify(...args, 0));
  const req = newRequest((result) => {
    let ok;
    try {
      ok = checked(result);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, ok);
  });
  binding.verify(...args, req);
}

function sign(algorithm, data, key, callback) {
  const digest = resolveDigest(algorithm);
  const bytes = messageBytes(data);
  if (key == null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  if (callback !== undefined) validateFunction(callback, 'callback');
  return signBytes(digest, bytes, key, callback);
}

function verify(algorithm, data, key, signature, callback) {
  const digest = resolveDigest(algorithm);
  const bytes = messageBytes(data);
  if (callback !== undefined) validateFunction(callback, 'callback');
  return verifyBytes(digest, bytes, key, signature, callback);
}

function collect(self, data, encoding) {
  if (typeof data === 'string') data = Buffer.from(data, encoding);
  else if (!isArrayBufferView(data)) throw new ERR_INVALID_ARG_TYPE('data', dataTypes, data);
  self._chunks.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength).slice());
  return self;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  this._digest = resolveDigest(algorithm);
  this._chunks = [];
  Reflect.apply(Writable, this, [options]);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  collect(this, chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  return collect(this, data, encoding);
};

Sign.prototype.sign = function sign(privateKey, outputEncoding) {
  if (privateKey == null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const signature = signBytes(this._digest, Buffer.concat(this._chunks), privateKey);
  return encodeOutput(signature, outputEncoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  this._digest = resolveDigest(algorithm);
  this._chunks = [];
  Reflect.apply(Writable, this, [options]);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  const sig = typeof signature === 'string' ? Buffer.from(signature, sigEncoding) : signature;
  return verifyBytes(this._digest, Buffer.concat(this._chunks), object, sig);
};

module.exports = { Sign, Verify, sign, verify };
