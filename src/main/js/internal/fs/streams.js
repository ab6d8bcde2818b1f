'use strict';
// fs.ReadStream and fs.WriteStream: a file (by path or fd) as a Readable or Writable, opened in _construct,
// read in highWaterMark pieces from `start` to `end` (inclusive), written at `start` or appended, closed on
// destroy unless autoClose is off. The fs functions used can be replaced through the `fs` option.

const { Readable, Writable } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateInteger } = require('internal/validators');
const { toPathIfFileURL } = require('internal/url');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');

function streamOptions(options) {
  if (typeof options === 'string') return { encoding: options };
  if (options == null) return {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  return { ...options };
}

function fsFor(options, names) {
  const fs = options.fs ?? require('fs');
  if (options.fs !== undefined) {
    for (const name of names) validateFunction(fs[name], `options.fs.${name}`);
  }
  return fs;
}

function validatePath(path) {
  path = toPathIfFileURL(path);
  if (typeof path !== 'string' && !Buffer.isBuffer(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  return path;
}

// Opens the file when the stream is constructed (unless it was given an fd), then emits 'open' and 'ready'.
function openFile(stream, callback) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeFile(stream, err, callback) {
  if (stream.fd === null || !stream.autoClose) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  stream[kFs].close(fd, (closeErr) => callback(err || closeErr));
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = streamOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  // The stream goes (and closes its file) once done, unless autoClose is off.
  options.autoDestroy ??= options.autoClose ?? true;
  this[kFs] = fsFor(options, ['open', 'read', 'close']);
  this.fd = options.fd ?? null;
  if (this.fd === null) {
    this.path = validatePath(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    validateInteger(this.fd, 'fd', 0, 2147483647);
    this.path = undefined;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  }
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  configurable: true,
  get() { return this.fd === null; },
});

ReadStream.prototype._construct = function _construct(callback) {
  if (this.fd !== null) callback();
  else openFile(this, callback);
};

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead) => {
    this[kIsPerformingIO] = false;
    // A destroy that came during the read waits for it.
    if (this.destroyed) {
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      this.destroy(er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      // A short read is copied into a buffer of its size rather than keeping the whole allocation alive.
      this.push(bytesRead !== buf.length ? Buffer.from(buf.subarray(0, bytesRead)) : buf);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function _destroy(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIsPerformingIO, (er) => closeFile(this, err || er, cb));
  else closeFile(this, err, cb);
};

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') require('stream').finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = streamOptions(options);
  options.decodeStrings = true;
  options.autoDestroy ??= options.autoClose ?? true;
  this[kFs] = fsFor(options, ['open', 'write', 'close']);
  if (options.fs?.writev !== undefined) validateFunction(options.fs.writev, 'options.fs.writev');
  this.fd = options.fd ?? null;
  this.path = this.fd === null ? validatePath(path) : undefined;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.flush = options.flush ?? false;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
  if (this[kFs].writev === undefined) this._writev = null;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  configurable: true,
  get() { return this.fd === null; },
});

WriteStream.prototype._construct = function _construct(callback) {
  if (this.fd !== null) callback();
  else openFile(this, callback);
};

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIsPerformingIO);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(data, cb) {
  const chunks = data.map(({ chunk }) => chunk);
  const size = chunks.reduce((sum, c) => sum + c.length, 0);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIsPerformingIO);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._final = function _final(callback) {
  if (!this.flush || this.fd === null) {
    callback();
    return;
  }
  this[kFs].fsync(this.fd, (err) => callback(err));
};

WriteStream.prototype._destroy = function _destroy(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIsPerformingIO, () => closeFile(this, err, cb));
  else closeFile(this, err, cb);
};

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
