'use strict';
// Hash, Hmac and crypto.hash(). Small updates are staged in JS and the digest of a staged message takes one
// call into Java (the common createHash().update(x).digest() is a single crossing); larger data makes a Java
// digest (an id) and is passed as (arrayBuffer, offset, length), read in place.

const LazyTransform = require('internal/streams/lazy_transform');
const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_INVALID_DIGEST, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString, validateUint32 } = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const {
  binding, digestIndex, digestInfo, encodeOutput, opensslError, params, takeOut, toBytes,
} = require('internal/crypto/util');

const OUT_SIZE = binding.out.byteLength;
const STAGE_LIMIT = 1024;
const dataTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

const freeDigests = new FinalizationRegistry((id) => binding.hashFree(id));
const freeMacs = new FinalizationRegistry((id) => binding.hmacFree(id));

function unsupportedDigest() {
  return opensslError('0308010C', 'digital envelope routines', 'unsupported', 'ERR_OSSL_EVP_UNSUPPORTED');
}

// The hot natives take their numbers through `params` (one argument is a cheaper crossing than five).
function digestOnce(index, bytes, length, outputLength, target, targetOffset) {
  params[0] = index;
  params[1] = length === 0 ? 0 : bytes.byteOffset;
  params[2] = length;
  params[3] = outputLength;
  binding.hashOnce(length === 0 ? undefined : bytes.buffer, target, targetOffset);
}

function digestUpdate(id, bytes, length) {
  params[0] = id;
  params[1] = bytes.byteOffset;
  params[2] = length;
  binding.hashUpdate(bytes.buffer);
}

function macUpdate(id, bytes, length) {
  params[0] = id;
  params[1] = bytes.byteOffset;
  params[2] = length;
  binding.hmacUpdate(bytes.buffer);
}

// Bytes kept in JS until they outgrow STAGE_LIMIT; `owned` bytes (freshly encoded strings) need no copy.
class Stage {
  bytes = null;
  length = 0;

  // False when the bytes do not fit: the caller sends them to Java instead.
  add(bytes, owned) {
    const n = bytes.byteLength;
    const total = this.length + n;
    if (total > STAGE_LIMIT) return false;
    if (this.bytes === null && owned) {
      this.bytes = bytes;
    } else {
      if (this.bytes === null || this.bytes.byteLength < total) {
        // Cut from Buffer's pool: its memory is already external, so Java reads it without V8 moving it out.
        const grown = Buffer.allocUnsafe(Math.min(STAGE_LIMIT, Math.max(total, 64, this.length * 2)));
        if (this.length > 0) grown.set(this.bytes.subarray(0, this.length));
        this.bytes = grown;
      }
      if (n <= 32) {
        const dst = this.bytes;
        for (let i = 0, j = this.length; i < n; i++, j++) dst[j] = bytes[i];
      } else {
        this.bytes.set(bytes, this.length);
      }
    }
    this.length = total;
    return true;
  }

  copy() {
    const s = new Stage();
    if (this.length > 0) {
      s.bytes = this.bytes.slice(0, this.length);
      s.length = this.length;
    }
    return s;
  }
}

// The running digest behind a Hash (inspected as node's native handle: no visible fields).
const DigestHandle = class Hash {
  #index;
  #length;
  #id = 0;
  #stage;

  constructor(index, length, id = 0, stage = new Stage()) {
    this.#index = index;
    this.#length = length;
    this.#stage = stage;
    if (id !== 0) this.#adopt(id);
  }

  get outputLength() {
    return this.#length;
  }

  #adopt(id) {
    this.#id = id;
    freeDigests.register(this, id, this);
  }

  #toJava() {
    if (this.#id === 0) this.#adopt(binding.hashNew(this.#index));
    const s = this.#stage;
    if (s.length > 0) {
      digestUpdate(this.#id, s.bytes, s.length);
      this.#stage = new Stage();
    }
  }

  update(bytes, owned) {
    if (this.#id === 0 && this.#stage.add(bytes, owned)) return;
    this.#toJava();
    digestUpdate(this.#id, bytes, bytes.byteLength);
  }

  digest() {
    const length = this.#length;
    const target = length > OUT_SIZE ? Buffer.allocUnsafe(length) : undefined;
    const tb = target?.buffer;
    const to = target?.byteOffset;
    if (this.#id === 0) {
      const s = this.#stage;
      digestOnce(this.#index, s.bytes, s.length, length, tb, to);
    } else {
      this.#toJava();
      freeDigests.unregister(this);
      binding.hashDigest(this.#id, length, tb, to);
      this.#id = 0;
    }
    return target ?? takeOut(length);
  }

  copy(length) {
    if (this.#id === 0) return new DigestHandle(this.#index, length, 0, this.#stage.copy());
    this.#toJava();
    return new DigestHandle(this.#index, length, binding.hashCopy(this.#id));
  }
};

function resolveDigest(algorithm) {
  const index = digestIndex(algorithm);
  if (index === -2) throw unsupportedDigest();
  return index;
}

function digestLength(index, options) {
  const [, size, , xof] = digestInfo(index);
  const requested = options?.outputLength;
  if (requested === undefined) return size;
  validateUint32(requested, 'options.outputLength');
  if (!xof && requested !== size) {
    throw opensslError('030000B2', 'digital envelope routines', 'not XOF or invalid length',
      'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH');
  }
  return requested;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof DigestHandle) {
    this[kHandle] = algorithm;
  } else {
    validateString(algorithm, 'algorithm');
    const index = resolveDigest(algorithm);
    if (index < 0) throw new Error('Digest method not supported');
    this[kHandle] = new DigestHandle(index, digestLength(index, options));
  }
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

function dataBytes(data, encoding) {
  if (typeof data === 'string') return toBytes(data, 'data', encoding);
  if (!isArrayBufferView(data)) throw new ERR_INVALID_ARG_TYPE('data', dataTypes, data);
  return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const handle = this[kHandle];
  let length;
  if (options?.outputLength !== undefined) {
    validateUint32(options.outputLength, 'options.outputLength');
    length = options.outputLength;
  }
  // A copy keeps the source's output length unless told otherwise.
  const copied = handle.copy(length ?? handle.outputLength);
  return new Hash(copied, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kHandle].update(dataBytes(data, encoding), typeof data === 'string');
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  state[kFinalized] = true;
  return encodeOutput(this[kHandle].digest(), outputEncoding);
};

// The running MAC behind an Hmac; the key is kept while the message is still staged in JS.
const MacHandle = class Hmac {
  #index;
  #key;
  #id = 0;
  #stage = new Stage();

  constructor(index, key) {
    this.#index = index;
    this.#key = key;
  }

  #toJava() {
    if (this.#id === 0) {
      const k = this.#key;
      this.#id = binding.hmacNew(this.#index, k.buffer, k.byteOffset, k.byteLength);
      this.#key = null;
      freeMacs.register(this, this.#id, this);
    }
    const s = this.#stage;
    if (s.length > 0) {
      macUpdate(this.#id, s.bytes, s.length);
      this.#stage = new Stage();
    }
  }

  update(bytes, owned) {
    if (this.#id === 0 && this.#stage.add(bytes, owned)) return;
    this.#toJava();
    macUpdate(this.#id, bytes, bytes.byteLength);
  }

  digest() {
    let n;
    if (this.#id === 0) {
      const k = this.#key;
      const s = this.#stage;
      params[0] = this.#index;
      params[1] = k.byteOffset;
      params[2] = k.byteLength;
      params[3] = s.length === 0 ? 0 : s.bytes.byteOffset;
      params[4] = s.length;
      n = binding.hmacOnce(k.buffer, s.length === 0 ? undefined : s.bytes.buffer);
    } else {
      this.#toJava();
      freeMacs.unregister(this);
      n = binding.hmacDigest(this.#id);
      this.#id = 0;
    }
    return takeOut(n);
  }
};

let keys;
function lazyKeys() {
  keys ??= require('internal/crypto/keys');
  return keys;
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const bytes = lazyKeys().secretKeyBytes(key, 'key', options?.encoding);
  const index = resolveDigest(hmac);
  if (index < 0) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  // A copy from Buffer's pool (external memory Java can read in place).
  const copy = Buffer.allocUnsafe(bytes.byteLength);
  copy.set(bytes);
  this[kHandle] = new MacHandle(index, copy);
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    const empty = Buffer.alloc(0);
    return !outputEncoding || outputEncoding === 'buffer' ? empty : empty.toString(outputEncoding);
  }
  state[kFinalized] = true;
  return encodeOutput(this[kHandle].digest(), outputEncoding);
};

// crypto.hash(algorithm, data[, outputEncoding]): a one-shot digest, 'hex' by default.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', dataTypes, input);
  }
  let encoding = outputEncoding;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    encoding = normalizeEncoding(outputEncoding);
    if (encoding === undefined) throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const index = resolveDigest(algorithm);
  if (index < 0) throw new Error(`Digest method ${algorithm} is not supported`);
  const bytes = dataBytes(input);
  const length = digestInfo(index)[1];
  digestOnce(index, bytes, bytes.byteLength, length);
  const out = takeOut(length);
  return encoding === 'buffer' ? out : out.toString(encoding);
}

// The bytes of a digest of `bytes` (for KDFs and signatures that need a one-shot digest internally).
function digestBytes(index, bytes) {
  const length = digestInfo(index)[1];
  digestOnce(index, bytes, bytes.byteLength, length);
  return takeOut(length);
}

function getHashes() {
  return binding.hashNames.slice();
}

module.exports = { Hash, Hmac, digestBytes, getHashes, hash, resolveDigest };
