'use strict';
// destroy()/_construct() machinery shared by Readable, Writable and Duplex. A stream may have a readable
// state (r), a writable state (w) or both; flags are mirrored on both so either side sees the outcome.

const {
  AbortError,
  aggregateTwoErrors,
  codes: { ERR_MULTIPLE_CALLBACK },
} = require('internal/errors');
const {
  kIsDestroyed,
  isDestroyed,
  isFinished,
  isServerRequest,
} = require('internal/streams/utils');

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');
// Each stream class keeps its post-construction hook under this key, for Duplex to combine them.
const kOnConstructed = Symbol('kOnConstructed');

// Records the first error on each side; touching `stack` captures it before the stream unwinds further.
function recordError(err, w, r) {
  if (!err) return;
  err.stack; // eslint-disable-line no-unused-expressions
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  // A stream still constructing finishes that first; the constructor's error, if any, joins ours.
  if (!(w || r).constructed) {
    this.once(kDestroy, function onConstructed(constructErr) {
      runDestroy(this, aggregateTwoErrors(constructErr, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(stream, err, cb) {
  let called = false;
  const onDestroy = (destroyErr) => {
    if (called) return;
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    recordError(destroyErr, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(destroyErr);
    if (destroyErr) process.nextTick(emitErrorCloseNT, stream, destroyErr);
    else process.nextTick(emitCloseNT, stream);
  };
  try {
    stream._destroy(err || null, onDestroy);
  } catch (thrown) {
    onDestroy(thrown);
  }
}

function emitErrorCloseNT(stream, err) {
  emitErrorNT(stream, err);
  emitCloseNT(stream);
}

function emitCloseNT(stream) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
}

// 'error' is emitted at most once per stream.
function emitErrorNT(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// Reports an error from inside the stream machinery: destroys when autoDestroy is on, else just errors.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs stream._construct() on the next tick; `cb` runs once construction succeeded.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  // Duplex calls this for both of its sides; only the first schedules the work.
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if ((w || r).destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => {
      process.nextTick(onConstruct, err);
    });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function isRequest(stream) {
  return stream && stream.setHeader && typeof stream.abort === 'function';
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

// Destroys any kind of stream (ours, http requests, legacy emitters); unfinished ones get an AbortError.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorCloseLegacy, stream, err);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroyer,
  destroy,
  undestroy,
  errorOrDestroy,
  kOnConstructed,
};
