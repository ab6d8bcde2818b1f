'use strict';
// Cipheriv/Decipheriv over the Java ciphers (an id each until final). update() writes straight into the Buffer
// it returns; string output goes through a StringDecoder so multi-byte characters may span updates.

const LazyTransform = require('internal/streams/lazy_transform');
const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG, ERR_CRYPTO_INVALID_IV, ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_CIPHER, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const { binding, opensslError, takeOut, toBytes } = require('internal/crypto/util');
const { secretKeyBytes } = require('internal/crypto/keys');

const kHandle = Symbol('kHandle');
const dataTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];
const bufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const freeCiphers = new FinalizationRegistry((id) => binding.cipherFree(id));

// Failure codes shared with CipherNatives / CipherFailure.
const UNKNOWN_CIPHER = -1;
const INVALID_KEY_LENGTH = -2;
const INVALID_IV = -3;
const INVALID_TAG_LENGTH = -4;
const TAG_LENGTH_REQUIRED = -5;
const BAD_DECRYPT = -10;
const WRONG_FINAL_BLOCK_LENGTH = -11;
const AUTH_FAILED = -12;

function failure(code) {
  switch (code) {
    case BAD_DECRYPT:
      return opensslError('1C800064', 'Provider routines', 'bad decrypt', 'ERR_OSSL_BAD_DECRYPT');
    case WRONG_FINAL_BLOCK_LENGTH:
      return opensslError('1C80006B', 'Provider routines', 'wrong final block length',
                          'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH');
    case AUTH_FAILED:
      return new Error('Unsupported state or unable to authenticate data');
    default:
      return new Error('Trying to add data in unsupported state');
  }
}

function validGcmTagLength(n) {
  return n === 4 || n === 8 || (n >= 12 && n <= 16);
}

// The state behind a Cipheriv/Decipheriv, kept off enumeration as node's native CipherBase is.
const CipherHandle = class CipherBase {
  id;
  info;
  encrypt;
  tagLength;
  started = false;
  tag = null;
  tagSet = false;

  constructor(id, info, encrypt, tagLength) {
    this.id = id;
    this.info = info;
    this.encrypt = encrypt;
    this.tagLength = tagLength;
    freeCiphers.register(this, id, this);
  }

  get aead() {
    const mode = this.info[1];
    return mode === 'gcm' || mode === 'ccm' || this.info[0] === 'chacha20-poly1305';
  }
};

function authTagOption(options) {
  const value = options?.authTagLength;
  if (value === undefined) return -1;
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new ERR_INVALID_ARG_VALUE('options.authTagLength', value);
  }
  return value;
}

function createCipherBase(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const keyBytes = secretKeyBytes(key, 'key', options?.encoding);
  let ivBytes = null;
  if (iv !== null) ivBytes = toBytes(iv, 'iv', undefined, bufferTypes);
  const tagLength = authTagOption(options);
  const id = ivBytes === null ?
    binding.cipherNew(cipher, encrypt, keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength,
                      undefined, 0, 0, tagLength) :
    binding.cipherNew(cipher, encrypt, keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength,
                      ivBytes.buffer, ivBytes.byteOffset, ivBytes.byteLength, tagLength);
  switch (id) {
    case UNKNOWN_CIPHER: throw new ERR_CRYPTO_UNKNOWN_CIPHER();
    case INVALID_KEY_LENGTH: throw new ERR_CRYPTO_INVALID_KEYLEN();
    case INVALID_IV: throw new ERR_CRYPTO_INVALID_IV();
    case INVALID_TAG_LENGTH: throw new ERR_CRYPTO_INVALID_AUTH_TAG(`Invalid authentication tag length: ${tagLength}`);
    case TAG_LENGTH_REQUIRED: throw new ERR_CRYPTO_INVALID_AUTH_TAG(`authTagLength required for ${cipher}`);
  }
  const info = binding.cipherInfo(cipher);
  const mode = info[1];
  const defaultTag = mode === 'gcm' || info[0] === 'chacha20-poly1305' ? 16 : -1;
  Object.defineProperty(self, kHandle, {
    value: new CipherHandle(id, info, encrypt, tagLength === -1 ? defaultTag : tagLength),
  });
  self._decoder = null;
  Reflect.apply(LazyTransform, self, [options]);
}

let StringDecoder;
function decode(self, buf, encoding, ending) {
  if (encoding === undefined || encoding === 'buffer') return buf;
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  StringDecoder ??= require('string_decoder').StringDecoder;
  if (self._decoder === null) {
    self._decoder = new StringDecoder(enc);
    self._decoder.outputEncoding = enc;
  } else if (self._decoder.outputEncoding !== enc) {
    throw new Error('Cannot change encoding');
  }
  return ending ? self._decoder.end(buf) : self._decoder.write(buf);
}

function update(data, inputEncoding, outputEncoding) {
  const h = this[kHandle];
  if (typeof data === 'string') {
    data = toBytes(data, 'data', inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', dataTypes, data);
  } else if (!(data instanceof Uint8Array)) {
    data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (h.id === 0) throw failure(0);
  h.started = true;
  const out = Buffer.allocUnsafe(data.byteLength + 32);
  const n = binding.cipherUpdate(h.id, data.buffer, data.byteOffset, data.byteLength, out.buffer, out.byteOffset,
                                 out.byteLength);
  if (n < 0) throw failure(n);
  return decode(this, out.subarray(0, n), outputEncoding, false);
}

function final(outputEncoding) {
  const h = this[kHandle];
  if (h.id === 0) throw new ERR_CRYPTO_INVALID_STATE();
  if (!h.encrypt && h.aead && !h.tagSet && h.info[1] === 'gcm') {
    freeCiphers.unregister(h);
    binding.cipherFree(h.id);
    h.id = 0;
    throw failure(AUTH_FAILED);
  }
  const out = Buffer.allocUnsafe(64);
  const n = binding.cipherFinal(h.id, out.buffer, out.byteOffset, out.byteLength);
  freeCiphers.unregister(h);
  h.id = 0;
  if (n < 0) throw failure(n);
  if (h.encrypt && h.aead) h.tag = takeOut(h.tagLength);
  return decode(this, out.subarray(0, n), outputEncoding, true);
}

function setAutoPadding(ap) {
  const h = this[kHandle];
  if (h.id === 0) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  binding.cipherSetPadding(h.id, ap === undefined ? true : !!ap);
  return this;
}

function setAAD(aadbuf, options) {
  const h = this[kHandle];
  const aad = toBytes(aadbuf, 'buffer', undefined, bufferTypes);
  const plaintextLength = options?.plaintextLength ?? -1;
  if (h.id === 0 || h.started || !h.aead) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  if (binding.cipherSetAad(h.id, aad.buffer, aad.byteOffset, aad.byteLength, plaintextLength) < 0) {
    throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  return this;
}

function setAuthTag(tagbuf, encoding) {
  const h = this[kHandle];
  const tag = toBytes(tagbuf, 'buffer', encoding, bufferTypes);
  if (h.id === 0 || !h.aead || h.tagSet) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const n = tag.byteLength;
  const mode = h.info[1];
  let valid;
  if (mode === 'gcm') valid = validGcmTagLength(n) && (h.tagLength === 16 || h.tagLength === n);
  else valid = n >= 1 && n <= 16 && (h.tagLength === -1 || h.tagLength === n);
  if (!valid) throw new ERR_CRYPTO_INVALID_AUTH_TAG(`Invalid authentication tag length: ${n}`);
  binding.cipherSetAuthTag(h.id, tag.buffer, tag.byteOffset, n);
  h.tagSet = true;
  return this;
}

function getAuthTag() {
  const h = this[kHandle];
  if (h.tag === null) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return Buffer.from(h.tag);
}

function transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
}

function flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherBase(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);
Object.assign(Cipheriv.prototype, {
  _transform: transform, _flush: flush, update, final, setAutoPadding, setAAD, getAuthTag,
});

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherBase(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);
Object.assign(Decipheriv.prototype, {
  _transform: transform, _flush: flush, update, final, setAutoPadding, setAAD, setAuthTag,
});

// OpenSSL's EVP_BytesToKey with MD5, one round and no salt: the key and IV the deprecated password forms use.
function bytesToKey(cipher, password) {
  validateString(cipher, 'cipher');
  const pass = secretKeyBytes(password, 'password');
  const info = binding.cipherInfo(cipher);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  const [, mode, keyLength, ivLength] = info;
  if (mode === 'ctr' || mode === 'gcm' || mode === 'ccm') {
    process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  const { createHash } = require('crypto');
  const blocks = [];
  let total = 0;
  let previous = Buffer.alloc(0);
  while (total < keyLength + ivLength) {
    previous = createHash('md5').update(previous).update(pass).digest();
    blocks.push(previous);
    total += previous.length;
  }
  const material = Buffer.concat(blocks);
  return [material.subarray(0, keyLength), ivLength === 0 ? null : material.subarray(keyLength, keyLength + ivLength)];
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  const [key, iv] = bytesToKey(cipher, password);
  createCipherBase(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipher, LazyTransform);
Object.assign(Cipher.prototype, {
  _transform: transform, _flush: flush, update, final, setAutoPadding, setAAD, getAuthTag,
});

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  const [key, iv] = bytesToKey(cipher, password);
  createCipherBase(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipher, LazyTransform);
Object.assign(Decipher.prototype, {
  _transform: transform, _flush: flush, update, final, setAutoPadding, setAAD, setAuthTag,
});

function getCiphers() {
  return binding.cipherNames.slice();
}

module.exports = { Cipher, Cipheriv, Decipher, Decipheriv, getCiphers };
