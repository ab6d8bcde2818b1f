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

// process.stdin by what fd 0 is: a pipe or socket is read without blocking through the loop; a terminal the same
// way on a descriptor of its own (so the shell's stays blocking); a file or device through fs reads.
function createStdin() {
  const type = internalBinding('process_methods').guessHandleType(0);
  let stream;
  if (type === 'PIPE' || type === 'TTY') {
    const { socketOnFd } = require('internal/net/socket');
    const fd = type === 'TTY' ? require('fs').openSync('/proc/self/fd/0', 'r') : 0;
    stream = socketOnFd(fd, { readable: true, writable: false });
    if (type === 'TTY') stream.isTTY = true;
  } else {
    stream = createFileStdin(type === 'FILE');
  }
  stream.fd = 0;
  return stream;
}

function createFileStdin(readable) {
  const { Readable } = require('stream');
  const fs = require('fs');
  return new Readable({
    highWaterMark: 65536,
    read(size) {
      if (!readable) {
        this.push(null);
        return;
      }
      const buf = Buffer.allocUnsafe(size);
      fs.read(0, buf, 0, size, null, (err, n) => {
        if (err) this.destroy(err);
        else this.push(n > 0 ? buf.subarray(0, n) : null);
      });
    },
  });
}

module.exports = { SyncWriteStream, createStdin };
