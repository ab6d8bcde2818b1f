'use strict';
// stream.Readable.
//
// Data pushed by _read() goes to the BufferList in `_readableState` unless the stream is flowing with an
// empty buffer, in which case it is emitted as 'data' at once. In paused mode the consumer pulls with
// read(); in flowing mode flow() drains the buffer. _read() is called again whenever the buffer drops
// below highWaterMark. 'readable', 'end', resume and "read more" all happen on later ticks.

const EE = require('events');
const { Buffer } = require('buffer');
const {
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
  AbortError,
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { SymbolAsyncDispose } = require('internal/util');
const { Stream, prependListener } = require('internal/streams/legacy');
const BufferList = require('internal/streams/buffer_list');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const eos = require('internal/streams/end-of-stream');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');

const { errorOrDestroy } = destroyImpl;
const kPaused = Symbol('kPaused');

let StringDecoder;
let Duplex;
let from;

function nop() {}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();

  // Duplex streams may set the mode of each side separately.
  this.objectMode = !!(options && (options.objectMode || (isDuplex && options.readableObjectMode)));
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.buffer = new BufferList();
  this.length = 0;
  this.pipes = [];
  // null: nobody consumes yet; true: flowing; false: explicitly paused or a 'readable' listener exists.
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  // True while inside _read(): a push() then must not emit 'readable' synchronously.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;

  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null) this.defaultEncoding = 'utf8';
  else if (Buffer.isEncoding(defaultEncoding)) this.defaultEncoding = defaultEncoding;
  else throw new ERR_UNKNOWN_ENCODING(defaultEncoding);

  // The piped destinations we wait a 'drain' from: one stream, or a Set once there are several pipes.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    StringDecoder ??= require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  pipesCount: {
    __proto__: null,
    get() { return this.pipes.length; },
  },
  paused: {
    __proto__: null,
    get() { return this[kPaused] === true; },
    set(value) { this[kPaused] = !!value; },
  },
});

function lazyDuplex() {
  Duplex ??= require('internal/streams/duplex');
  return Duplex;
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof lazyDuplex();
  // A fixed set of event slots keeps every stream's listener table the same shape.
  this._events ??= {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignalNoValidate(options.signal, this);
  }
  Stream.call(this, options);
  destroyImpl.construct(this, onReadableConstructed);
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function onReadableConstructed() {
  const state = this._readableState;
  if (state.needReadable) maybeReadMore(this, state);
}

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

Readable.prototype.push = function push(chunk, encoding) {
  return addChunkFromUser(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunkFromUser(this, chunk, encoding, true);
};

// Normalizes a pushed/unshifted chunk, then queues it (or emits it at once when flowing).
function addChunkFromUser(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;

  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }

  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          // Unshifted text must match what the decoder already produced.
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk !== undefined) {
      errorOrDestroy(stream,
        new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
    if (!chunk || chunk.length <= 0) {
      if (!addToFront) {
        state.reading = false;
        maybeReadMore(stream, state);
      }
      return canPushMore(state);
    }
  }

  if (addToFront) {
    if (state.endEmitted) {
      errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      addChunk(stream, state, chunk, true);
    }
    return canPushMore(state);
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk);
    if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
    else maybeReadMore(stream, state);
  } else {
    addChunk(stream, state, chunk, false);
  }
  return canPushMore(state);
}

function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    // Nothing is queued ahead of it: hand the chunk straight to the consumer.
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // Whatever is already queued is re-decoded into one string.
  let content = '';
  for (const data of state.buffer) content += decoder.write(data);
  state.buffer.clear();
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
// read(n) past highWaterMark raises it to the next power of two, capped at 1 GiB.
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

// How much read(n) may return now; NaN means "whatever is convenient".
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // Flowing mode hands out one chunk at a time.
    if (state.flowing && state.length) return state.buffer.first().length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const requested = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough data queued only triggers 'readable' (or 'end').
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read() for more when what stays queued after this read would be under highWaterMark.
  let doRead = state.needReadable || state.length === 0 || state.length - n < state.highWaterMark;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() may have made more data available.
    if (!state.reading) n = howMuchToRead(requested, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    // Everything was consumed by this read and no more is coming.
    if (requested !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // Inside _read(): let read() return first, 'readable' comes on the next tick.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNT(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' is wanted once the consumer drained the buffer below highWaterMark.
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// Prefetches up to highWaterMark on a later tick, so a consumer reading synchronously is not starved.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    // _read() did not push synchronously: wait for its push().
    if (before === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function _read(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  let ondrain;
  let cleanedUp = false;

  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() {
    dest.end();
  }
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting on this destination, stop: the others may still be able to take data.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }
  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  function onerror(err) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, err);
      else dest.emit('error', err);
    }
  }
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  function unpipe() {
    src.unpipe(dest);
  }

  dest.on('unpipe', onunpipe);
  src.on('data', ondata);
  // Our error handler must run before user handlers that might throw.
  prependListener(dest, 'error', onerror);
  dest.once('close', onclose);
  dest.once('finish', onfinish);
  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    // Attaching 'data' starts the flow unless the stream was explicitly paused.
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(readZeroNT, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    // resume() was called while 'readable' listeners existed; honour it now.
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function readZeroNT(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners the stream stays in paused mode even when resumed.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Wraps an old-style (streams1) emitter of 'data'/'end' in a proper Readable.
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Expose the wrapped stream's own methods (skipping the first key, as streams always did).
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let wake = nop;
  // As a 'readable' listener it wakes the waiting loop; as a Promise executor it registers the waiter.
  function next(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', next);

  // undefined: still running; null: ended cleanly; an Error: failed.
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

function defineGetters(proto, getters) {
  for (const name of Object.keys(getters)) {
    const desc = getters[name];
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get: desc.get,
      set: desc.set,
    });
  }
}

defineGetters(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// Takes n bytes/characters (or one object) off the buffer; the caller has checked they are there.
function fromList(n, state) {
  if (state.length === 0) return null;
  const buffer = state.buffer;
  if (state.objectMode) return buffer.shift();
  if (!n || n >= state.length) {
    let ret;
    if (state.decoder) ret = buffer.join('');
    else if (buffer.length === 1) ret = buffer.first();
    else ret = buffer.concat(state.length);
    buffer.clear();
    return ret;
  }
  return buffer.consume(n, state.decoder);
}
Readable._fromList = fromList;

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (state.errored || state.closeEmitted || state.endEmitted || state.length !== 0) return;
  state.endEmitted = true;
  stream.emit('end');

  if (stream.writable && stream.allowHalfOpen === false) {
    process.nextTick(endWritableNT, stream);
  } else if (state.autoDestroy) {
    // A duplex is destroyed only once its writable side is done too.
    const w = stream._writableState;
    if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable[destroyImpl.kOnConstructed] = onReadableConstructed;

Readable.from = function(iterable, opts) {
  from ??= require('internal/streams/from');
  return from(Readable, iterable, opts);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;
