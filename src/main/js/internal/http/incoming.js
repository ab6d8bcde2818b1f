'use strict';
// IncomingMessage: a received request (server side) or response (client side) as a Readable of its body, with
// headers joined the way node joins duplicates (lazily, from rawHeaders).

const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    configurable: true,
    get() { return this.socket; },
    set(value) { this.socket = value; },
  },
  headers: {
    configurable: true,
    get() {
      if (!this[kHeaders]) {
        this[kHeaders] = {};
        const src = this.rawHeaders;
        const dst = this[kHeaders];
        for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
      }
      return this[kHeaders];
    },
    set(value) { this[kHeaders] = value; },
  },
  headersDistinct: {
    configurable: true,
    get() {
      if (!this[kHeadersDistinct]) {
        this[kHeadersDistinct] = {};
        const src = this.rawHeaders;
        for (let n = 0; n < this[kHeadersCount]; n += 2) {
          addDistinct(this[kHeadersDistinct], src[n], src[n + 1]);
        }
      }
      return this[kHeadersDistinct];
    },
    set(value) { this[kHeadersDistinct] = value; },
  },
  trailers: {
    configurable: true,
    get() {
      if (!this[kTrailers]) {
        this[kTrailers] = {};
        const src = this.rawTrailers;
        for (let n = 0; n < this[kTrailersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], this[kTrailers]);
      }
      return this[kTrailers];
    },
    set(value) { this[kTrailers] = value; },
  },
  trailersDistinct: {
    configurable: true,
    get() {
      if (!this[kTrailersDistinct]) {
        this[kTrailersDistinct] = {};
        const src = this.rawTrailers;
        for (let n = 0; n < this[kTrailersCount]; n += 2) {
          addDistinct(this[kTrailersDistinct], src[n], src[n + 1]);
        }
      }
      return this[kTrailersDistinct];
    },
    set(value) { this[kTrailersDistinct] = value; },
  },
});

function addDistinct(dest, field, value) {
  const key = field.toLowerCase();
  if (dest[key] === undefined) dest[key] = [value];
  else dest[key].push(value);
}

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read() {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  // A message torn down before its end takes the connection with it.
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    this.socket.once('close', () => process.nextTick(reportError, this, err, cb));
  } else {
    process.nextTick(reportError, this, err, cb);
  }
};

// Like node, the error is emitted only when someone listens for it.
function reportError(message, err, cb) {
  if (message.listenerCount('error') === 0) cb();
  else cb(err);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// How node folds a repeated header: set-cookie collects, a few take the first, cookie joins with '; ', the rest
// with ', '.
IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  const key = field.toLowerCase();
  switch (key) {
    case 'set-cookie':
      if (dest[key] !== undefined) dest[key].push(value);
      else dest[key] = [value];
      return;
    case 'content-type': case 'content-length': case 'user-agent': case 'referer': case 'host':
    case 'authorization': case 'proxy-authorization': case 'if-modified-since': case 'if-unmodified-since':
    case 'from': case 'location': case 'max-forwards': case 'retry-after': case 'etag': case 'last-modified':
    case 'server': case 'age': case 'expires':
      if (dest[key] === undefined) dest[key] = value;
      else if (this.joinDuplicateHeaders) dest[key] += `, ${value}`;
      return;
    case 'cookie':
      if (dest[key] !== undefined) dest[key] += `; ${value}`;
      else dest[key] = value;
      return;
    default:
      if (dest[key] !== undefined) dest[key] += `, ${value}`;
      else dest[key] = value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  addDistinct(dest, field, value);
};

// Discards the body so the connection can carry the next message.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, readStart, readStop };
