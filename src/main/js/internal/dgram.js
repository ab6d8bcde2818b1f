'use strict';
// The JS side of udp_wrap (node's UDP handle): a handle id registered with internal/handle_events, the socket made
// at bind once its family is known, received datagrams as Buffers over the binding's slab (no copy), and send
// completions in order. Results are 0 or a negative errno, as node's UDPWrap returns them.

const { FastBuffer } = require('internal/buffer');
const { registerHandle, unregisterHandle } = require('internal/handle_events');

const binding = internalBinding('udp_wrap');
const EVENT_MESSAGE = 1;
const EVENT_SEND = 2;
const EVENT_CLOSE = 4;
const UV_EAGAIN = -11;
const UV_EBADF = -9;
const UV_EINVAL = -22;
const UV_ECANCELED = -125;
// node's test switch: queue every datagram instead of trying to send it at once.
const trySend = !process.execArgv.includes('--test-udp-no-try-send');

class UDP {
  constructor(family) {
    this._family = family;
    this._id = registerHandle(this);
    this._closed = false;
    this._sendCallbacks = [];
    this._closeCallback = null;
    // onmessage(errno) on a receive error, onmessage(0, buffer, address, family, port) for a datagram.
    this.onmessage = null;
    binding.create(this._id, trySend);
  }

  get fd() {
    return this._closed ? -1 : binding.fd(this._id);
  }

  onHandleEvent(event, a, b, c, d, e) {
    switch (event) {
      case EVENT_MESSAGE:
        if (this.onmessage === null) break;
        if (typeof a === 'number') this.onmessage(a);
        else this.onmessage(0, new FastBuffer(a, b, c), e, e.includes(':') ? 'IPv6' : 'IPv4', d);
        break;
      case EVENT_SEND: {
        const cb = this._sendCallbacks.shift();
        if (cb !== undefined) cb(a < 0 ? a : 0, a);
        break;
      }
      case EVENT_CLOSE:
        this._finishClose();
        break;
    }
  }

  bind(address, port, flags) {
    if (this._closed) return UV_EBADF;
    return binding.bind(this._id, this._family, address, port, flags);
  }

  connect(address, port) {
    return this._closed ? UV_EBADF : binding.connect(this._id, address, port);
  }

  disconnect() {
    return this._closed ? UV_EBADF : binding.disconnect(this._id);
  }

  // Sends `buffers` as one datagram to address:port (address null: the connected peer). Returns the bytes sent
  // at once, a negative errno, or UV_EAGAIN when queued: then done(status, bytes) runs once it went out.
  send(buffers, address, port, done) {
    if (this._closed) return UV_EBADF;
    const list = [];
    for (const b of buffers) list.push(b.buffer, b.byteOffset, b.byteLength);
    const r = binding.send(this._id, list, address, port);
    if (r === UV_EAGAIN) this._sendCallbacks.push(done);
    return r;
  }

  recvStart() {
    return this._closed ? UV_EBADF : binding.recvStart(this._id);
  }

  recvStop() {
    return this._closed ? 0 : binding.recvStop(this._id);
  }

  getsockname(out) {
    return this._name(binding.getsockname, out);
  }

  getpeername(out) {
    return this._name(binding.getpeername, out);
  }

  _name(fn, out) {
    if (this._closed) return UV_EBADF;
    const r = fn(this._id);
    if (typeof r === 'number') return r;
    out.address = r[0];
    out.family = r[1] === 6 ? 'IPv6' : 'IPv4';
    out.port = r[2];
    return 0;
  }

  setBroadcast(on) {
    return this._option(binding.SOL_SOCKET, binding.SO_BROADCAST, on ? 1 : 0);
  }

  // libuv's ranges: unicast TTL 1..255, multicast TTL 0..255.
  setTTL(ttl) {
    if (ttl < 1 || ttl > 255) return UV_EINVAL;
    return this._family === 6 ? this._option(binding.IPPROTO_IPV6, binding.IPV6_UNICAST_HOPS, ttl)
      : this._option(binding.IPPROTO_IP, binding.IP_TTL, ttl);
  }

  setMulticastTTL(ttl) {
    if (ttl < 0 || ttl > 255) return UV_EINVAL;
    return this._family === 6 ? this._option(binding.IPPROTO_IPV6, binding.IPV6_MULTICAST_HOPS, ttl)
      : this._option(binding.IPPROTO_IP, binding.IP_MULTICAST_TTL, ttl);
  }

  setMulticastLoopback(on) {
    return this._family === 6 ? this._option(binding.IPPROTO_IPV6, binding.IPV6_MULTICAST_LOOP, on ? 1 : 0)
      : this._option(binding.IPPROTO_IP, binding.IP_MULTICAST_LOOP, on ? 1 : 0);
  }

  setMulticastInterface(address) {
    return this._closed ? UV_EBADF : binding.setMulticastInterface(this._id, this._family === 6, address);
  }

  membership(group, iface, source, join) {
    if (this._closed) return UV_EBADF;
    // As libuv, joining a group binds an unbound socket to the wildcard address first.
    if (binding.fd(this._id) < 0) {
      const err = this.bind(this._family === 6 ? '::' : '0.0.0.0', 0, 0);
      if (err !== 0) return err;
    }
    return binding.membership(this._id, group, iface ?? null, source ?? null, join);
  }

  // The kernel's buffer size (`size` 0) or sets it; a negative errno on failure.
  bufferSize(size, receive) {
    const name = receive ? binding.SO_RCVBUF : binding.SO_SNDBUF;
    if (size === 0) return this._closed ? UV_EBADF : binding.getOption(this._id, binding.SOL_SOCKET, name);
    return this._option(binding.SOL_SOCKET, name, size);
  }

  _option(level, name, value) {
    return this._closed ? UV_EBADF : binding.setOption(this._id, level, name, value);
  }

  getSendQueueSize() {
    return this._closed ? 0 : binding.sendQueueSize(this._id);
  }

  getSendQueueCount() {
    return this._closed ? 0 : binding.sendQueueCount(this._id);
  }

  ref() {
    if (!this._closed) binding.ref(this._id);
  }

  unref() {
    if (!this._closed) binding.unref(this._id);
  }

  hasRef() {
    return !this._closed && binding.hasRef(this._id);
  }

  close(callback) {
    if (this._closed) return;
    this._closed = true;
    this._closeCallback = callback || null;
    binding.close(this._id);
  }

  _finishClose() {
    unregisterHandle(this._id);
    // Datagrams still queued are cancelled, as libuv does when a handle closes.
    const pending = this._sendCallbacks;
    this._sendCallbacks = [];
    for (const cb of pending) cb(UV_ECANCELED);
    const cb = this._closeCallback;
    this._closeCallback = null;
    if (cb !== null) cb();
  }
}

// Where a dgram.Socket keeps its state (handle, bind and connect state, queue, options), as node names it.
const kStateSymbol = Symbol('state symbol');

module.exports = {
  UDP, BIND_REUSE_ADDR: binding.BIND_REUSE_ADDR, BIND_IPV6_ONLY: binding.BIND_IPV6_ONLY, kStateSymbol,
};
