'use strict';
// A pipe or tty fd (a child's stdio, our own stdin) as a Duplex over internalBinding('pipe_wrap'): reads flow
// while the stream wants data, writes complete at once when the fd takes them and otherwise when the binding
// reports them flushed.

const { Duplex } = require('stream');
const { FastBuffer } = require('internal/buffer');
const { ErrnoException } = require('internal/errors');
const { registerHandle, unregisterHandle } = require('internal/handle_events');

const binding = internalBinding('pipe_wrap');
const EVENT_READ = 1;
const EVENT_WRITE = 2;
const EVENT_SHUTDOWN = 3;
const EVENT_CLOSE = 4;
const UV_EOF = -4095;

class PipeSocket extends Duplex {
  constructor(fd, { readable, writable }) {
    super({ readable, writable, allowHalfOpen: false });
    this._handleId = registerHandle(this);
    this._reading = false;
    this._pendingWrites = [];
    this._onShutdown = null;
    this._onClose = null;
    this._closed = fd < 0;
    if (fd < 0) {
      // The stream of a child that failed to start: it exists and closes at the end of this loop turn, when
      // node's never-used pipe handle would.
      unregisterHandle(this._handleId);
      setImmediate(() => this.destroy());
      return;
    }
    const err = binding.open(this._handleId, fd);
    if (err < 0) this.destroy(new ErrnoException(err, 'open'));
  }

  onHandleEvent(event, a, b, c) {
    switch (event) {
      case EVENT_READ:
        if (typeof a === 'number') {
          this._reading = false;
          if (a === UV_EOF) this.push(null);
          else this.destroy(new ErrnoException(a, 'read'));
        } else if (!this.push(new FastBuffer(a, b, c))) {
          this._reading = false;
          binding.readStop(this._handleId);
        }
        break;
      case EVENT_WRITE: {
        const cb = this._pendingWrites.shift();
        if (cb !== undefined) cb(a < 0 ? new ErrnoException(a, 'write') : null);
        break;
      }
      case EVENT_SHUTDOWN: {
        const cb = this._onShutdown;
        this._onShutdown = null;
        if (cb !== null) cb();
        break;
      }
      case EVENT_CLOSE: {
        unregisterHandle(this._handleId);
        const cb = this._onClose;
        this._onClose = null;
        if (cb !== null) cb();
        break;
      }
    }
  }

  // Delivers what the pipe holds now: a child's output written before it exited comes before its 'exit'.
  readPending() {
    if (this._reading && !this._closed) binding.readPending(this._handleId);
  }

  _read() {
    if (this._reading || this._closed) return;
    this._reading = true;
    binding.readStart(this._handleId);
  }

  _write(chunk, encoding, cb) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    const written = binding.write(this._handleId, buf.buffer, buf.byteOffset, buf.byteLength);
    if (written < 0) cb(new ErrnoException(written, 'write'));
    else if (written === buf.byteLength) cb();
    else this._pendingWrites.push(cb);
  }

  _final(cb) {
    this._onShutdown = cb;
    binding.shutdown(this._handleId);
  }

  _destroy(err, cb) {
    if (this._closed) {
      cb(err);
      return;
    }
    this._closed = true;
    const pending = this._pendingWrites;
    this._pendingWrites = [];
    this._onClose = () => {
      for (const writeCb of pending) writeCb(err || new ErrnoException(-125, 'write'));
      cb(err);
    };
    binding.close(this._handleId);
  }

  ref() {
    if (!this._closed) binding.ref(this._handleId);
    return this;
  }

  unref() {
    if (!this._closed) binding.unref(this._handleId);
    return this;
  }
}

module.exports = { PipeSocket };
