'use strict';
// Web Crypto: the Crypto object behind globalThis.crypto, CryptoKey and SubtleCrypto.

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const { getRandomValues, randomUUID } = require('internal/crypto/random');
const { digestBytes } = require('internal/crypto/hash');
const { digestIndex } = require('internal/crypto/util');

const kConstruct = Symbol('kConstruct');
const kKeyObject = Symbol('kKeyObject');

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

class CryptoKey {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

function isCryptoKey(value) {
  return value instanceof CryptoKey;
}

function toKeyObject(key) {
  return isCryptoKey(key) ? key[kKeyObject] : undefined;
}

const digestNames = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

function algorithmName(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
  if (typeof name !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('algorithm.name', 'string', name);
  }
  return name.toLowerCase();
}

function bufferSource(data, method, position) {
  if (isArrayBufferView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (isAnyArrayBuffer(data)) return new Uint8Array(data);
  const err = new TypeError(`Failed to execute '${method}' on 'SubtleCrypto': ${position} argument is not ` +
    'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    const name = digestNames[algorithmName(algorithm)];
    const bytes = bufferSource(data, 'digest', '2nd');
    if (name === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
    const out = digestBytes(digestIndex(name), bytes);
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
  }
}

const subtle = new SubtleCrypto(kConstruct);

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}
for (const C of [Crypto, CryptoKey, SubtleCrypto]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

const crypto = new Crypto(kConstruct);

module.exports = { Crypto, CryptoKey, SubtleCrypto, crypto, isCryptoKey, kKeyObject, toKeyObject };
