'use strict';
// net.Server: listens on a TCP port (dual-stack '::' by default, like node) or a Unix socket path, and makes a
// net.Socket of each accepted connection.

const EventEmitter = require('events');
const { isIP } = require('internal/net/ip');
const { BIND_IPV6_ONLY, BIND_REUSE_PORT, Pipe, TCP } = require('internal/net/handles');
const { owner_symbol } = require('internal/handle_events');
const {
  Socket, isPipeName, kKeepAliveDelay, kSetKeepAlive, kSetNoDelay, normalizeArgs,
} = require('internal/net/socket');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING },
  ErrnoException, UVExceptionWithHostPort,
} = require('internal/errors');
const { validateAbortSignal, validateNumber, validatePort } = require('internal/validators');

const UV_EAFNOSUPPORT = -97;
const UV_EINVAL = -22;

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  const capture = options != null && typeof options === 'object' ? options.captureRejections : undefined;
  EventEmitter.call(this, { captureRejections: capture });
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) validateNumber(options.highWaterMark, 'options.highWaterMark', 0);
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this._pipeName = undefined;
  this._connectionKey = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark;
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true,
  enumerable: false,
  get() {
    return Boolean(this._handle);
  },
});

Server.prototype.listen = function listen(...args) {
  const normalized = normalizeArgs(args);
  const [options, cb] = normalized;
  if (typeof cb === 'function') this.once('listening', cb);
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (options.signal) addAbortListener(this, options.signal);

  // listen(handle) / listen({ handle }) / listen({ fd })
  const handle = options._handle || options.handle || options;
  if (handle instanceof TCP || handle instanceof Pipe) {
    this._handle = handle;
    listenHandle(this, null, -1, -1, backlogOf(options, args));
    return this;
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    const pipe = new Pipe();
    const err = pipe.open(options.fd);
    if (err) throw new ErrnoException(err, 'listen');
    this._handle = pipe;
    listenHandle(this, null, -1, -1, backlogOf(options, args));
    return this;
  }

  const backlog = backlogOf(options, args);
  // listen(), listen(cb), listen(null…) and { port: undefined | null } pick a free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const port = options.port | 0;
    const flags = (options.ipv6Only ? BIND_IPV6_ONLY : 0) | (options.reusePort ? BIND_REUSE_PORT : 0);
    if (options.host) lookupAndListen(this, port, options.host, backlog, flags);
    else listenOn(this, null, port, 4, backlog, flags);
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    const path = this._pipeName = options.path;
    listenOn(this, path, -1, -1, backlog, 0);
    if (options.readableAll || options.writableAll) {
      const mode = (options.readableAll ? 0o444 : 0) | (options.writableAll ? 0o222 : 0);
      try {
        require('fs').chmodSync(path, 0o600 | mode);
      } catch (err) {
        this._handle.close();
        this._handle = null;
        throw err;
      }
    }
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

Server.prototype.address = function address() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw new ErrnoException(err, 'address');
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype.getConnections = function getConnections(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function () {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

// listen(port, host, backlog, cb) / listen(port, backlog, cb) / { backlog }; 511 like node when not given.
function backlogOf(options, args) {
  const fromArgs = nonNegative(args.length > 1 && args[1]) || nonNegative(args.length > 2 && args[2]);
  return options.backlog || fromArgs || 511;
}

function nonNegative(x) {
  const n = Number(x);
  return n >= 0 ? n : false;
}

function addAbortListener(server, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAborted = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function lookupAndListen(server, port, host, backlog, flags) {
  require('dns').lookup(host, (err, ip, family) => {
    if (err) {
      server.emit('error', err);
      return;
    }
    listenOn(server, ip, port, family, backlog, flags);
  });
}

// Creates the handle, binds and listens; errors surface as an 'error' event on the next tick, like node's.
function listenOn(server, address, port, family, backlog, flags) {
  let handle;
  let err;
  if (port < 0) {
    handle = new Pipe();
    err = handle.bind(address, -1, 1, 0);
  } else if (address === null) {
    // No host: all interfaces of both families when IPv6 is there, else IPv4's.
    handle = new TCP();
    address = '::';
    family = 6;
    err = handle.bind(address, port, 6, flags);
    if (err === UV_EAFNOSUPPORT || err === UV_EINVAL) {
      handle.close();
      handle = new TCP();
      address = '0.0.0.0';
      family = 4;
      err = handle.bind(address, port, 4, flags);
    }
  } else {
    handle = new TCP();
    err = handle.bind(address, port, family || isIP(address), flags);
  }
  if (!err) {
    server._handle = handle;
    err = listenHandle(server, address, port, family, backlog);
    if (err === 0) return;
  } else {
    handle.close();
  }
  server._handle = null;
  const ex = new UVExceptionWithHostPort(err, 'listen', address, port < 0 ? undefined : port);
  process.nextTick(() => server.emit('error', ex));
}

function listenHandle(server, address, port, family, backlog) {
  const handle = server._handle;
  handle[owner_symbol] = server;
  handle.onconnection = (err, client) => onConnection(server, err, client);
  const err = handle.listen(backlog);
  if (err) {
    handle.close();
    if (address === null) {
      const ex = new ErrnoException(err, 'listen');
      process.nextTick(() => server.emit('error', ex));
      server._handle = null;
      return 0;
    }
    return err;
  }
  server._connectionKey = `${family}:${address}:${port}`;
  if (server._unref) handle.unref();
  process.nextTick(() => {
    if (server._handle) server.emit('listening');
  });
  return 0;
}

function onConnection(server, err, handle) {
  if (err) {
    server.emit('error', new ErrnoException(err, 'accept'));
    return;
  }
  if (server.maxConnections !== undefined && server._connections >= server.maxConnections) {
    if (handle.getsockname && server.listenerCount('drop') > 0) {
      const local = {};
      const remote = {};
      handle.getsockname(local);
      handle.getpeername(remote);
      server.emit('drop', {
        localAddress: local.address, localPort: local.port, localFamily: local.family,
        remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
      });
    }
    handle.close();
    return;
  }
  const socket = new Socket({
    handle,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
    highWaterMark: server.highWaterMark,
  });
  if (server.noDelay && handle.setNoDelay) {
    socket[kSetNoDelay] = true;
    handle.setNoDelay(true);
  }
  if (server.keepAlive && handle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kKeepAliveDelay] = server.keepAliveInitialDelay;
    handle.setKeepAlive(true, server.keepAliveInitialDelay);
  }
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

// A rejected async 'connection' listener destroys that socket with the error; other events report it.
Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, socket) {
  if (event === 'connection') socket.destroy(err);
  else this.emit('error', err);
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

module.exports = { Server, createServer };
