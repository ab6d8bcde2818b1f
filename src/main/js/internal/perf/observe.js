'use strict';
// PerformanceObserver and the global entry buffers. Entries reach observers at once but callbacks run from an
// immediate, so everything recorded until then arrives in one list.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { customInspectSymbol, kEmptyObject, lazyDOMException } = require('internal/util');
const { inspectAs, makeEnumerable, defineToStringTag } = require('internal/perf/performance_entry');
const { setImmediate } = require('timers');

const kSupportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net',
  'resource']);

// Node warns once per type when a global buffer grows past this many entries.
const kBufferWarnSize = 1e6;
const markBuffer = [];
const measureBuffer = [];
const warned = { mark: false, measure: false };

const observers = new Set();

const kNone = 0;
const kSingle = 1;
const kMultiple = 2;

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

// Entries of the global buffers filtered by name and/or type, ordered by startTime.
function filterBuffer(name, type) {
  let list;
  if (type === undefined) list = markBuffer.concat(measureBuffer);
  else if (type === 'mark') list = markBuffer.slice();
  else if (type === 'measure') list = measureBuffer.slice();
  else return [];
  if (name !== undefined) list = list.filter((entry) => entry.name === name);
  return list.sort(byStartTime);
}

function bufferUserTiming(entry) {
  const type = entry.entryType;
  const buffer = type === 'mark' ? markBuffer : measureBuffer;
  buffer.push(entry);
  if (buffer.length > kBufferWarnSize && !warned[type]) {
    warned[type] = true;
    const clear = type === 'mark' ? 'performance.clearMarks' : 'performance.clearMeasures';
    process.emitWarning(`Possible perf_hooks memory leak detected. ${buffer.length} ${type} entries added to the ` +
      `global performance entry buffer. Use ${clear} to clear the buffer.`, 'MaxPerformanceEntryBufferExceededWarning');
  }
}

// Drops user-timing entries of `type`, all of them or those called `name`.
function clearEntriesFromBuffer(type, name) {
  const buffer = type === 'mark' ? markBuffer : measureBuffer;
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  let kept = 0;
  for (let i = 0; i < buffer.length; i++) {
    if (buffer[i].name !== name) buffer[kept++] = buffer[i];
  }
  buffer.length = kept;
}

let listToken = false;
// Hands a new entry to every connected observer that wants its type.
let enqueue;

class PerformanceObserverEntryList {
  #entries;

  constructor(entries) {
    if (!listToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.sort(byStartTime);
  }

  getEntries() {
    if (!(#entries in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceObserverEntryList', this);
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (!(#entries in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceObserverEntryList', this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type) {
    if (!(#entries in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceObserverEntryList', this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type === undefined) return this.#entries.filter((entry) => entry.name === name);
    type = `${type}`;
    return this.#entries.filter((entry) => entry.name === name && entry.entryType === type);
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs('PerformanceObserverEntryList', this.#entries, depth, options, inspect);
  }
}
makeEnumerable(PerformanceObserverEntryList.prototype, ['getEntries', 'getEntriesByType', 'getEntriesByName']);
defineToStringTag(PerformanceObserverEntryList.prototype, 'PerformanceObserverEntryList');

function createEntryList(entries) {
  listToken = true;
  try {
    return new PerformanceObserverEntryList(entries);
  } finally {
    listToken = false;
  }
}

class PerformanceObserver {
  #callback;
  #buffer = [];
  #entryTypes = new Set();
  #mode = kNone;
  #pending = false;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  observe(options = kEmptyObject) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    // The first observe() fixes the mode; it lasts until disconnect().
    if (this.#mode === kNone) {
      this.#mode = entryTypes !== undefined ? kMultiple : kSingle;
    } else if (this.#mode === kSingle && entryTypes !== undefined) {
      throw lazyDOMException('PerformanceObserver can not change to multiple observations',
                             'InvalidModificationError');
    } else if (this.#mode === kMultiple && type !== undefined) {
      throw lazyDOMException('PerformanceObserver can not change to single observation', 'InvalidModificationError');
    }

    if (this.#mode === kMultiple) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this.#entryTypes.clear();
      for (const t of entryTypes) {
        if (kSupportedEntryTypes.includes(t)) this.#entryTypes.add(t);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        const entries = filterBuffer(undefined, type);
        for (let i = 0; i < entries.length; i++) this.#buffer.push(entries[i]);
        this.#schedule();
      }
    }

    if (this.#entryTypes.size === 0) this.disconnect();
    else observers.add(this);
  }

  disconnect() {
    observers.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#mode = kNone;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static {
    enqueue = (entry) => {
      for (const observer of observers) observer.#maybeBuffer(entry);
    };
  }

  #maybeBuffer(entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    this.#schedule();
  }

  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    setImmediate(() => this.#dispatch());
  }

  #dispatch() {
    this.#pending = false;
    if (this.#buffer.length === 0) return;
    const list = createEntryList(this.takeRecords());
    Reflect.apply(this.#callback, this, [list, this]);
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    return inspectAs('PerformanceObserver', {
      connected: observers.has(this),
      pending: this.#pending,
      entryTypes: [...this.#entryTypes],
      buffer: this.#buffer,
    }, depth, options, inspect);
  }
}
makeEnumerable(PerformanceObserver.prototype, ['observe', 'disconnect', 'takeRecords']);
defineToStringTag(PerformanceObserver.prototype, 'PerformanceObserver');

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  bufferUserTiming,
  clearEntriesFromBuffer,
  filterBuffer,
};
