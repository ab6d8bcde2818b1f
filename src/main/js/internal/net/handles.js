'use strict';
// The JS side of tcp_wrap and pipe_wrap handles, in the shape net.Socket and net.Server drive (node's TCP and Pipe
// wraps): a handle id registered with internal/handle_events, the socket created lazily once its family is known,
// and the binding's events turned into callbacks (onread, onconnection, connect and write completions).

const { registerHandle, unregisterHandle } = require('internal/handle_events');
const { activeRequest } = require('internal/process/active_resources');

const EVENT_READ = 1;
const EVENT_WRITE = 2;
const EVENT_SHUTDOWN = 3;
const EVENT_CLOSE = 4;
const EVENT_CONNECT = 5;
const EVENT_CONNECTION = 6;
const UV_EBADF = -9;
const UV_ECANCELED = -125;
const BIND_IPV6_ONLY = 1;
const BIND_REUSE_PORT = 2;

class StreamWrap {
  constructor(binding) {
    this._binding = binding;
    this._id = registerHandle(this);
    this._open = false;
    this._closed = false;
    this._refed = true;
    this._listening = false;
    this._writeCallbacks = [];
    this._shutdownCallback = null;
    this._closeCallback = null;
    this._connectCallback = null;
    this.reading = false;
    // onread(arrayBuffer, offset, length) for data, onread(errno) for EOF (UV_EOF) or errors.
    this.onread = null;
    // onconnection(status, clientHandle) on a listening handle.
    this.onconnection = null;
    // onlayerevent(event, a, b, c): events of a layer started on the stream (tls_wrap's handshake, errors).
    this.onlayerevent = null;
  }

  get fd() {
    return this._open ? this._binding.fd(this._id) : -1;
  }

  _adopt(fd) {
    this._binding.adopt(this._id, fd);
    this._opened();
  }

  _opened() {
    this._open = true;
    if (!this._refed) this._binding.unref(this._id);
  }

  _ensureSocket(family) {
    if (this._open) return 0;
    const err = this._binding.socket(this._id, family);
    if (err === 0) this._opened();
    return err;
  }

  onHandleEvent(event, a, b, c) {
    switch (event) {
      case EVENT_READ:
        if (typeof a === 'number') this.reading = false;
        if (this.onread !== null) this.onread(a, b, c);
        break;
      case EVENT_WRITE: {
        const cb = this._writeCallbacks.shift();
        if (cb !== undefined) cb(a);
        break;
      }
      case EVENT_SHUTDOWN: {
        const cb = this._shutdownCallback;
        this._shutdownCallback = null;
        if (cb !== null) cb(a);
        break;
      }
      case EVENT_CONNECT: {
        const cb = this._connectCallback;
        this._connectCallback = null;
        if (cb !== null) cb(a);
        break;
      }
      case EVENT_CONNECTION:
        if (this.onconnection === null) {
          if (a >= 0) this._binding.closeFd(a);
        } else if (a < 0) {
          this.onconnection(a);
        } else {
          const client = new this.constructor();
          client._adopt(a);
          this.onconnection(0, client);
        }
        break;
      case EVENT_CLOSE:
        this._finishClose();
        break;
      default:
        if (this.onlayerevent !== null) this.onlayerevent(event, a, b, c);
    }
  }

  readStart() {
    if (!this._open || this._closed) return UV_EBADF;
    this.reading = true;
    return this._binding.readStart(this._id);
  }

  readStop() {
    if (!this._open || this._closed) return UV_EBADF;
    this.reading = false;
    return this._binding.readStop(this._id);
  }

  // Delivers what is readable now, while reading (a child's output before its exit is reported).
  readPending() {
    if (this.reading && this._open && !this._closed) this._binding.readPending(this._id);
  }

  // Writes one buffer; done(status) runs only when it did not all go out at once. Returns the bytes written now
  // (the rest is queued) or a negative errno.
  writeBuffer(buf, done) {
    if (!this._open || this._closed) return UV_EBADF;
    const n = this._binding.write(this._id, buf.buffer, buf.byteOffset, buf.byteLength);
    if (n >= 0 && n < buf.byteLength) this._writeCallbacks.push(done);
    return n;
  }

  // Writes several buffers in one system call, like writeBuffer.
  writeBuffers(buffers, total, done) {
    if (!this._open || this._closed) return UV_EBADF;
    const list = [];
    for (const b of buffers) list.push(b.buffer, b.byteOffset, b.byteLength);
    const n = this._binding.writev(this._id, list);
    if (n >= 0 && n < total) this._writeCallbacks.push(done);
    return n;
  }

  get writeQueueSize() {
    return this._open && !this._closed ? this._binding.queuedBytes(this._id) : 0;
  }

  shutdown(done) {
    if (!this._open || this._closed) return UV_EBADF;
    this._shutdownCallback = done;
    return this._binding.shutdown(this._id);
  }

  connect(address, port, family, done) {
    const err = this._ensureSocket(family);
    if (err !== 0) return err;
    this._connectCallback = done;
    return this._binding.connect(this._id, address, port);
  }

  bind(address, port, family, flags) {
    const err = this._ensureSocket(family);
    if (err !== 0) return err;
    return this._binding.bind(this._id, address, port, flags);
  }

  listen(backlog) {
    if (!this._open || this._closed) return UV_EBADF;
    const err = this._binding.listen(this._id, backlog);
    if (err === 0) this._listening = true;
    return err;
  }

  ref() {
    this._refed = true;
    if (this._open && !this._closed) this._binding.ref(this._id);
  }

  unref() {
    this._refed = false;
    if (this._open && !this._closed) this._binding.unref(this._id);
  }

  hasRef() {
    return this._refed && !this._closed;
  }

  get resourceType() {
    return this._open && this._refed ? this._kindName() : undefined;
  }

  // The requests in flight on this handle, as node's req wraps are named.
  pendingRequests(out) {
    if (this._connectCallback !== null) out.push(activeRequest('ConnectWrap', `${this.constructor.name}ConnectWrap`));
    for (let i = 0; i < this._writeCallbacks.length; i++) out.push(activeRequest('WriteWrap'));
    if (this._shutdownCallback !== null) out.push(activeRequest('ShutdownWrap'));
  }

  close(callback) {
    if (this._closed) return;
    this._closed = true;
    this._closeCallback = callback || null;
    if (this._open) {
      this._binding.close(this._id);
    } else {
      setImmediate(() => this._finishClose());
    }
  }

  _finishClose() {
    unregisterHandle(this._id);
    // Writes still queued are cancelled, as libuv does when a stream closes.
    const pending = this._writeCallbacks;
    this._writeCallbacks = [];
    for (const cb of pending) cb(UV_ECANCELED);
    const shutdown = this._shutdownCallback;
    this._shutdownCallback = null;
    if (shutdown !== null) shutdown(UV_ECANCELED);
    const cb = this._closeCallback;
    this._closeCallback = null;
    if (cb !== null) cb();
  }
}

class TCP extends StreamWrap {
  constructor() {
    super(internalBinding('tcp_wrap'));
  }

  _kindName() {
    return this._listening ? 'TCPServerWrap' : 'TCPSocketWrap';
  }

  // Fills `out` with { address, family, port } like node's getsockname; returns 0 or a negative errno.
  getsockname(out) {
    return this._name(this._binding.getsockname, out);
  }

  getpeername(out) {
    return this._name(this._binding.getpeername, out);
  }

  _name(fn, out) {
    if (!this._open || this._closed) return UV_EBADF;
    const r = fn(this._id);
    if (typeof r === 'number') return r;
    out.address = r[0];
    out.family = r[1] === 6 ? 'IPv6' : 'IPv4';
    out.port = r[2];
    return 0;
  }

  // Closes with RST instead of FIN; returns 0 or a negative errno (then it only closes).
  reset(callback) {
    const err = this._open && !this._closed ? this._binding.lingerZero(this._id) : 0;
    this.close(callback);
    return err;
  }

  setNoDelay(enable) {
    return this._open ? this._binding.setNoDelay(this._id, enable) : 0;
  }

  setKeepAlive(enable, delaySeconds) {
    return this._open ? this._binding.setKeepAlive(this._id, enable, delaySeconds) : 0;
  }
}

class Pipe extends StreamWrap {
  constructor() {
    super(internalBinding('pipe_wrap'));
  }

  _kindName() {
    return 'PipeWrap';
  }

  // A bound socket file goes away with its server, as libuv removes it on close.
  bind(path, port, family, flags) {
    const err = super.bind(path, port, family, flags);
    if (err === 0) this._boundPath = path;
    return err;
  }

  close(callback) {
    if (this._boundPath !== undefined && !this._closed) {
      try {
        require('fs').unlinkSync(this._boundPath);
      } catch {
        // already gone
      }
    }
    super.close(callback);
  }

  // Wraps an existing fd (a child's stdio, an inherited descriptor).
  open(fd) {
    const err = this._binding.open(this._id, fd);
    if (err === 0) this._opened();
    return err;
  }
}

// The bindings carry their handle classes and constants as node's do (node's tests and some packages reach
// internalBinding('tcp_wrap').TCP and patch its prototype).
const tcpBinding = internalBinding('tcp_wrap');
tcpBinding.TCP = TCP;
tcpBinding.constants = { SOCKET: 0, SERVER: 1, UV_TCP_IPV6ONLY: 1 };
const pipeBinding = internalBinding('pipe_wrap');
pipeBinding.Pipe = Pipe;
pipeBinding.constants = { SOCKET: 0, SERVER: 1, IPC: 2, UV_READABLE: 1, UV_WRITABLE: 2 };

module.exports = { BIND_IPV6_ONLY, BIND_REUSE_PORT, Pipe, TCP };
