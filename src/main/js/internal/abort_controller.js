'use strict';
// AbortController and AbortSignal. Signals made by AbortSignal.timeout() and AbortSignal.any() are only
// referenced weakly by their timer or source signals; while they have 'abort' listeners they are kept in
// a strong set instead, so an observable abort never gets lost to garbage collection.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateArray, validateUint32 } = require('internal/validators');
const { createDeferredPromise, customInspectSymbol, kEnumerableProperty } = require('internal/util');
const { DOMException } = require('internal/per_context/domexception');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
} = require('internal/event_target');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kTimeout = Symbol('kTimeout');
const kDontThrow = Symbol('kDontThrow');

const gcPersistentSignals = new Set();

// A collected composite signal leaves the dependant sets of its sources.
const dependantCleanup = new FinalizationRegistry(({ sources, ref }) => {
  for (const sourceRef of sources) sourceRef.deref()?.[kDependantSignals]?.delete(ref);
});

// A collected timeout signal no longer needs its timer.
const timeoutCleanup = new FinalizationRegistry((timer) => clearTimeout(timer));

const trustedAbortEventInit = { __proto__: null, [kTrustEvent]: true };

let inspect;
function customInspect(self, shown, depth, options) {
  if (depth < 0) return self;
  inspect ??= require('internal/util/inspect').inspect;
  const nested = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(shown, nested)}`;
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && value[kAborted] !== undefined;
}

function validateThisAbortSignal(self) {
  if (!isAbortSignal(self)) throw new ERR_INVALID_THIS('AbortSignal');
}

// Holds the signal strongly while it may still abort observably.
function keepsItselfAlive(signal) {
  return signal[kTimeout] || (signal[kComposite] && signal[kSourceSignals]?.size > 0);
}

class AbortSignal extends EventTarget {
  constructor(key = undefined, { aborted = false, reason = undefined, composite = false } = {}) {
    if (key !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrow, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    signal[kTimeout] = true;
    const ref = new WeakRef(signal);
    const timer = setTimeout(() => {
      const target = ref.deref();
      if (target !== undefined) {
        abortSignal(target, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      }
    }, delay);
    timer.unref();
    timeoutCleanup.register(signal, timer);
    return signal;
  }

  static any(signals) {
    validateArray(signals, 'signals');
    for (let i = 0; i < signals.length; i++) {
      if (!isAbortSignal(signals[i])) throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
    }
    const result = new AbortSignal(kDontThrow, { composite: true });
    for (let i = 0; i < signals.length; i++) {
      if (signals[i][kAborted]) {
        result[kAborted] = true;
        result[kReason] = signals[i][kReason];
        return result;
      }
    }
    if (signals.length === 0) return result;
    const ref = new WeakRef(result);
    const sources = new Set();
    result[kSourceSignals] = sources;
    // Composite inputs are flattened to their own sources, so chains of any() never nest.
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (!signal[kComposite]) {
        linkDependant(signal, ref, sources);
      } else if (signal[kSourceSignals] !== undefined) {
        for (const sourceRef of signal[kSourceSignals]) {
          const source = sourceRef.deref();
          if (source !== undefined) linkDependant(source, ref, sources);
        }
      }
    }
    dependantCleanup.register(result, { sources: Array.from(sources), ref });
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && !weak && size === 1 && !this[kAborted] && keepsItselfAlive(this)) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0 && keepsItselfAlive(this)) gcPersistentSignals.delete(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }
}

function linkDependant(source, dependantRef, sources) {
  source[kDependantSignals] ??= new Set();
  source[kDependantSignals].add(dependantRef);
  sources.add(new WeakRef(source));
}

Object.defineProperties(AbortSignal.prototype, {
  __proto__: null,
  aborted: kEnumerableProperty,
  throwIfAborted: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
  },
});
defineEventHandler(AbortSignal.prototype, 'abort');

// The signal's own listeners run first, then signals made from it by AbortSignal.any().
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  gcPersistentSignals.delete(signal);
  signal.dispatchEvent(new Event('abort', trustedAbortEventInit));
  const dependants = signal[kDependantSignals];
  if (dependants === undefined) return;
  signal[kDependantSignals] = undefined;
  for (const ref of dependants) {
    const dependant = ref.deref();
    if (dependant !== undefined) abortSignal(dependant, reason);
  }
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrow);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrow), reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  __proto__: null,
  signal: kEnumerableProperty,
  abort: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortController',
  },
});

// Resolves (with the abort event) once `signal` aborts, for as long as `resource` stays alive.
async function aborted(signal, resource) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal[kAborted]) return;
  const { promise, resolve } = createDeferredPromise();
  signal.addEventListener('abort', resolve, {
    __proto__: null, once: true, [kWeakHandler]: resource, [kResistStopPropagation]: true,
  });
  return promise;
}

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
  isAbortSignal,
  kAborted,
  kReason,
};
