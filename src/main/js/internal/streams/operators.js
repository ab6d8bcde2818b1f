'use strict';
// Iterator-helper style methods of Readable (map, filter, reduce, ...). The stream-returning ones are
// async generators over `this`; stream.js wraps their result with Readable.from().

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');
const { deprecate } = require('internal/util');
const { finished } = require('internal/streams/end-of-stream');
const { isWritable, isNodeStream } = require('internal/streams/utils');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');

let AbortController;
let staticCompose;

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function newAbortController() {
  AbortController ??= require('internal/abort_controller').AbortController;
  return new AbortController();
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function validateFn(fn, name = 'fn') {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

// Mirrors the outer signal (if any) into a controller whose signal is handed to user callbacks.
function linkSignal(outer) {
  const ac = newAbortController();
  let unlink = null;
  if (outer) {
    if (outer.aborted) {
      ac.abort(outer.reason);
    } else {
      const abort = () => ac.abort(outer.reason);
      outer.addEventListener('abort', abort, { once: true });
      unlink = () => outer.removeEventListener('abort', abort);
    }
  }
  return { ac, unlink };
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  staticCompose ??= require('internal/streams/compose');
  const composedStream = staticCompose(this, stream);
  if (options?.signal) addAbortSignalNoValidate(options.signal, composedStream);
  return composedStream;
}

// Runs fn over the stream with up to `concurrency` calls in flight and yields results in order.
// `highWaterMark` bounds how many finished results may wait for the consumer.
function map(fn, options) {
  validateFn(fn);
  validateOptions(options);

  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return async function* map() {
    const { ac, unlink } = linkSignal(options?.signal);
    const signal = ac.signal;
    const stream = this;
    const queue = [];
    const signalOpt = { signal };

    let next = null;
    let resume = null;
    let done = false;
    let inFlight = 0;

    function wakeConsumer() {
      if (next) {
        next();
        next = null;
      }
    }
    function maybeResume() {
      if (resume && !done && inFlight < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }
    function afterItemProcessed() {
      inFlight -= 1;
      maybeResume();
    }
    function onCatch() {
      done = true;
      afterItemProcessed();
    }
    function enqueue(promise) {
      inFlight += 1;
      promise.then(afterItemProcessed, onCatch);
      queue.push(promise);
    }

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          enqueue(val);
          wakeConsumer();
          if (!done && (queue.length >= highWaterMark || inFlight >= concurrency)) {
            await new Promise((resolve) => {
              resume = resolve;
            });
          }
        }
        queue.push(kEof);
      } catch (err) {
        enqueue(Promise.reject(err));
      } finally {
        done = true;
        wakeConsumer();
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => {
          next = resolve;
        });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
      if (unlink) unlink();
    }
  }.call(this);
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await finished(this.destroy(err));
    throw err;
  }
  const { ac, unlink } = linkSignal(options?.signal);
  const signal = ac.signal;
  let gotAnyItem = false;
  try {
    for await (const value of this) {
      gotAnyItem = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItem && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
    if (unlink) unlink();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

// Like the spec's ToIntegerOrInfinity, minus the truncation: counts may be fractional.
function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  }.call(this);
}

module.exports.streamReturningOperators = {
  asIndexedPairs: deprecate(asIndexedPairs, 'readable.asIndexedPairs will be removed in a future version.'),
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
