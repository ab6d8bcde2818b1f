'use strict';
// net.Socket: a Duplex over a TCP or Pipe handle (internal/net/handles), with node's connect sequence (argument
// checks, lookup, optional local bind, connect, 'connect'/'ready'), half-open rules, timeouts and the address
// and byte-count accessors.

const { Duplex } = require('stream');
const { FastBuffer } = require('internal/buffer');
const { isIP } = require('internal/net/ip');
const { TCP, Pipe } = require('internal/net/handles');
const { owner_symbol } = require('internal/handle_events');
const { setUnrefTimeout, refreshUnrefTimeout, clearTimer } = require('internal/timers');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE,
    ERR_INVALID_HANDLE_TYPE, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
  ErrnoException, ExceptionWithHostPort, genericNodeError,
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateNumber, validatePort, validateString,
} = require('internal/validators');

const UV_EOF = -4095;
const UV_ENOTCONN = -107;
const kNormalized = Symbol('normalizedArgs');
const kJoinLimit = 16 * 1024;
const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kKeepAliveDelay = Symbol('kSetKeepAliveInitialDelay');

// [options, callback] from connect()/listen() arguments, like node's net._normalizeArgs.
function normalizeArgs(args) {
  let out;
  if (args.length === 0) {
    out = [{}, null];
  } else {
    const first = args[0];
    let options = {};
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const cb = args[args.length - 1];
    out = typeof cb === 'function' ? [options, cb] : [options, null];
  }
  out[kNormalized] = true;
  return out;
}

function isPipeName(s) {
  return typeof s === 'string' && Number(s) >= 0 === false;
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
    if (options[key]) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, options[key], 'is not supported');
  }
  // Not half-open unless asked: the Duplex then ends our side once the peer's end was read.
  Duplex.call(this, {
    ...options,
    allowHalfOpen: Boolean(options.allowHalfOpen),
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false,
    // The socket handles its signal itself (below), with node's AbortError.
    signal: undefined,
  });
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this.server = null;
  this._server = null;
  this[kTimeout] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  this[kKeepAliveDelay] = ~~(options.keepAliveInitialDelay / 1000);

  if (options.handle) {
    this._handle = options.handle;
    initHandle(this);
  } else if (options.fd !== undefined) {
    validateInt32(options.fd, 'fd', 0);
    const handle = new Pipe();
    const err = handle.open(options.fd);
    if (err < 0) throw new ErrnoException(err, 'open');
    this._handle = handle;
    initHandle(this);
    if (options.readable === false) this.push(null);
  }
  if (options.signal) addAbortListener(this, options.signal);

  this.on('end', onReadableStreamEnd);

  if (this._handle !== null && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

Object.defineProperty(Socket.prototype, 'pending', {
  configurable: true,
  enumerable: false,
  get() {
    return !this._handle || this.connecting;
  },
});

Object.defineProperty(Socket.prototype, 'readyState', {
  configurable: true,
  enumerable: false,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  configurable: true,
  enumerable: false,
  get() {
    return this._handle ? this.writableLength + this._handle.writeQueueSize : undefined;
  },
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
  configurable: true,
  enumerable: false,
  get() {
    return this[kBytesRead];
  },
});

Object.defineProperty(Socket.prototype, 'bytesWritten', {
  configurable: true,
  enumerable: false,
  get() {
    let bytes = this[kBytesWritten];
    const buffered = this.writableBuffer;
    if (!buffered) return undefined;
    for (const { chunk, encoding } of buffered) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    }
    const pending = this._pendingData;
    if (Array.isArray(pending)) {
      for (const { chunk, encoding } of pending) {
        bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
      }
    } else if (pending) {
      bytes += typeof pending === 'string' ? Buffer.byteLength(pending, this._pendingEncoding) : pending.length;
    }
    return bytes;
  },
});


Object.defineProperty(Socket.prototype, 'remoteAddress', {
  configurable: true,
  enumerable: false,
  get() {
    return this._getpeername().address;
  },
});

Object.defineProperty(Socket.prototype, 'remoteFamily', {
  configurable: true,
  enumerable: false,
  get() {
    return this._getpeername().family;
  },
});

Object.defineProperty(Socket.prototype, 'remotePort', {
  configurable: true,
  enumerable: false,
  get() {
    return this._getpeername().port;
  },
});

Object.defineProperty(Socket.prototype, 'localAddress', {
  configurable: true,
  enumerable: false,
  get() {
    return this._getsockname().address;
  },
});

Object.defineProperty(Socket.prototype, 'localPort', {
  configurable: true,
  enumerable: false,
  get() {
    return this._getsockname().port;
  },
});

Object.defineProperty(Socket.prototype, 'localFamily', {
  configurable: true,
  enumerable: false,
  get() {
    return this._getsockname().family;
  },
});

Object.defineProperty(Socket.prototype, '_connecting', {
  configurable: true,
  enumerable: false,
  get() {
    return this.connecting;
  },
});

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    if (this._handle.getpeername(out) !== 0) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = {};
    if (this._handle.getsockname(out) !== 0) return out;
    this._sockname = out;
  }
  return this._sockname;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  const on = enable === undefined ? true : Boolean(enable);
  if (!this._handle) {
    this[kSetNoDelay] = on;
    return this;
  }
  if (this._handle.setNoDelay && on !== this[kSetNoDelay]) {
    this[kSetNoDelay] = on;
    this._handle.setNoDelay(on);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  const on = Boolean(enable);
  const delay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = on;
    this[kKeepAliveDelay] = delay;
    return this;
  }
  if (this._handle.setKeepAlive && (on !== this[kSetKeepAlive] || (on && delay !== this[kKeepAliveDelay]))) {
    this[kSetKeepAlive] = on;
    this[kKeepAliveDelay] = delay;
    this._handle.setKeepAlive(on, delay);
  }
  return this;
};

Socket.prototype.setTimeout = function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = timerDuration(msecs, 'msecs');
  if (this[kTimeout]) {
    clearTimer(this[kTimeout]);
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    // The timer stays set after it fires: activity re-arms it, and `timeout` still reports it.
    this[kTimeout] = setUnrefTimeout(() => this.emit('timeout'), msecs);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

// Activity pushes the idle timeout back.
Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) refreshUnrefTimeout(s[kTimeout]);
  }
};

Socket.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
  else this.once('connect', this.ref);
  return this;
};

Socket.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
  else this.once('connect', this.unref);
  return this;
};

Socket.prototype.connect = function connect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][kNormalized]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const [options, cb] = normalized;
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = Boolean(path);
  if (options.port === undefined && path == null) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  if (!this._handle) {
    this._handle = pipe ? new Pipe() : new TCP();
    // Counts are per connection: a reconnected socket starts again from zero.
    this[kBytesRead] = 0;
    this[kBytesWritten] = 0;
    initHandle(this);
  }
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path, -1, 1);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    const err = this._handle.readStart();
    if (err < 0) this.destroy(new ErrnoException(err, 'read'));
  }
};

Socket.prototype.pause = function pause() {
  // A socket paused before it connected must not start reading when it does.
  if (this.connecting && this._handle && this._handle.reading) this._handle.readStop();
  return Duplex.prototype.pause.call(this);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    function onClose() {
      cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    }
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  let total = 0;
  let n;
  const done = (status) => {
    if (status < 0) {
      cb(new ErrnoException(status, 'write'));
    } else {
      this._unrefTimer();
      cb();
    }
  };
  if (writev) {
    const buffers = [];
    for (const { chunk, encoding: enc } of data) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk;
      if (b.byteLength === 0) continue;
      buffers.push(b);
      total += b.byteLength;
    }
    // Small batches are joined here: one copy in JS is cheaper than handing Java a list of buffers.
    if (buffers.length === 1 || (buffers.length > 1 && total <= kJoinLimit)) {
      n = this._handle.writeBuffer(buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, total), done);
    } else if (buffers.length === 0) {
      n = 0;
    } else {
      n = this._handle.writeBuffers(buffers, total, done);
    }
  } else {
    const b = typeof data === 'string' ? Buffer.from(data, encoding) : data;
    total = b.byteLength;
    n = this._handle.writeBuffer(b, done);
  }
  if (n < 0) {
    this.destroy(new ErrnoException(n, 'write'));
    return;
  }
  this[kBytesWritten] += total;
  if (n === total) cb();
};

Socket.prototype._final = function _final(cb) {
  if (this.pending) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  const err = this._handle.shutdown(() => cb());
  if (err === 1 || err === UV_ENOTCONN) cb();
  else if (err !== 0) cb(new ErrnoException(err, 'shutdown'));
};


Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) {
      clearTimer(s[kTimeout]);
      s[kTimeout] = null;
    }
  }
  if (this._handle) {
    const isException = Boolean(exception);
    this._handle.onread = noop;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = this._handle.reset(() => this.emit('close', isException));
      if (err) this.emit('error', new ErrnoException(err, 'reset'));
    } else {
      this._handle.close(() => this.emit('close', isException));
    }
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close', Boolean(exception)));
  }
  if (this._server) {
    this._server._connections--;
    this._server._emitCloseIfDrained();
  }
};

function noop() {}

const kTimeoutMax = 2 ** 31 - 1;

// A timer length as node's timers take it: a finite number ≥ 0, at most 2^31-1 (longer ones warn).
function timerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > kTimeoutMax) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${kTimeoutMax}.`, 'TimeoutOverflowWarning');
    return kTimeoutMax;
  }
  return msecs;
}

function initHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  const handle = socket._handle;
  handle[owner_symbol] = socket;
  handle.onread = (a, offset, length) => onStreamRead(socket, a, offset, length);
}

function onStreamRead(socket, a, offset, length) {
  if (typeof a !== 'number') {
    socket[kBytesRead] += length;
    socket._unrefTimer();
    if (!socket.push(new FastBuffer(a, offset, length)) && socket._handle && socket._handle.reading) {
      socket._handle.readStop();
    }
    return;
  }
  if (a === UV_EOF) {
    socket.push(null);
    socket.read(0);
    return;
  }
  socket.destroy(new ErrnoException(a, 'read'));
}

// A socket whose peer ended and that is not half-open: writes after our side's end fail with EPIPE.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const err = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, err);
  this.destroy(err);
  return false;
}

function addAbortListener(socket, signal) {
  validateAbortSignal(signal, 'options.signal');
  const { AbortError } = require('internal/errors');
  const onAbort = () => socket.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  if (options.autoSelectFamily != null) validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
  if (options.autoSelectFamilyAttemptTimeout != null) {
    validateInt32(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }
  const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family || 0;
  const hints = options.hints || 0;
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const lookup = options.lookup || require('dns').lookup;
  self._host = host;
  const dnsOpts = { family, hints: hints || 0 };
  lookup(host, dnsOpts, (err, ip, ipFamily) => {
    self.emit('lookup', err, ip, ipFamily, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(() => self.destroy(err));
    } else if (!isIP(ip)) {
      self.destroy(new ERR_INVALID_IP_ADDRESS(ip));
    } else if ((ipFamily !== 4 && ipFamily !== 6)) {
      self.destroy(new ERR_INVALID_ADDRESS_FAMILY(ipFamily, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, ipFamily, localAddress, localPort);
    }
  });
}

function ERR_INVALID_ADDRESS_FAMILY(family, host, port) {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_ADDRESS_FAMILY(family, host, port);
}

function internalConnect(self, address, port, family, localAddress, localPort) {
  if (!self._handle) return;
  if (localAddress || localPort) {
    const bindAddress = localAddress || (family === 6 ? '::' : '0.0.0.0');
    const err = self._handle.bind(bindAddress, localPort || 0, family, 0);
    if (err) {
      self.destroy(new ExceptionWithHostPort(err, 'bind', bindAddress, localPort));
      return;
    }
  }
  const err = self._handle.connect(address, port, family, (status) => afterConnect(self, status, address, port, localAddress, localPort));
  if (err) {
    const sockname = {};
    let details;
    if (self._handle && self._handle.getsockname && self._handle.getsockname(sockname) === 0 && sockname.port) {
      details = `${sockname.address}:${sockname.port}`;
    }
    self.destroy(new ExceptionWithHostPort(err, 'connect', address, port === -1 ? undefined : port, details));
  }
}

function afterConnect(self, status, address, port, localAddress, localPort) {
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    // Options given before the connection existed take effect now.
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) self._handle.setKeepAlive(true, self[kKeepAliveDelay]);
    self._unrefTimer();
    self.emit('connect');
    self.emit('ready');
    if (self.readable && !self.isPaused()) self.read(0);
    else if (self.readable && self.readableFlowing === null) self.read(0);
  } else {
    const details = localAddress && localPort ? `${localAddress}:${localPort}` : undefined;
    self.destroy(new ExceptionWithHostPort(status, 'connect', address, port === -1 ? undefined : port, details));
  }
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.timeout) validateNumber(options.timeout, 'options.timeout');
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// A socket over an fd that already exists (a child's stdio, our stdin, an IPC channel); fd -1 gives the stream of
// a child that failed to start, which exists and closes at the end of this loop turn, as node's would.
function socketOnFd(fd, { readable, writable }) {
  if (fd < 0) {
    const socket = new Socket({ readable, writable });
    setImmediate(() => socket.destroy());
    return socket;
  }
  const handle = new Pipe();
  const err = handle.open(fd);
  if (err < 0) throw new ErrnoException(err, 'open');
  return new Socket({ handle, readable, writable });
}

module.exports = { Socket, connect, initHandle, isPipeName, kKeepAliveDelay, kNormalized, kSetKeepAlive, kSetNoDelay, normalizeArgs,
  socketOnFd };
