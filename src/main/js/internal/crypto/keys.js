'use strict';
// KeyObject and its kinds. A secret key keeps its bytes here; an asymmetric key keeps its canonical DER
// (SubjectPublicKeyInfo or PKCS#8), which the Java codecs parse for each operation.

const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateObject, validateOneOf, validateString } = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const { toBytes } = require('internal/crypto/util');

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');
const kConstruct = Symbol('kConstruct');
const secretTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

class KeyObject {
  constructor(type, token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyType, { enumerable: false, configurable: false, writable: false });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    const cryptoKey = lazyWebcrypto()?.toKeyObject(key);
    if (cryptoKey === undefined) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return cryptoKey;
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kKeyBytes];
    const b = otherKeyObject[kKeyBytes];
    return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
  }
}

class SecretKeyObject extends KeyObject {
  constructor(bytes, token) {
    super('secret', token);
    this[kKeyBytes] = bytes;
  }

  get symmetricKeySize() {
    return this[kKeyBytes].byteLength;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') return { kty: 'oct', k: Buffer.from(this[kKeyBytes]).toString('base64url') };
    }
    return Buffer.from(this[kKeyBytes]);
  }
}

function isKeyObject(value) {
  return value instanceof KeyObject;
}

let webcrypto;
function lazyWebcrypto() {
  webcrypto ??= require('internal/crypto/webcrypto');
  return webcrypto;
}

function isCryptoKey(value) {
  return lazyWebcrypto().isCryptoKey(value);
}

// The bytes of a secret key given as a KeyObject, CryptoKey, string or buffer.
function secretKeyBytes(key, name, encoding) {
  if (isKeyObject(key)) {
    if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    return key[kKeyBytes];
  }
  if (typeof key === 'object' && key !== null && isCryptoKey(key)) {
    return secretKeyBytes(lazyWebcrypto().toKeyObject(key), name);
  }
  if (typeof key === 'string' || isArrayBufferView(key) || isAnyArrayBuffer(key)) {
    return toBytes(key, name, encoding, secretTypes);
  }
  throw new ERR_INVALID_ARG_TYPE(name, secretTypes, key);
}

function createSecretKey(key, encoding) {
  if (typeof key === 'string') {
    validateString(encoding ?? 'utf8', 'encoding');
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  const bytes = toBytes(key, 'key', normalizeEncoding(encoding) ?? encoding);
  return new SecretKeyObject(Uint8Array.prototype.slice.call(bytes), kConstruct);
}

module.exports = {
  KeyObject, SecretKeyObject, createSecretKey, isKeyObject, kConstruct, kKeyBytes, secretKeyBytes,
};
