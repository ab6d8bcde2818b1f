'use strict';
// performance.timerify(): wraps a function so every call (or construction) becomes a 'function' entry for
// observers and, when asked, a nanosecond sample in a histogram. Promises are timed until they settle.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { PerformanceNodeEntry, kConstruct } = require('internal/perf/performance_entry');
const { enqueue } = require('internal/perf/observe');
const { isRecordable } = require('internal/perf/histogram');
const { now } = require('internal/perf/utils');

function complete(name, start, args, histogram) {
  const duration = now() - start;
  if (histogram !== undefined) histogram.record(Math.max(Math.ceil(duration * 1e6), 1));
  enqueue(new PerformanceNodeEntry(kConstruct, name, 'function', start, duration, args));
}

function timerify(fn, options = kEmptyObject) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !isRecordable(histogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function timerified(...args) {
    const start = now();
    const result = new.target === undefined ? Reflect.apply(fn, this, args) : Reflect.construct(fn, args, fn);
    if (new.target === undefined && typeof result?.finally === 'function') {
      return result.finally(() => complete(fn.name, start, args, histogram));
    }
    complete(fn.name, start, args, histogram);
    return result;
  }

  Object.defineProperties(timerified, {
    length: { value: fn.length, writable: false, enumerable: true, configurable: false },
    name: { value: `timerified ${fn.name}`, writable: false, enumerable: true, configurable: false },
  });
  return timerified;
}

module.exports = { timerify };
