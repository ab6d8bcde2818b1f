'use strict';
// process.stdout / process.stderr / process.stdin until full stream classes exist: synchronous writers over the
// fd, with the parts of the Writable surface that programs touch (write/end/on/once, isTTY, columns, fd).

const EventEmitter = require('events');
const { writeString, isatty } = internalBinding('process_methods');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.writableNeedDrain = false;
    this.isTTY = isatty(fd) || undefined;
    if (this.isTTY === undefined) delete this.isTTY;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    let text;
    if (typeof chunk === 'string') {
      text = chunk;
    } else if (chunk instanceof Uint8Array) {
      const { Buffer } = require('buffer');
      text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString(encoding === 'buffer' || !encoding ? 'utf8' : 'latin1');
    } else {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    writeString(this.fd, text);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  destroy() { return this; }
  get columns() { return this.isTTY ? Number(process.env.COLUMNS) || 80 : undefined; }
  get rows() { return this.isTTY ? Number(process.env.LINES) || 24 : undefined; }
  getColorDepth() { return this.isTTY ? 8 : 1; }
  hasColors(count = 16) { return this.isTTY ? count <= 256 : false; }
}

module.exports = { SyncWriteStream };
