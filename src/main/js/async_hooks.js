'use strict';
// async_hooks: AsyncResource, AsyncLocalStorage and hooks for the resources created through this module.
// The async context is a frame (store per AsyncLocalStorage) that AsyncResource captures at creation and
// restores in runInAsyncScope. node4j's engine binding gives no promise hooks, so the frame does not follow
// promise continuations (await); timers and immediates carry it through internal/async_context.

const { validateFunction, validateObject, validateString } = require('internal/validators');
const { codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID } } = require('internal/errors');

let frame = new Map();
require('internal/async_context').install(() => frame, (f) => { frame = f; });
let currentAsyncId = 1;
let currentTriggerId = 0;
let currentResource = {};
let lastAsyncId = 1;
const activeHooks = new Set();

function emit(event, ...args) {
  for (const hook of activeHooks) {
    const fn = hook.callbacks[event];
    if (typeof fn === 'function') fn(...args);
  }
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    for (const [name, fn] of [['hook.init', init], ['hook.before', before], ['hook.after', after],
      ['hook.destroy', destroy], ['hook.promiseResolve', promiseResolve]]) {
      if (fn !== undefined && typeof fn !== 'function') throw new ERR_ASYNC_CALLBACK(name);
    }
    this.callbacks = { init, before, after, destroy, promiseResolve };
  }

  enable() {
    activeHooks.add(this);
    return this;
  }

  disable() {
    activeHooks.delete(this);
    return this;
  }
}

function createHook(callbacks) {
  validateObject(callbacks, 'callbacks', { allowFunction: true });
  return new AsyncHook(callbacks);
}

function executionAsyncId() {
  return currentAsyncId;
}

function triggerAsyncId() {
  return currentTriggerId;
}

function executionAsyncResource() {
  return currentResource;
}

const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerAsyncId');
const kFrame = Symbol('frame');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerId = opts;
    if (typeof opts !== 'number') triggerId = opts.triggerAsyncId === undefined ? currentAsyncId : opts.triggerAsyncId;
    if (!Number.isSafeInteger(triggerId) || triggerId < -1) throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerId);
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    this[kAsyncId] = ++lastAsyncId;
    this[kTriggerId] = triggerId;
    this[kFrame] = frame;
    emit('init', this[kAsyncId], type, triggerId, this);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const saved = [frame, currentAsyncId, currentTriggerId, currentResource];
    frame = this[kFrame];
    currentAsyncId = this[kAsyncId];
    currentTriggerId = this[kTriggerId];
    currentResource = this;
    emit('before', currentAsyncId);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      emit('after', this[kAsyncId]);
      [frame, currentAsyncId, currentTriggerId, currentResource] = saved;
    }
  }

  emitDestroy() {
    emit('destroy', this[kAsyncId]);
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined ?
      function(...args) { return resource.runInAsyncScope(fn, this, ...args); } :
      (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  constructor() {
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn, 'AsyncLocalStorageBind');
  }

  static snapshot() {
    const resource = new AsyncResource('AsyncLocalStorageSnapshot');
    return function runInAsyncScope(fn, ...args) {
      return resource.runInAsyncScope(fn, undefined, ...args);
    };
  }

  disable() {
    if (this.enabled) {
      this.enabled = false;
      if (frame.has(this)) {
        frame = new Map(frame);
        frame.delete(this);
      }
    }
  }

  getStore() {
    return this.enabled ? frame.get(this) : undefined;
  }

  enterWith(store) {
    this.enabled = true;
    frame = new Map(frame);
    frame.set(this, store);
  }

  run(store, callback, ...args) {
    this.enabled = true;
    const saved = frame;
    frame = new Map(frame);
    frame.set(this, store);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      frame = saved;
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    const saved = frame;
    frame = new Map(frame);
    frame.delete(this);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      frame = saved;
    }
  }
}

const asyncWrapProviders = Object.freeze({
  __proto__: null, NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
  BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
  GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19, JSUDPWRAP: 20,
  MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24, PROCESSWRAP: 25, PROMISE: 26,
  QUERYWRAP: 27, SHUTDOWNWRAP: 28, SIGNALWRAP: 29, STATWATCHER: 30, STREAMPIPE: 31, TCPCONNECTWRAP: 32,
  TCPSERVERWRAP: 33, TCPWRAP: 34, TTYWRAP: 35, UDPSENDWRAP: 36, UDPWRAP: 37, SIGINTWATCHDOG: 38, WORKER: 39,
  WORKERHEAPSNAPSHOT: 40, WRITEWRAP: 41, ZLIB: 42,
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
