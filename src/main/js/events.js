'use strict';
// EventEmitter and the helpers of the `events` module.
//
// `_events[type]` holds one listener function, or an array of two or more. Arrays are never changed in
// place: adding or removing a listener stores a new array, so emit() walks the array it read without
// copying it, and listeners added or removed during an emit do not affect that emit.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNHANDLED_ERROR },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const { kEmptyObject, SymbolDispose } = require('internal/util');

const kCapture = Symbol('kCapture');
// Set when the emitter came with its own pre-shaped `_events`: removals then keep the keys.
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');

let defaultMaxListeners = 10;

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let eventTarget;
function lazyEventTarget() {
  eventTarget ??= require('internal/event_target');
  return eventTarget;
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function getMaxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// Listener results that are promises report their rejection as an 'error' event (captureRejections).
function addCatch(emitter, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // With capture off, an 'error' listener's own rejection stays unhandled instead of looping.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

function throwUnhandledError(er) {
  if (er instanceof Error) throw er;
  let stringified;
  try {
    stringified = inspect(er);
  } catch {
    stringified = er;
  }
  const err = new ERR_UNHANDLED_ERROR(stringified);
  err.context = er;
  throw err;
}

// Rest parameters plus Reflect.apply: V8 optimizes this pair well for any argument count.
EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  const handler = events === undefined ? undefined : events[type];
  if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) {
    this.emit(kErrorMonitor, ...args);
  }
  if (handler === undefined) {
    if (type === 'error') throwUnhandledError(args[0]);
    return false;
  }
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null && this[kCapture] === true) addCatch(this, result, type, args);
    return true;
  }
  const len = handler.length;
  for (let i = 0; i < len; i++) {
    const result = Reflect.apply(handler[i], this, args);
    if (result !== undefined && result !== null && this[kCapture] === true) addCatch(this, result, type, args);
  }
  return true;
};

// Keeps the warned mark of an array across copies so the leak warning is printed once per array lineage.
function copyList(list) {
  const copy = list.slice();
  if (list.warned === true) copy.warned = true;
  return copy;
}

function warnMaxListeners(target, type, list, max) {
  list.warned = true;
  const warning = new Error('Possible EventEmitter memory leak detected. ' +
    `${list.length} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = list.length;
  process.emitWarning(warning);
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      // A 'newListener' listener may have reset _events.
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  let list;
  if (typeof existing === 'function') {
    list = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = copyList(existing);
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }
  events[type] = list;
  const max = getMaxListenersOf(target);
  if (max > 0 && list.length > max && list.warned !== true) warnMaxListeners(target, type, list, max);
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
    }
    if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener || listener);
    return this;
  }
  if (typeof list === 'function') return this;

  // The most recently added match goes first.
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  if (list.length === 2) {
    events[type] = list[1 - position];
  } else {
    const copy = copyList(list);
    copy.splice(position, 1);
    events[type] = copy;
  }
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners nothing has to be told: drop the entries directly.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  if (!unwrap) return list.slice();
  const unwrapped = new Array(list.length);
  for (let i = 0; i < list.length; i++) unwrapped[i] = list[i].listener || list[i];
  return unwrapped;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (list === undefined) return 0;
  if (typeof list === 'function') {
    if (listener == null) return 1;
    return list === listener || list.listener === listener ? 1 : 0;
  }
  if (listener == null) return list.length;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === listener || list[i].listener === listener) count++;
  }
  return count;
}

EventEmitter.prototype.listenerCount = listenerCount;

// Pre-shaped `_events` objects (streams) keep keys whose slot is empty: those are not event names.
EventEmitter.prototype.eventNames = function eventNames() {
  if (this._eventsCount === 0) return [];
  const events = this._events;
  return Reflect.ownKeys(events).filter((key) => events[key] !== undefined);
};

// Static helpers.

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, {
      __proto__: null, once: true, [lazyEventTarget().kResistStopPropagation]: true,
    });
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

function addListenerAnywhere(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, once ? { __proto__: null, once: true } : undefined);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAnywhere(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener);
}

function listenForAbort(signal, listener) {
  signal.addEventListener('abort', listener, {
    __proto__: null, once: true, [lazyEventTarget().kResistStopPropagation]: true,
  });
}

async function once(emitter, name, options = kEmptyObject) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      removeListenerAnywhere(emitter, name, resolver);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    function abortListener() {
      removeListenerAnywhere(emitter, name, resolver);
      removeListenerAnywhere(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    addListenerAnywhere(emitter, name, resolver, true);
    // Only emitters have 'error' semantics; an EventTarget's 'error' is an event like any other.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    if (signal !== undefined) listenForAbort(signal, abortListener);
  });
}

// FIFO with O(1) shift; compacts once the consumed head dominates.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function on(emitter, event, options = kEmptyObject) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const highWaterMark = options?.highWaterMark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options?.lowWaterMark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);
  const closeEvents = options?.close;

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;

  function eventHandler(...args) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve({ value: args, done: false });
      return;
    }
    unconsumedEvents.push(args);
    if (!paused && unconsumedEvents.length > highWaterMark && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  // Stops listening; events already buffered are still handed out by next().
  function closeHandler() {
    removeListenerAnywhere(emitter, event, eventHandler);
    removeListenerAnywhere(emitter, 'error', errorHandler);
    if (closeEvents !== undefined) {
      for (const name of closeEvents) removeListenerAnywhere(emitter, name, closeHandler);
    }
    if (signal !== undefined) signal.removeEventListener('abort', abortListener);
    finished = true;
    const done = { value: undefined, done: true };
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }

  addListenerAnywhere(emitter, event, eventHandler, false);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  if (closeEvents !== undefined) {
    for (const name of closeEvents) addListenerAnywhere(emitter, name, closeHandler, false);
  }
  if (signal !== undefined) listenForAbort(signal, abortListener);

  return Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWaterMark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error !== null) {
        const rejected = Promise.reject(error);
        error = null;
        return rejected;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
  }, AsyncIteratorPrototype);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  const { isEventTarget, kEvents } = lazyEventTarget();
  if (isEventTarget(emitterOrTarget)) {
    const listeners = [];
    for (let record = emitterOrTarget[kEvents].get(type)?.next; record !== undefined; record = record.next) {
      const listener = record.listener;
      if (listener !== undefined) listeners.push(listener);
    }
    return listeners;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return emitterOrTarget.getMaxListeners();
  if (lazyEventTarget().isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

let EventEmitterAsyncResource;
function lazyEventEmitterAsyncResource() {
  EventEmitterAsyncResource ??= createEventEmitterAsyncResource();
  return EventEmitterAsyncResource;
}

function createEventEmitterAsyncResource() {
  const { AsyncResource } = require('async_hooks');
  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) {
      super(type, options);
      this[kEventEmitter] = emitter;
    }

    get eventEmitter() {
      if (this[kEventEmitter] === undefined) throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      return this[kEventEmitter];
    }
  }

  function checkThis(self) {
    if (self?.[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
  }

  // Runs every emit inside the async context the emitter was created in.
  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      checkThis(this);
      const resource = this[kAsyncResource];
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      checkThis(this);
      this[kAsyncResource].emitDestroy();
    }

    get asyncId() {
      checkThis(this);
      return this[kAsyncResource].asyncId();
    }

    get triggerAsyncId() {
      checkThis(this);
      return this[kAsyncResource].triggerAsyncId();
    }

    get asyncResource() {
      checkThis(this);
      return this[kAsyncResource];
    }
  };
}

function staticSetMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else if (lazyEventTarget().isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}
Object.defineProperty(staticSetMaxListeners, 'name', { __proto__: null, value: 'setMaxListeners' });

function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
}
Object.defineProperty(staticListenerCount, 'name', { __proto__: null, value: 'listenerCount' });

const writable = { __proto__: null, writable: true, enumerable: true, configurable: true };
Object.defineProperties(EventEmitter, {
  __proto__: null,
  addAbortListener: { ...writable, value: addAbortListener },
  once: { ...writable, value: once },
  on: { ...writable, value: on },
  getEventListeners: { ...writable, value: getEventListeners },
  getMaxListeners: { ...writable, value: getMaxListeners },
  EventEmitter: { ...writable, value: EventEmitter },
  usingDomains: { ...writable, value: false },
  captureRejectionSymbol: { ...writable, value: kRejection },
  captureRejections: {
    __proto__: null,
    enumerable: true,
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
  },
  EventEmitterAsyncResource: {
    __proto__: null, enumerable: true, configurable: true, get: lazyEventEmitterAsyncResource,
  },
  errorMonitor: { ...writable, value: kErrorMonitor },
  defaultMaxListeners: {
    __proto__: null,
    enumerable: true,
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMaxListeners = value;
    },
  },
  kMaxEventTargetListeners: { __proto__: null, value: kMaxEventTargetListeners },
  kMaxEventTargetListenersWarned: { __proto__: null, value: kMaxEventTargetListenersWarned },
  setMaxListeners: { ...writable, value: staticSetMaxListeners },
  init: { ...writable, value: init },
  listenerCount: { ...writable, value: staticListenerCount },
});

module.exports = EventEmitter;
