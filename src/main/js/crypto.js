'use strict';
// node:crypto over the JDK's JCA (BouncyCastle where the JDK lacks an algorithm).

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH },
} = require('internal/errors');
const { Hash, Hmac, getHashes, hash } = require('internal/crypto/hash');
const {
  getRandomValues, randomBytes, randomFill, randomFillSync, randomInt, randomUUID,
} = require('internal/crypto/random');
const { pbkdf2, pbkdf2Sync } = require('internal/crypto/pbkdf2');
const { scrypt, scryptSync } = require('internal/crypto/scrypt');
const { hkdf, hkdfSync } = require('internal/crypto/hkdf');
const { KeyObject, createPrivateKey, createPublicKey, createSecretKey } = require('internal/crypto/keys');
const {
  generateKey, generateKeyPair, generateKeyPairSync, generateKeySync,
} = require('internal/crypto/keygen');
const { Sign, Verify, sign, verify } = require('internal/crypto/sig');
const { privateDecrypt, privateEncrypt, publicDecrypt, publicEncrypt } = require('internal/crypto/rsa_cipher');
const { Cipher, Cipheriv, Decipher, Decipheriv, getCiphers } = require('internal/crypto/cipher');
const constants = require('internal/crypto/constants');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

function getCurves() {
  return internalBinding('crypto').curveNames.slice();
}

const warned = new Set();
function deprecated(fn, message, code) {
  return function(...args) {
    if (!warned.has(code)) {
      warned.add(code);
      process.emitWarning(message, 'DeprecationWarning', code);
    }
    return Reflect.apply(fn, this, args);
  };
}

function createCipher(cipher, password, options) {
  return new Cipher(cipher, password, options);
}

function createDecipher(cipher, password, options) {
  return new Decipher(cipher, password, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function bytesOf(buf, name) {
  if (isArrayBufferView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf);
  // node checks these natively: its message names no received value.
  const err = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or ` +
    'DataView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

// Compares every byte whatever the first difference, so the time taken tells nothing about where it is.
function timingSafeEqual(buf1, buf2) {
  const a = bytesOf(buf1, 'buf1');
  const b = bytesOf(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function getFips() {
  return 0;
}

function lazyWebcrypto() {
  return require('internal/crypto/webcrypto').crypto;
}

module.exports = {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  getCiphers,
  getCurves,
  getHashes,
  generateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKeySync,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  hash,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign,
  timingSafeEqual,
  getFips,
  verify,
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  Hash,
  Hmac,
  KeyObject,
  Sign,
  Verify,
  constants,
};

Object.defineProperties(module.exports, {
  webcrypto: { get: lazyWebcrypto, enumerable: true, configurable: false },
  subtle: { get: () => lazyWebcrypto().subtle, enumerable: true, configurable: false },
  getRandomValues: { get: () => getRandomValues, enumerable: true, configurable: false },
  createCipher: {
    value: deprecated(createCipher, 'crypto.createCipher is deprecated.', 'DEP0106'),
    enumerable: true, writable: true, configurable: true,
  },
  createDecipher: {
    value: deprecated(createDecipher, 'crypto.createDecipher is deprecated.', 'DEP0106'),
    enumerable: true, writable: true, configurable: true,
  },
  // Deprecated aliases node still carries, hidden from enumeration.
  pseudoRandomBytes: { value: randomBytes, writable: true, configurable: true },
  prng: { value: randomBytes, writable: true, configurable: true },
  rng: { value: randomBytes, writable: true, configurable: true },
});
