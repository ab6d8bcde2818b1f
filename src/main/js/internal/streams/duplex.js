'use strict';
// stream.Duplex: a Readable that also carries a writable state and Writable's methods.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { Stream } = require('internal/streams/legacy');

const { kOnConstructed } = destroyImpl;
const onReadableConstructed = Readable[kOnConstructed];
const onWritableConstructed = Writable[kOnConstructed];

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);
  if (this._construct != null) destroyImpl.construct(this, onDuplexConstructed);
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

function onDuplexConstructed() {
  onReadableConstructed.call(this);
  onWritableConstructed.call(this);
}

// Writable's methods, except those Readable already provides (pipe, destroy, ...).
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}

function copyAccessor(name) {
  Object.defineProperty(Duplex.prototype, name, {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(Writable.prototype, name),
  });
}

for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
  'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  copyAccessor(name);
}

Duplex.prototype.destroy = Writable.prototype.destroy;

Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    // Both sides go together.
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
});

let duplexify;
Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

module.exports = Duplex;
