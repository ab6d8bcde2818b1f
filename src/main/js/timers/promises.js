'use strict';
// Promise-based timers on top of the global timer functions, with AbortSignal support.

const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject, validateNumber } = require('internal/validators');
const { kEmptyObject } = require('internal/util');

let kResistStopPropagation;
function abortListenerOptions() {
  kResistStopPropagation ??= require('internal/event_target').kResistStopPropagation;
  return { __proto__: null, once: true, [kResistStopPropagation]: true };
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// Returns the options' signal and ref flag, or throws node's argument errors.
function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function settleWithSignal(signal, start, cancel) {
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start((value) => {
      if (signal !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (signal !== undefined) {
      onAbort = () => {
        cancel(handle);
        reject(abortErrorFor(signal));
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions());
    }
  });
}

// Plain functions (not async) like node's; argument errors come back as rejected promises.
function setTimeout(delay, value, options = kEmptyObject) {
  let signal;
  let ref;
  try {
    if (delay !== undefined) validateNumber(delay, 'delay');
    ({ signal, ref } = readOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal));
  return settleWithSignal(signal, (done) => {
    const timeout = globalThis.setTimeout(done, delay, value);
    if (!ref) timeout.unref();
    return timeout;
  }, globalThis.clearTimeout);
}

function setImmediate(value, options = kEmptyObject) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal));
  return settleWithSignal(signal, (done) => {
    const immediate = globalThis.setImmediate(done, value);
    if (!ref) immediate.unref();
    return immediate;
  }, globalThis.clearImmediate);
}

// Yields `value` once per elapsed interval; ticks that happen while the consumer is busy are queued.
async function* setInterval(delay, value, options = kEmptyObject) {
  validateObject(options, 'options');
  if (delay !== undefined) validateNumber(delay, 'delay');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  if (signal?.aborted) throw abortErrorFor(signal);

  let onAbort;
  let interval;
  try {
    let pendingTicks = 0;
    let wake;
    interval = globalThis.setInterval(() => {
      pendingTicks++;
      if (wake !== undefined) {
        wake();
        wake = undefined;
      }
    }, delay);
    if (!ref) interval.unref();
    if (signal !== undefined) {
      onAbort = () => {
        globalThis.clearInterval(interval);
        if (wake !== undefined) {
          wake();
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions());
    }
    while (!signal?.aborted) {
      if (pendingTicks === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      for (; pendingTicks > 0; pendingTicks--) yield value;
    }
    throw abortErrorFor(signal);
  } finally {
    globalThis.clearInterval(interval);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

// The scheduler object of the Scheduling APIs draft; user code cannot construct one.
class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype, {
  [kScheduler]: { __proto__: null, value: true, writable: true, enumerable: true, configurable: true },
});

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
