'use strict';
// Duplex.from(body): turns streams, iterables, async generator functions, promises, Blobs and
// { readable, writable } pairs into a Duplex.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const { createDeferredPromise } = require('internal/util');
const {
  isReadable,
  isWritable,
  isIterable,
  isNodeStream,
  isReadableNodeStream,
  isWritableNodeStream,
  isDuplexNodeStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const from = require('internal/streams/from');

let isBlob;
let AbortController;

// Named like node's so inspected results read the same; Duplex itself handles readable/writable: false.
class Duplexify extends Duplex {}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);

    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }

    const then = value?.then;
    if (typeof then === 'function') {
      // An async function consuming the written chunks: a writable-only Duplex finishing with it.
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }

    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  isBlob ??= require('internal/blob').isBlob;
  if (isBlob(body)) return duplexify(body.arrayBuffer());

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) :
      undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) :
      undefined;
    return fromPair({ readable, writable });
  }

  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(
    name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
     '{ readable, writable } pair', 'Promise'],
    body);
}

// Calls fn with an async iterable of the chunks written to the Duplex; write/final feed it.
function fromAsyncGen(fn) {
  let { promise, resolve } = createDeferredPromise();
  AbortController ??= require('internal/abort_controller').AbortController;
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function*() {
    while (true) {
      const pending = promise;
      promise = null;
      const { chunk, done, cb } = await pending;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = createDeferredPromise());
      yield chunk;
    }
  }(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// A Duplex writing into `pair.writable` and reading from `pair.readable`.
function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => {
      d.push(null);
    });
    d._read = function() {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;
