'use strict';
// Event, CustomEvent, EventTarget and NodeEventTarget with node's semantics: listeners live in a linked list
// per type so that listeners added during a dispatch run in it and removed ones are skipped; listener errors
// surface as uncaught exceptions on the next tick rather than interrupting the dispatch.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateAbortSignal, validateNumber, validateObject, validateString } = require('internal/validators');
const { kEmptyObject, customInspectSymbol } = require('internal/util');
const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kTrustEvent = Symbol('kTrustEvent');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let perfNow;
function now() {
  perfNow ??= require('internal/perf/utils').now;
  return perfNow();
}

function nestedInspectOptions(options) {
  return { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
}

// Access to Event's private state for the dispatch loop, set up inside the class body.
let isEvent;
let immediateStopped;

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #propagationStopped = false;
  #immediateStopped = false;
  #trusted = false;
  #timestamp;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null) validateObject(options, 'options');
    this[kType] = `${type}`;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    if (options !== null) {
      this.#cancelable = !!options.cancelable;
      this.#bubbles = !!options.bubbles;
      this.#composed = !!options.composed;
      this.#trusted = options[kTrustEvent] === true;
    }
    this.#timestamp = now();
  }

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #timestamp in value;
    immediateStopped = (event) => event.#immediateStopped;
  }

  [customInspectSymbol](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const shown = {
      type: this[kType],
      defaultPrevented: this.defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    };
    return `${name} ${inspect(shown, nestedInspectOptions(options))}`;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  // Like node, `passive` listeners are only a hint: preventDefault() still works in them.
  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this.#cancelable) this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }

  // Readable on any receiver: WebIDL makes isTrusted an unforgeable attribute.
  get isTrusted() {
    return isEvent(this) && this.#trusted;
  }
}

const enumerable = { __proto__: null, enumerable: true };
Object.defineProperties(Event.prototype, {
  __proto__: null,
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event' },
  initEvent: enumerable,
  stopImmediatePropagation: enumerable,
  preventDefault: enumerable,
  target: enumerable,
  currentTarget: enumerable,
  srcElement: enumerable,
  type: enumerable,
  cancelable: enumerable,
  defaultPrevented: enumerable,
  timeStamp: enumerable,
  composedPath: enumerable,
  returnValue: enumerable,
  bubbles: enumerable,
  composed: enumerable,
  eventPhase: enumerable,
  cancelBubble: enumerable,
  stopPropagation: enumerable,
  isTrusted: { __proto__: null, enumerable: true, configurable: false },
});

const phaseConstant = { __proto__: null, writable: false, enumerable: true, configurable: false };
Object.defineProperties(Event, {
  __proto__: null,
  NONE: { ...phaseConstant, value: 0 },
  CAPTURING_PHASE: { ...phaseConstant, value: 1 },
  AT_TARGET: { ...phaseConstant, value: 2 },
  BUBBLING_PHASE: { ...phaseConstant, value: 3 },
});

let isCustomEvent;

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  static {
    isCustomEvent = (value) => value !== null && typeof value === 'object' && #detail in value;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

Object.defineProperties(CustomEvent.prototype, {
  __proto__: null,
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent' },
  detail: enumerable,
});

// Weak listeners (kWeakHandler) stay alive as long as the object given with them (their owner); when a
// listener is collected its record leaves the list.
const weakListenerOwners = new WeakMap();
let weakListenerRegistry;
function registerWeakListener(record, listener, owner) {
  weakListenerRegistry ??= new FinalizationRegistry((weakRecord) => {
    const stale = weakRecord.deref();
    if (stale !== undefined && !stale.removed) stale.detach();
  });
  weakListenerRegistry.register(listener, new WeakRef(record), record);
  let owned = weakListenerOwners.get(owner);
  if (owned === undefined) {
    owned = [];
    weakListenerOwners.set(owner, owned);
  }
  owned.push(listener);
}

function releaseWeakListener(record) {
  weakListenerRegistry.unregister(record);
  const owner = record.owner.deref();
  const listener = record.ref.deref();
  const owned = owner === undefined ? undefined : weakListenerOwners.get(owner);
  if (owned === undefined || listener === undefined) return;
  const index = owned.indexOf(listener);
  if (index !== -1) owned.splice(index, 1);
}

class Listener {
  constructor(target, type, root, previous, listener, flags) {
    this.target = target;
    this.type = type;
    this.root = root;
    this.previous = previous;
    this.next = undefined;
    previous.next = this;
    this.once = flags.once;
    this.capture = flags.capture;
    this.isNodeStyleListener = flags.isNodeStyleListener;
    this.resistStopPropagation = flags.resistStopPropagation;
    this.removed = false;
    // Set when the listener came with a signal: the abort listener that removes it.
    this.signal = undefined;
    this.onAbort = undefined;
    this.weak = flags.weak !== undefined;
    if (this.weak) {
      this.ref = new WeakRef(listener);
      this.owner = new WeakRef(flags.weak);
      registerWeakListener(this, listener, flags.weak);
    } else {
      this.ref = listener;
      this.owner = undefined;
    }
  }

  get listener() {
    return this.weak ? this.ref.deref() : this.ref;
  }

  same(listener, capture) {
    return this.capture === capture && this.listener === listener;
  }

  unlink() {
    this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    else this.root.last = this.previous;
    // `next` is kept so that a dispatch standing on this record can continue past it.
    this.removed = true;
    if (this.weak) releaseWeakListener(this);
  }

  // Removal from outside a dispatch of this record: keeps the per-type bookkeeping in step.
  detach() {
    this.unlink();
    const { root, target, type } = this;
    root.size--;
    // The root may already be gone (removeAllListeners) and replaced by a newer one for the same type.
    if (root.next === undefined && target[kEvents].get(type) === root) target[kEvents].delete(type);
    target[kRemoveListener](root.size, type, this.listener, this.capture);
    if (this.signal !== undefined) this.signal.removeEventListener('abort', this.onAbort);
  }
}

function isEventTarget(value) {
  return value != null && value[kEvents] !== undefined;
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

// null and undefined are accepted and ignored; other non-objects are an error.
function isUsableListener(listener) {
  if (typeof listener === 'function' || (typeof listener === 'object' && listener !== null)) return true;
  if (listener == null) return false;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

const defaultFlags = {
  once: false, capture: false, passive: false, isNodeStyleListener: false, resistStopPropagation: false,
  weak: undefined, signal: undefined,
};
const captureFlags = { ...defaultFlags, capture: true };

function listenerFlags(options) {
  if (typeof options === 'boolean') return options ? captureFlags : defaultFlags;
  if (options === undefined || options === null) return defaultFlags;
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
    resistStopPropagation: Boolean(options[kResistStopPropagation]),
    weak: options[kWeakHandler],
    signal,
  };
}

// As in node, only an options object can select the capture registration; `true` removes the other one.
function captureOf(options) {
  return Boolean(options?.capture);
}

function reportUncaught(err) {
  process.nextTick(() => { throw err; });
}

// A listener's returned promise that rejects is reported like a throwing listener.
function catchRejection(result) {
  const then = result.then;
  if (typeof then === 'function') then.call(result, undefined, reportUncaught);
}

function invokeListener(target, record, arg) {
  const listener = record.listener;
  if (listener === undefined) return undefined;
  if (typeof listener === 'function') return listener.call(target, arg);
  const handleEvent = listener.handleEvent;
  // handleEvent is looked up on each dispatch; an object without one is skipped. As in node, what it
  // throws is reported like a rejection, after the errors of plain function listeners.
  if (handleEvent == null) return undefined;
  try {
    return Reflect.apply(handleEvent, listener, [arg]);
  } catch (err) {
    return Promise.reject(err);
  }
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const flags = listenerFlags(options);
    if (!isUsableListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = toDOMString(type);
    const signal = flags.signal;
    if (signal?.aborted) return;

    const events = this[kEvents];
    let root = events.get(type);
    if (root === undefined) {
      root = { size: 0, next: undefined, last: undefined };
      root.last = root;
      events.set(type, root);
    } else {
      for (let record = root.next; record !== undefined; record = record.next) {
        if (record.same(listener, flags.capture)) return;
      }
    }
    const record = new Listener(this, type, root, root.last, listener, flags);
    root.last = record;
    root.size++;
    this[kNewListener](root.size, type, listener, flags.once, flags.capture, flags.passive, flags.weak !== undefined);

    if (signal !== undefined) {
      const onAbort = () => {
        this.removeEventListener(type, listener, options);
      };
      signal.addEventListener('abort', onAbort, {
        __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true,
      });
      record.signal = signal;
      record.onAbort = onAbort;
    }
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!isUsableListener(listener)) return;
    type = toDOMString(type);
    const capture = captureOf(options);
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let record = root.next; record !== undefined; record = record.next) {
      if (record.same(listener, capture)) {
        record.detach();
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Runs the listeners of `type`: node-style listeners receive `nodeValue`, the others `event`, which is
  // created on demand through kCreateEvent when the dispatch comes from NodeEventTarget#emit.
  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const root = this[kEvents].get(type);
    let record = root?.next;
    while (record !== undefined) {
      // Read before the call: listeners added by the last one do not run in this dispatch.
      const next = record.next;
      if (record.removed || (event !== undefined && immediateStopped(event) && !record.resistStopPropagation)) {
        record = next;
        continue;
      }
      if (record.once) record.detach();
      try {
        let arg;
        if (record.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = this[kCreateEvent](nodeValue, type);
            event[kTarget] = this;
            event[kIsBeingDispatched] = true;
          }
          arg = event;
        }
        const result = invokeListener(this, record, arg);
        if (result !== undefined && result !== null) catchRejection(result);
      } catch (err) {
        reportUncaught(err);
      }
      record = next;
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} {}`;
  }
}

Object.defineProperties(EventTarget.prototype, {
  __proto__: null,
  addEventListener: enumerable,
  removeEventListener: enumerable,
  dispatchEvent: enumerable,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
  },
});

function checkNodeEventTarget(self) {
  if (!isEventTarget(self)) throw new ERR_INVALID_THIS('NodeEventTarget');
}

const nodeStyle = { __proto__: null, [kIsNodeStyleListener]: true };
const nodeStyleOnce = { __proto__: null, once: true, [kIsNodeStyleListener]: true };

// An EventTarget with an EventEmitter-like surface; on/once listeners receive the emitted value itself.
class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    checkNodeEventTarget(this);
    validateNumber(n, 'setMaxListeners', 0);
    this[kMaxEventTargetListeners] = n;
    this[kMaxEventTargetListenersWarned] = false;
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeEventTarget(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    return this[kEvents].get(`${type}`)?.size ?? 0;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, nodeStyle);
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, nodeStyle);
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, nodeStyleOnce);
    return this;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    if (type !== undefined) this[kEvents].delete(`${type}`);
    else this[kEvents].clear();
    return this;
  }
}

function initNodeEventTarget(self) {
  initEventTarget(self);
}

// Adds EventEmitter's methods to a class (used for objects that are both, like MessagePort).
function EventEmitterMixin(Superclass) {
  class MixedEventEmitter extends Superclass {
    constructor(...args) {
      super(...args);
      EventEmitter.call(this);
    }
  }
  const descriptors = Object.getOwnPropertyDescriptors(EventEmitter.prototype);
  delete descriptors.constructor;
  Object.defineProperties(MixedEventEmitter.prototype, descriptors);
  return MixedEventEmitter;
}

// `on<name>` attribute: one listener registered on first assignment keeps its place in the list; later
// assignments swap the function it calls. Non-functions are stored but never called.
function defineEventHandler(emitter, name, event = name) {
  const propertyName = `on${name}`;
  function get() {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  function set(value) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    this[kHandlers] ??= new Map();
    let wrapper = this[kHandlers].get(event);
    if (wrapper === undefined) {
      wrapper = function eventHandler(...args) {
        if (typeof wrapper.handler === 'function') return Reflect.apply(wrapper.handler, this, args);
      };
      wrapper.handler = value;
      this[kHandlers].set(event, wrapper);
      this.addEventListener(event, wrapper);
      if (typeof value !== 'function') adjustHandlerCount(this, event, wrapper, -1);
      return;
    }
    const wasFunction = typeof wrapper.handler === 'function';
    wrapper.handler = value;
    const isFunction = typeof value === 'function';
    if (wasFunction && !isFunction) adjustHandlerCount(this, event, wrapper, -1);
    else if (!wasFunction && isFunction) adjustHandlerCount(this, event, wrapper, 1);
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propertyName}` });
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propertyName}` });
  Object.defineProperty(emitter, propertyName, {
    __proto__: null, get, set, configurable: true, enumerable: true,
  });
}

// A handler attribute holding a non-function does not count as a listener.
function adjustHandlerCount(target, type, wrapper, delta) {
  const root = target[kEvents].get(type);
  if (root === undefined) return;
  root.size += delta;
  if (delta > 0) target[kNewListener](root.size, type, wrapper, false, false, false, false);
  else target[kRemoveListener](root.size, type, wrapper, false);
}

module.exports = {
  Event,
  CustomEvent,
  EventEmitterMixin,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
