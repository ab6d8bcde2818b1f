'use strict';
// The dgram module: UDP sockets over udp_wrap (internal/dgram). Names are resolved with dns.lookup (or the
// socket's `lookup` option) before bind, connect and send; a send before bind binds to a random port and waits
// for 'listening' in the socket's queue.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { UDP, BIND_REUSE_ADDR, BIND_IPV6_ONLY, kStateSymbol } = require('internal/dgram');
const { deprecate } = require('internal/util');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_BAD_TYPE, ERR_SOCKET_BUFFER_SIZE, ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED, ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  ErrnoException, ExceptionWithHostPort, uvErrmapGet,
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validatePort, validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;
const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;
const UV_EAGAIN = -11;

// dns.lookup as it is when called (a program may replace it).
function defaultLookup(host, family, callback) {
  return require('dns').lookup(host, family, callback);
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let lookup;
    let recvBufferSize;
    let sendBufferSize;
    let options;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
      lookup = options.lookup;
      if (lookup !== undefined) validateFunction(lookup, 'lookup');
      recvBufferSize = options.recvBufferSize;
      sendBufferSize = options.sendBufferSize;
    }
    if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);
    const family = type === 'udp6' ? 6 : 4;
    const handle = new UDP(family);
    // As node's handle: lookup(address, callback) resolves for the socket's family.
    const resolve = lookup || defaultLookup;
    handle.lookup = (address, callback) => resolve(address, family, callback);
    this[kStateSymbol] = {
      handle,
      receiving: false,
      bindState: BIND_STATE_UNBOUND,
      connectState: CONNECT_STATE_DISCONNECTED,
      queue: undefined,
      reuseAddr: options && options.reuseAddr,
      ipv6Only: options && options.ipv6Only,
      recvBufferSize,
      sendBufferSize,
    };
    this[kStateSymbol].handle.onmessage = (status, buf, address, family, port) =>
      onMessage(this, status, buf, address, family, port);
    if (options?.signal !== undefined) {
      const { signal } = options;
      validateAbortSignal(signal, 'options.signal');
      const onAborted = () => {
        if (this[kStateSymbol].handle) this.close();
      };
      if (signal.aborted) {
        onAborted();
      } else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }
  }

  bind(port_, address_ /* , callback */) {
    let port = port_;
    healthCheck(this);
    const state = this[kStateSymbol];
    if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    state.bindState = BIND_STATE_BINDING;
    const cb = arguments.length && arguments[arguments.length - 1];
    if (typeof cb === 'function') {
      const onListening = () => {
        this.removeListener('error', removeListeners);
        cb.call(this);
      };
      const removeListeners = () => {
        this.removeListener('error', removeListeners);
        this.removeListener('listening', onListening);
      };
      this.on('error', removeListeners);
      this.on('listening', onListening);
    }
    let address;
    // bind({ port, address, exclusive }): `exclusive` only matters to cluster workers, which node4j has not.
    if (port !== null && typeof port === 'object') {
      address = port.address || '';
      port = port.port;
    } else {
      address = typeof address_ === 'function' ? '' : address_;
    }
    if (typeof port === 'function') port = 0;
    if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';
    lookupAddress(this, address, (err, ip) => {
      if (!state.handle) return;
      if (err) {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', err);
        return;
      }
      let flags = 0;
      if (state.reuseAddr) flags |= BIND_REUSE_ADDR;
      if (state.ipv6Only) flags |= BIND_IPV6_ONLY;
      const status = state.handle.bind(ip, (port >>> 0) & 0xffff, flags);
      if (status) {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', new ExceptionWithHostPort(status, 'bind', ip, port));
        return;
      }
      startListening(this);
    });
    return this;
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const state = this[kStateSymbol];
    if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    state.connectState = CONNECT_STATE_CONNECTING;
    if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (state.bindState !== BIND_STATE_BOUND) {
      enqueue(this, () => doConnect(this, port, address, callback));
      return;
    }
    doConnect(this, port, address, callback);
  }

  disconnect() {
    const state = this[kStateSymbol];
    if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const err = state.handle.disconnect();
    if (err) throw new ErrnoException(err, 'connect');
    state.connectState = CONNECT_STATE_DISCONNECTED;
  }

  // send(msg[, offset, length][, port][, address][, callback]); a connected socket takes no port or address.
  send(buffer, offset, length, port, address, callback) {
    let list;
    const state = this[kStateSymbol];
    const connected = state.connectState === CONNECT_STATE_CONNECTED;
    // Whether offset and length are there: a connected socket tells by a numeric length, another one by what
    // follows them.
    const sliced = connected ? typeof length === 'number' :
      Boolean(address) || (Boolean(port) && typeof port !== 'function');
    if (sliced) buffer = sliceBuffer(buffer, offset, length);
    if (connected) {
      const extraPort = port;
      const extraAddress = address;
      callback = sliced ? port : offset;
      port = undefined;
      address = undefined;
      if ((sliced ? typeof extraPort !== 'function' && extraPort : extraPort) || extraAddress) {
        throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
      }
    } else if (!sliced) {
      callback = port;
      port = offset;
      address = length;
    }
    if (!Array.isArray(buffer)) {
      if (typeof buffer === 'string') {
        list = [Buffer.from(buffer)];
      } else if (!isArrayBufferView(buffer)) {
        throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
      } else {
        list = [buffer];
      }
    } else if (!(list = fixBufferList(buffer))) {
      throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'],
                                     buffer);
    }
    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }
    healthCheck(this);
    if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (list.length === 0) list.push(Buffer.alloc(0));
    if (state.bindState !== BIND_STATE_BOUND) {
      enqueue(this, () => this.send(list, port, address, callback));
      return;
    }
    if (connected) {
      doSend(this, list, undefined, undefined, callback);
      return;
    }
    lookupAddress(this, address || (this.type === 'udp4' ? '127.0.0.1' : '::1'), (err, ip) => {
      if (err) {
        if (typeof callback === 'function') process.nextTick(callback, err);
        else process.nextTick(() => this.emit('error', err));
        return;
      }
      if (!state.handle) return;
      doSend(this, list, ip, port, callback);
    });
  }

  sendto(buffer, offset, length, port, address, callback) {
    validateNumber(offset, 'offset');
    validateNumber(length, 'length');
    validateNumber(port, 'port');
    validateString(address, 'address');
    this.send(buffer, offset, length, port, address, callback);
  }

  close(callback) {
    const state = this[kStateSymbol];
    const queue = state.queue;
    if (typeof callback === 'function') this.on('close', callback);
    if (queue !== undefined) {
      queue.push(() => this.close());
      return this;
    }
    healthCheck(this);
    stopReceiving(this);
    state.handle.close();
    state.handle = null;
    process.nextTick(() => this.emit('close'));
    return this;
  }

  [Symbol.asyncDispose]() {
    if (!this[kStateSymbol].handle) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.close((err) => (err ? reject(err) : resolve()));
    });
  }

  address() {
    healthCheck(this);
    const out = {};
    const err = this[kStateSymbol].handle.getsockname(out);
    if (err) throw new ErrnoException(err, 'getsockname');
    return out;
  }

  remoteAddress() {
    healthCheck(this);
    const state = this[kStateSymbol];
    if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const out = {};
    const err = state.handle.getpeername(out);
    if (err) throw new ErrnoException(err, 'getpeername');
    return out;
  }

  setBroadcast(arg) {
    const err = this[kStateSymbol].handle.setBroadcast(arg ? 1 : 0);
    if (err) throw new ErrnoException(err, 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const err = this[kStateSymbol].handle.setTTL(ttl);
    if (err) throw new ErrnoException(err, 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const err = this[kStateSymbol].handle.setMulticastTTL(ttl);
    if (err) throw new ErrnoException(err, 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(arg) {
    const err = this[kStateSymbol].handle.setMulticastLoopback(arg ? 1 : 0);
    if (err) throw new ErrnoException(err, 'setMulticastLoopback');
    return arg;
  }

  setMulticastInterface(interfaceAddress) {
    healthCheck(this);
    validateString(interfaceAddress, 'interfaceAddress');
    const err = this[kStateSymbol].handle.setMulticastInterface(interfaceAddress);
    if (err) throw new ErrnoException(err, 'setMulticastInterface');
  }

  addMembership(multicastAddress, interfaceAddress) {
    membership(this, 'addMembership', multicastAddress, interfaceAddress, undefined, true);
  }

  dropMembership(multicastAddress, interfaceAddress) {
    membership(this, 'dropMembership', multicastAddress, interfaceAddress, undefined, false);
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    sourceMembership(this, 'addSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress, true);
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    sourceMembership(this, 'dropSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress, false);
  }

  ref() {
    this[kStateSymbol].handle?.ref();
    return this;
  }

  unref() {
    this[kStateSymbol].handle?.unref();
    return this;
  }

  setRecvBufferSize(size) {
    bufferSize(this, size, true);
  }

  setSendBufferSize(size) {
    bufferSize(this, size, false);
  }

  getRecvBufferSize() {
    return bufferSize(this, 0, true);
  }

  getSendBufferSize() {
    return bufferSize(this, 0, false);
  }

  getSendQueueSize() {
    return this[kStateSymbol].handle?.getSendQueueSize() ?? 0;
  }

  getSendQueueCount() {
    return this[kStateSymbol].handle?.getSendQueueCount() ?? 0;
  }
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

// Resolves `address` with the socket's lookup for its family; done(err, ip).
function lookupAddress(socket, address, done) {
  socket[kStateSymbol].handle.lookup(address, (err, ip) => done(err, ip));
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  state.handle.recvStart();
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

function onMessage(socket, status, buf, address, family, port) {
  if (status < 0) {
    socket.emit('error', new ErrnoException(status, 'recvmsg'));
    return;
  }
  socket.emit('message', buf, { address, family, port, size: buf.length });
}

// Work to do once the socket is bound; an error before that drops it.
function enqueue(socket, work) {
  const state = socket[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    const onListenError = () => {
      socket.removeListener('listening', onListenSuccess);
      state.queue = undefined;
    };
    const onListenSuccess = () => {
      socket.removeListener('error', onListenError);
      const queue = state.queue;
      state.queue = undefined;
      for (const fn of queue) fn();
    };
    socket.once('error', onListenError);
    socket.once('listening', onListenSuccess);
  }
  state.queue.push(work);
}

function doConnect(socket, port, address, callback) {
  const state = socket[kStateSymbol];
  if (!state.handle) return;
  lookupAddress(socket, address || (socket.type === 'udp4' ? '127.0.0.1' : '::1'), (err, ip) => {
    if (!state.handle) return;
    let ex = err;
    if (!ex) {
      const status = state.handle.connect(ip, port);
      if (status) ex = new ExceptionWithHostPort(status, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          socket.removeListener('connect', callback);
          callback(ex);
        } else {
          socket.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    if (callback) socket.once('connect', callback);
    process.nextTick(() => socket.emit('connect'));
  });
}

function doSend(socket, list, ip, port, callback) {
  const state = socket[kStateSymbol];
  if (!state.handle) return;
  const hasCallback = typeof callback === 'function';
  const done = (status, sent) => {
    if (!hasCallback) return;
    if (status < 0) callback(new ExceptionWithHostPort(status, 'send', ip, port));
    else callback(null, sent);
  };
  const r = state.handle.send(list, ip ?? null, port ?? 0, done);
  if (r === UV_EAGAIN || !hasCallback) return;
  if (r < 0) process.nextTick(callback, new ExceptionWithHostPort(r, 'send', ip, port));
  else process.nextTick(callback, null, r);
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (!isArrayBufferView(buf)) return null;
    else out[i] = buf;
  }
  return out;
}

function membership(socket, syscall, multicastAddress, interfaceAddress, source, join) {
  healthCheck(socket);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = socket[kStateSymbol].handle.membership(`${multicastAddress}`,
    interfaceAddress == null ? undefined : `${interfaceAddress}`, source, join);
  if (err) throw new ErrnoException(err, syscall);
}

function sourceMembership(socket, syscall, sourceAddress, groupAddress, interfaceAddress, join) {
  healthCheck(socket);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = socket[kStateSymbol].handle.membership(groupAddress,
    interfaceAddress == null ? undefined : `${interfaceAddress}`, sourceAddress, join);
  if (err) throw new ErrnoException(err, syscall);
}

function bufferSize(socket, size, receive) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const handle = socket[kStateSymbol].handle;
  const r = handle ? handle.bufferSize(size, receive) : -9;
  if (r < 0) {
    const [code, message] = uvErrmapGet(r) ?? ['UNKNOWN', 'unknown error'];
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: r, code, message, syscall: receive ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return r;
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

// DEP0112: the socket's old underscore members, now in its state.
for (const [name, key] of [['_handle', 'handle'], ['_receiving', 'receiving'], ['_bindState', 'bindState'],
  ['_queue', 'queue'], ['_reuseAddr', 'reuseAddr']]) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    configurable: true,
    get: deprecate(function() { return this[kStateSymbol][key]; },
                   `Socket.prototype.${name} is deprecated`, 'DEP0112'),
    set: deprecate(function(value) { this[kStateSymbol][key] = value; },
                   `Socket.prototype.${name} is deprecated`, 'DEP0112'),
  });
}
Socket.prototype._healthCheck = deprecate(function() { healthCheck(this); },
                                          'Socket.prototype._healthCheck() is deprecated', 'DEP0112');
Socket.prototype._stopReceiving = deprecate(function() { stopReceiving(this); },
                                            'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');

module.exports = { createSocket, Socket };
