'use strict';
// KeyObject and its kinds. A secret key keeps its bytes here; an asymmetric key keeps its canonical DER
// (SubjectPublicKeyInfo or PKCS#8), which the Java codecs parse for each operation.

const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_PASSPHRASE,
  },
} = require('internal/errors');
const { validateObject, validateOneOf, validateString } = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const { binding, opensslError, toBytes } = require('internal/crypto/util');

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kDetails = Symbol('kDetails');
const kConstruct = Symbol('kConstruct');
const secretTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

class KeyObject {
  constructor(type, token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    Object.defineProperty(this, kKeyType, { value: type, enumerable: true, configurable: false, writable: false });
  }

  get type() {
    return this[kKeyType];
  }

  get [Symbol.toStringTag]() {
    return 'KeyObject';
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

// Key failure codes shared with KeyFailure.java.
const UNSUPPORTED = -20;
const PASSPHRASE_REQUIRED = -21;
const NOT_PRIVATE = -22;
const INVALID_DIGEST = -23;
const UNSUPPORTED_KEY_TYPE = -24;
const RSA_FAILED = -25;

function keyFailure(code) {
  switch (code) {
    case PASSPHRASE_REQUIRED: return new ERR_MISSING_PASSPHRASE('Passphrase required for encrypted key');
    case INVALID_DIGEST:
      return opensslError('1C80007A', 'Provider routines', 'invalid digest', 'ERR_OSSL_INVALID_DIGEST');
    case UNSUPPORTED_KEY_TYPE: return new Error('node4j does not support this key type or curve');
    case RSA_FAILED:
      return opensslError('02000079', 'rsa routines', 'oaep decoding error', 'ERR_OSSL_RSA_OAEP_DECODING_ERROR');
    case NOT_PRIVATE:
    case UNSUPPORTED:
    default:
      return opensslError('1E08010C', 'DECODER routines', 'unsupported', 'ERR_OSSL_UNSUPPORTED');
  }
}

// A native's result: the value, or node's error for a failure code.
function checked(result) {
  if (typeof result === 'number' && result < 0) throw keyFailure(result);
  return result;
}

class AsymmetricKeyObject extends KeyObject {
  constructor(type, der, asymmetricKeyType, token) {
    super(type, token);
    Object.defineProperty(this, kAsymmetricKeyType, { value: asymmetricKeyType, enumerable: true });
    Object.defineProperty(this, kKeyBytes, { value: der });
    Object.defineProperty(this, kDetails, { value: undefined, writable: true });
  }

  get asymmetricKeyType() {
    return this[kAsymmetricKeyType];
  }

  get asymmetricKeyDetails() {
    if (this[kDetails] === undefined) {
      const d = checked(binding.keyDetails(...keyArgs(this)));
      if (d.publicExponent !== undefined) d.publicExponent = BigInt(d.publicExponent);
      this[kDetails] = d;
    }
    return { ...this[kDetails] };
  }

  export(options) {
    validateObject(options, 'options');
    const { format, type } = options;
    if (format === 'jwk') return checked(binding.keyJwk(...keyArgs(this)));
    validateOneOf(format, 'options.format', ['pem', 'der', 'jwk']);
    const allowed = this.type === 'public' ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
    if (options.cipher !== undefined || options.passphrase !== undefined) {
      throw new Error('node4j does not support encrypted key export');
    }
    const written = checked(binding.keyWrite(...keyArgs(this), type, format === 'pem'));
    if (written === null) {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type,
        type === 'pkcs1' ? 'can only be used for RSA keys' : 'can only be used for EC keys');
    }
    const bytes = Buffer.from(written, 'base64');
    return format === 'pem' ? bytes.toString('latin1') : bytes;
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(der, asymmetricKeyType, token) {
    super('public', der, asymmetricKeyType, token);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(der, asymmetricKeyType, token) {
    super('private', der, asymmetricKeyType, token);
  }
}

function keyArgs(key) {
  const der = key[kKeyBytes];
  return [der.buffer, der.byteOffset, der.byteLength];
}

// A KeyObject from a native's [isPrivate, asymmetricKeyType, derBase64].
function fromDescription([isPrivate, type, der]) {
  const bytes = Buffer.from(der, 'base64');
  return isPrivate ? new PrivateKeyObject(bytes, type, kConstruct) : new PublicKeyObject(bytes, type, kConstruct);
}

const keyInputTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// Reads createPublicKey/createPrivateKey input (and keys given inline to sign, verify, publicEncrypt…).
function readKey(key, wantPrivate, name = 'key', optionsName = 'options') {
  let data = key;
  let format = 'pem';
  let type;
  let encoding;
  if (typeof key === 'object' && key !== null && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    ({ key: data, format = 'pem', type, encoding } = key);
    if (format === 'jwk') {
      validateObject(data, `${optionsName}.key`);
      const flat = [];
      for (const member of ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'crv', 'x', 'y']) {
        if (typeof data[member] === 'string') flat.push(member, data[member]);
      }
      return fromDescription(checked(binding.keyReadJwk(flat, wantPrivate)));
    }
    validateOneOf(format, `${optionsName}.format`, ['pem', 'der', 'jwk']);
    if (format === 'der') {
      const allowed = wantPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
      if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`${optionsName}.type`, type);
    }
  }
  if (typeof data !== 'string' && !isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, [...keyInputTypes, 'KeyObject', 'CryptoKey'], key);
  }
  const bytes = toBytes(data, name, encoding, keyInputTypes);
  return fromDescription(checked(binding.keyRead(bytes.buffer, bytes.byteOffset, bytes.byteLength, format,
                                                  type ?? null, wantPrivate)));
}

function createPublicKey(key) {
  if (isKeyObject(key)) {
    if (key.type === 'private') return fromDescription(checked(binding.keyPublicOf(...keyArgs(key))));
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
  }
  if (typeof key === 'object' && key !== null && isKeyObject(key.key)) return createPublicKey(key.key);
  return readKey(key, false);
}

function createPrivateKey(key) {
  if (isKeyObject(key)) throw new ERR_INVALID_ARG_TYPE('key', [...keyInputTypes], key);
  return readKey(key, true);
}

// The key a signing or encrypting function was given: a KeyObject, or input createPrivateKey/… would read.
function asymmetricKey(key, wantPrivate) {
  const k = typeof key === 'object' && key !== null && isKeyObject(key.key) ? key.key : key;
  if (isKeyObject(k)) {
    if (k.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', wantPrivate ? 'private' : 'public');
    if (wantPrivate && k.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private');
    return k;
  }
  if (wantPrivate) return readKey(key, true);
  // A public-key operation accepts private keys too (their public half is used).
  try {
    return readKey(key, false);
  } catch (err) {
    if (typeof key === 'object' && key?.format === 'der' && ['pkcs8', 'sec1'].includes(key.type)) {
      return readKey(key, true);
    }
    throw err;
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
  KeyObject, PrivateKeyObject, PublicKeyObject, SecretKeyObject, asymmetricKey, checked, createPrivateKey,
  createPublicKey, createSecretKey, fromDescription, isKeyObject, kConstruct, kKeyBytes, keyArgs, secretKeyBytes,
};
