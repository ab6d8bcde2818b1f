'use strict';
// pipeline(source, ...transforms, destination, callback): connects streams, iterables and async
// generator functions, destroys every stage on the first error, and reports once everything finished.

const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { SymbolDispose } = require('internal/util');
const { validateFunction, validateAbortSignal } = require('internal/validators');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const {
  isIterable,
  isReadable,
  isReadableNodeStream,
  isNodeStream,
  isTransformStream,
  isWebStream,
  isReadableStream,
  isReadableFinished,
} = require('internal/streams/utils');

let PassThrough;
let Readable;
let Duplex;
let AbortController;
let addAbortListener;

function lazyDuplex() {
  Duplex ??= require('internal/streams/duplex');
  return Duplex;
}

// Wraps a stage so it can be destroyed once, unless it already closed or finished cleanly.
function stageDestroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy(err) {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || new ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* fromReadable(val) {
  Readable ??= require('internal/streams/readable');
  yield* Readable.prototype[Symbol.asyncIterator].call(val);
}

// Writes an (async) iterable into a node Writable, honouring backpressure.
async function pumpToNode(iterable, writable, finish, end) {
  let error;
  let onresolve = null;

  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });

  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

// Reads a web ReadableStream into a node Writable.
async function pumpToWeb(readable, writable, finish, end) {
  if (isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    for await (const chunk of readable) {
      await writer.ready;
      writer.write(chunk).catch(() => {});
    }
    await writer.ready;
    if (end) await writer.close();
    finish();
  } catch (err) {
    try {
      await writer.abort(err);
      finish(err);
    } catch (abortErr) {
      finish(abortErr);
    }
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');

  AbortController ??= require('internal/abort_controller').AbortController;
  const ac = new AbortController();
  const signal = ac.signal;
  const outerSignal = opts?.signal;
  // Cleanups that detach from the last stream once the pipeline succeeded (it stays usable).
  const lastStreamCleanup = [];

  validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(new AbortError());
  }

  let disposable;
  if (outerSignal) {
    addAbortListener ??= require('events').addAbortListener;
    disposable = addAbortListener(outerSignal, abort);
  }

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    // A premature close is usually the consequence of another stage's error; prefer the real cause.
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    disposable?.[SymbolDispose]();
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || opts?.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = stageDestroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors are reported through eos; this only keeps them from being unhandled.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => {
          stream.removeListener('error', onError);
        });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (isIterable(stream) || isReadableNodeStream(stream) || isTransformStream(stream)) {
        ret = stream;
      } else {
        ret = lazyDuplex().from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = makeAsyncIterable(isTransformStream(ret) ? ret.readable : ret);
      ret = stream(ret, { signal });

      if (reading) {
        if (!isIterable(ret, true)) throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        // The destination is a function: its result (promise or iterable) feeds a PassThrough.
        PassThrough ??= require('internal/streams/passthrough');
        const pt = new PassThrough({ objectMode: true });
        const then = ret?.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, end);
        } else if (isReadableStream(ret) || isTransformStream(ret)) {
          finishCount++;
          pumpToNode(ret.readable || ret, pt, finish, end);
        } else {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = stageDestroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, end);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isTransformStream(ret) || isReadableStream(ret)) {
        finishCount++;
        pumpToNode(ret.readable || ret, stream, finish, end);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, end);
      } else {
        throw new ERR_INVALID_ARG_TYPE('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (isWebStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount++;
        pumpToWeb(makeAsyncIterable(ret), stream, finish, end);
      } else if (isReadableStream(ret) || isIterable(ret)) {
        finishCount++;
        pumpToWeb(ret, stream, finish, end);
      } else if (isTransformStream(ret)) {
        finishCount++;
        pumpToWeb(ret.readable, stream, finish, end);
      } else {
        throw new ERR_INVALID_ARG_TYPE('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      ret = lazyDuplex().from(stream);
    }
  }

  if (signal?.aborted || outerSignal?.aborted) process.nextTick(abort);
  return ret;
}

// Pipes one node stream into the next; counts as two finish() calls (source side and destination side).
function pipe(src, dst, finish, end) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(new ERR_STREAM_PREMATURE_CLOSE());
  });

  src.pipe(dst, { end: false });

  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    // Nobody will end the destination; the source ending is all we wait for.
    finish();
  }

  eos(src, { readable: true, writable: false }, (err) => {
    const r = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
      // Closed between push(null) and 'end' (e.g. destroyed from a 'data' handler): wait for the outcome.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });

  return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = { pipelineImpl, pipeline };
