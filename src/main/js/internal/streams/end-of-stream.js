'use strict';
// finished(stream[, options], callback): calls back once a stream is done (ended/finished/closed) or failed.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { kEmptyObject, SymbolDispose } = require('internal/util');
const { validateAbortSignal, validateBoolean, validateFunction, validateObject } = require('internal/validators');
const {
  isClosed,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isReadableFinished,
  isReadableErrored,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
  isWritableFinished,
  isWritableErrored,
  isNodeStream,
  willEmitClose: streamWillEmitClose,
  kIsClosedPromise,
} = require('internal/streams/utils');

let addAbortListener;
function lazyAddAbortListener() {
  addAbortListener ??= require('events').addAbortListener;
  return addAbortListener;
}

function nop() {}

function isRequest(stream) {
  return stream.setHeader && typeof stream.abort === 'function';
}

function callOnce(stream, callback) {
  let called = false;
  return (err) => {
    if (called) return;
    called = true;
    if (err === undefined) callback.call(stream);
    else callback.call(stream, err);
  };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  if (isReadableStream(stream) || isWritableStream(stream)) return eosWeb(stream, options, callback);
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  let done = callOnce(stream, callback);
  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // When the stream will emit 'close' itself, wait for it instead of trusting 'end'/'finish'.
  let willEmitClose = streamWillEmitClose(stream) &&
    isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;
  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);
  let closed = isClosed(stream);

  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) done();
  };
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) done();
  };
  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  const onerror = (err) => {
    done(err);
  };
  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return done(errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true) && !isReadableFinished(stream, false)) {
      return done(new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished && !isWritableFinished(stream, false)) {
      return done(new ERR_STREAM_PREMATURE_CLOSE());
    }
    done();
  };
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return done(errored);
    done();
  };
  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  // http.IncomingMessage signals an aborted request this way.
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  // Already settled streams report on the next tick.
  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    done = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const last = done;
      cleanup();
      last(new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      done = wrapDone(done, lazyAddAbortListener()(signal, abort));
    }
  }
  return cleanup;
}

function wrapDone(inner, disposable) {
  let called = false;
  return (err) => {
    if (called) return;
    called = true;
    disposable[SymbolDispose]();
    inner(err);
  };
}

function eosWeb(stream, options, callback) {
  let aborted = false;
  let done = callOnce(stream, callback);
  if (options.signal) {
    const signal = options.signal;
    const abort = () => {
      aborted = true;
      done(new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      const disposable = lazyAddAbortListener()(signal, abort);
      done = wrapDone(done, disposable);
    }
  }
  const settle = (err) => {
    if (!aborted) process.nextTick(done, err);
  };
  stream[kIsClosedPromise].promise.then(() => settle(), settle);
  return nop;
}

function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = kEmptyObject;
  if (opts?.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;
module.exports = eos;
