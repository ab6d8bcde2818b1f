'use strict';
// node's zlib: Transform streams over a native codec (internal/zlib/handle) for deflate, gzip, raw deflate,
// auto-detecting unzip and brotli, plus the one-shot convenience functions (callback and sync) and crc32.
// Streams and the callback functions compress on the thread pool; the sync functions run inline.

const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
  genericNodeError,
} = require('internal/errors');
const {
  validateFunction, validateFiniteNumber, validateUint32, checkRangesOrGetDefault,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { deprecate } = require('internal/util');
const constants = require('internal/zlib/constants');
const { createZlibHandle, createBrotliHandle, crc32: nativeCrc32, kFailed } = require('internal/zlib/handle');

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// zlib's return codes by value and by name.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// Flush kinds from least to most: a write that ends the stream uses the stronger of its own and the finish flag.
const kFlushOrder = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
function maxFlush(a, b) {
  return kFlushOrder.indexOf(a) > kFlushOrder.indexOf(b) ? a : b;
}

// Empty chunks that carry a flush kind from flush() through the writable queue to _transform().
const flushBuffers = new Map();
function flushBuffer(kind) {
  let b = flushBuffers.get(kind);
  if (b === undefined) {
    b = Buffer.alloc(0);
    b[kFlushFlag] = kind;
    flushBuffers.set(kind, b);
  }
  return b;
}

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH, maxFlushValue: Z_BLOCK };
const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH, fullFlush: BROTLI_OPERATION_FLUSH,
  maxFlushValue: BROTLI_OPERATION_EMIT_METADATA,
};

// The stream machinery shared by zlib and brotli streams.
function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush, maxFlushValue }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', Z_NO_FLUSH, maxFlushValue, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH, maxFlushValue,
                                          finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength,
                                              kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle.owner = this;
  handle.onWriteDone = (status) => afterWrite(this, handle, status);
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// bytesRead was renamed bytesWritten (DEP0108).
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get: deprecate(function() {
    return this.bytesWritten;
  }, 'zlib.bytesRead is deprecated and will change its meaning in the future. Use zlib.bytesWritten instead.',
  'DEP0108'),
  set: deprecate(function(value) {
    this.bytesWritten = value;
  }, 'Setting zlib.bytesRead is deprecated. This feature will be removed in the future.', 'DEP0108'),
});

ZlibBase.prototype.reset = function() {
  if (!this._handle) throw new Error('zlib binding closed');
  return this._handle.reset();
};

ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushBuffer(kind), '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

function closeHandle(stream) {
  if (!stream._handle) return;
  stream._handle.close();
  stream._handle = null;
}

// The handle failed: node's error (errno and code from zlib or brotli) destroys the stream.
function handleError(stream, handle) {
  const { errno, code, message } = handle.lastError();
  const error = genericNodeError(message, { errno, code: code || codes[errno] });
  stream[kError] = error;
  stream.destroy(error);
  return error;
}

function processChunk(stream, chunk, flushFlag, cb) {
  const handle = stream._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  handle.buffer = chunk;
  handle.cb = cb;
  handle.inOff = 0;
  handle.availInBefore = chunk.byteLength;
  handle.flushFlag = flushFlag;
  writeChunk(stream, handle);
}

function writeChunk(stream, handle) {
  handle.availOutBefore = stream._chunkSize - stream._outOffset;
  handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
               stream._outBuffer, stream._outOffset, handle.availOutBefore);
}

// A pool write ended: push what it produced, then go on with the chunk's rest or acknowledge it.
function afterWrite(stream, handle, status) {
  if (stream.destroyed || stream._handle !== handle) {
    handle.buffer = null;
    if (handle.cb) handle.cb();
    return;
  }
  if (status === kFailed) {
    handle.buffer = null;
    handleError(stream, handle);
    return;
  }
  const availOutAfter = handle.availOutAfter;
  const availInAfter = handle.availInAfter;
  const inDelta = handle.availInBefore - availInAfter;
  stream.bytesWritten += inDelta;
  const have = handle.availOutBefore - availOutAfter;
  let full = false;
  if (have > 0) {
    const out = stream._outBuffer.slice(stream._outOffset, stream._outOffset + have);
    stream._outOffset += have;
    full = !stream.push(out);
  }
  if (availOutAfter === 0 || stream._outOffset >= stream._chunkSize) {
    stream._outBuffer = Buffer.allocUnsafe(stream._chunkSize);
    stream._outOffset = 0;
  }
  if (availOutAfter === 0) {
    // The output filled up: the same chunk goes on, now or when the reader asks for more.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    if (!full) {
      writeChunk(stream, handle);
    } else {
      const read = stream._read;
      stream._read = (n) => {
        stream._read = read;
        writeChunk(stream, handle);
        read.call(stream, n);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Output room left but input unused: the compressed stream ended before the input did.
    stream.push(null);
  }
  handle.buffer = null;
  const cb = handle.cb;
  handle.cb = null;
  cb();
}

function processChunkSync(stream, chunk, flushFlag) {
  const handle = stream._handle;
  const chunkSize = stream._chunkSize;
  let inOff = 0;
  let availIn = chunk.byteLength;
  let out = stream._outBuffer;
  let outOff = stream._outOffset;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  stream.on('error', function onError() {});
  while (true) {
    const availOutBefore = chunkSize - outOff;
    const status = handle.writeSync(flushFlag, chunk, inOff, availIn, out, outOff, availOutBefore);
    if (status === kFailed) throw handleError(stream, handle);
    const availOutAfter = handle.availOutAfter;
    const availInAfter = handle.availInAfter;
    const inDelta = availIn - availInAfter;
    inputRead += inDelta;
    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      buffers.push(outOff === 0 && have === out.length ? out : out.slice(outOff, outOff + have));
      outOff += have;
      nread += have;
      if (nread > stream._maxOutputLength) {
        closeHandle(stream);
        throw new ERR_BUFFER_TOO_LARGE(stream._maxOutputLength);
      }
    }
    if (availOutAfter === 0 || outOff >= chunkSize) {
      out = Buffer.allocUnsafe(chunkSize);
      outOff = 0;
    }
    if (availOutAfter !== 0) break;
    inOff += inDelta;
    availIn = availInAfter;
  }
  stream._outBuffer = out;
  stream._outOffset = outOff;
  stream.bytesWritten = inputRead;
  closeHandle(stream);
  if (buffers.length === 1) return buffers[0];
  return Buffer.concat(buffers, nread);
}

// zlib streams: mode-specific option checks, then the shared base.
function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // Inflating with windowBits 0 takes the window size from the stream's header.
    if ((mode === INFLATE || mode === GUNZIP || mode === UNZIP) && opts.windowBits === 0) {
      windowBits = 0;
    } else {
      // zlib writes no gzip stream with a 256-byte window.
      const minWindowBits = mode === GZIP ? Z_MIN_WINDOWBITS + 1 : Z_MIN_WINDOWBITS;
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', minWindowBits,
                                           Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
                                       Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
                                       Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }
  const handle = createZlibHandle(mode, level, windowBits, memLevel, strategy, dictionary);
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// Level and strategy change after what was written so far is flushed with the old ones.
Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new Error('zlib binding closed');
      this._handle.params(level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

function zlibClass(name, mode) {
  const cls = {
    [name]: function(opts) {
      if (!(this instanceof cls)) return new cls(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(cls.prototype, Zlib.prototype);
  Object.setPrototypeOf(cls, Zlib);
  return cls;
}

const Deflate = zlibClass('Deflate', DEFLATE);
const Inflate = zlibClass('Inflate', INFLATE);
const Gzip = zlibClass('Gzip', GZIP);
const Gunzip = zlibClass('Gunzip', GUNZIP);
const DeflateRaw = zlibClass('DeflateRaw', DEFLATERAW);
const InflateRaw = zlibClass('InflateRaw', INFLATERAW);
const Unzip = zlibClass('Unzip', UNZIP);

// Brotli streams: options.params maps BROTLI_PARAM_* / BROTLI_DECODER_PARAM_* keys to values.
const kMaxBrotliParam = Math.max(...Object.keys(constants)
  .filter((key) => key.startsWith('BROTLI_PARAM_') || key.startsWith('BROTLI_DECODER_PARAM_'))
  .map((key) => constants[key]));

function Brotli(opts, mode) {
  const params = new Int32Array(kMaxBrotliParam + 1).fill(-1);
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || params[key] !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      params[key] = value;
    }
  }
  const handle = createBrotliHandle(mode, params);
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, brotliDefaultOpts);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

function brotliClass(name, mode) {
  const cls = {
    [name]: function(opts) {
      if (!(this instanceof cls)) return new cls(opts);
      Brotli.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(cls.prototype, Brotli.prototype);
  Object.setPrototypeOf(cls, Brotli);
  return cls;
}

const BrotliCompress = brotliClass('BrotliCompress', BROTLI_ENCODE);
const BrotliDecompress = brotliClass('BrotliDecompress', BROTLI_DECODE);

// One-shot conversions: the input as a Buffer over the same memory.
function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return buffer;
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  buffer = toInput(buffer);
  const buffers = [];
  let nread = 0;
  let done = false;
  engine.on('data', (chunk) => {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength && !done) {
      done = true;
      engine.close();
      callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  });
  engine.on('error', (err) => {
    engine.removeAllListeners('end');
    if (done) return;
    done = true;
    callback(err);
  });
  engine.on('end', () => {
    if (done) return;
    done = true;
    const result = Buffer.concat(buffers, nread);
    engine.close();
    if (engine._info) callback(null, { buffer: result, engine });
    else callback(null, result);
  });
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  buffer = toInput(buffer);
  if (!(buffer instanceof Uint8Array)) buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const result = processChunkSync(engine, buffer, engine._finishFlushFlag);
  return engine._info ? { buffer: result, engine } : result;
}

function asyncFunction(Ctor, name) {
  return {
    [name](buffer, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      return zlibBuffer(new Ctor(opts), buffer, callback);
    },
  }[name];
}

function syncFunction(Ctor, name) {
  return {
    [name](buffer, opts) {
      return zlibBufferSync(new Ctor(opts), buffer);
    },
  }[name];
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return nativeCrc32(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  deflate: asyncFunction(Deflate, 'deflate'),
  deflateSync: syncFunction(Deflate, 'deflateSync'),
  gzip: asyncFunction(Gzip, 'gzip'),
  gzipSync: syncFunction(Gzip, 'gzipSync'),
  deflateRaw: asyncFunction(DeflateRaw, 'deflateRaw'),
  deflateRawSync: syncFunction(DeflateRaw, 'deflateRawSync'),
  unzip: asyncFunction(Unzip, 'unzip'),
  unzipSync: syncFunction(Unzip, 'unzipSync'),
  inflate: asyncFunction(Inflate, 'inflate'),
  inflateSync: syncFunction(Inflate, 'inflateSync'),
  gunzip: asyncFunction(Gunzip, 'gunzip'),
  gunzipSync: syncFunction(Gunzip, 'gunzipSync'),
  inflateRaw: asyncFunction(InflateRaw, 'inflateRaw'),
  inflateRawSync: syncFunction(InflateRaw, 'inflateRawSync'),
  brotliCompress: asyncFunction(BrotliCompress, 'brotliCompress'),
  brotliCompressSync: syncFunction(BrotliCompress, 'brotliCompressSync'),
  brotliDecompress: asyncFunction(BrotliDecompress, 'brotliDecompress'),
  brotliDecompressSync: syncFunction(BrotliDecompress, 'brotliDecompressSync'),
};

// create*() factories: enumerable, read-only, like node's.
for (const Ctor of [Deflate, Inflate, DeflateRaw, InflateRaw, Gzip, Gunzip, Unzip, BrotliCompress,
  BrotliDecompress]) {
  Object.defineProperty(module.exports, `create${Ctor.name}`, {
    configurable: true,
    enumerable: true,
    writable: false,
    value: (options) => new Ctor(options),
  });
}

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { enumerable: true, writable: false, value: codes },
});

// The legacy top-level constants: the zlib ones only, hidden and read-only.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { enumerable: false, value: constants[key], writable: false });
}
