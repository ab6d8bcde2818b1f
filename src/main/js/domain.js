'use strict';
// domain (deprecated in node): routes errors thrown in a domain's callbacks and 'error' events of its emitters
// to the domain's 'error' listeners. The active domain follows timers and immediates through an
// AsyncLocalStorage; code that an entered domain runs synchronously leaves it entered when it throws, so the
// uncaught-exception hook still finds it (node's behaviour too).

const EventEmitter = require('events');
const { AsyncLocalStorage } = require('async_hooks');
const {
  codes: { ERR_DOMAIN_CALLBACK_NOT_AVAILABLE, ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE },
} = require('internal/errors');
const { triggerUncaughtException } = require('internal/process/execution');

const storage = new AsyncLocalStorage();
const stack = [];

// null until a domain was entered, then the top of the stack (undefined once all are left), as in node.
storage.enterWith(null);
function activeDomain() {
  return storage.getStore();
}

Object.defineProperty(process, 'domain', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get: activeDomain,
  set(value) {
    storage.enterWith(value ?? undefined);
  },
});

// Errors reach a domain through the uncaught-exception capture hook, installed while any domain listens.
const setCapture = process.setUncaughtExceptionCaptureCallback;
let capturing = false;
function captureForDomain(err) {
  const domain = activeDomain();
  if (domain && domain._errorHandler(err)) return;
  setCapture(null);
  capturing = false;
  try {
    triggerUncaughtException(err);
  } finally {
    updateExceptionCapture();
  }
}

// Installed once a domain gets its first 'error' listener, and kept: errors without a listening domain go on to
// the ordinary handling.
let listened = false;
function updateExceptionCapture() {
  if (listened && !capturing) {
    setCapture(captureForDomain);
    capturing = true;
  }
}

if (process.hasUncaughtExceptionCaptureCallback()) throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback() {
  throw new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
};

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    this.on('newListener', (name) => {
      if (name !== 'error') return;
      listened = true;
      updateExceptionCapture();
    });
  }

  // Hands err to the 'error' listeners; false when there are none (the error stays uncaught).
  _errorHandler(err) {
    if (err !== null && typeof err === 'object') {
      err.domain = this;
      err.domainThrown = true;
    }
    while (stack.length > 0 && stack[stack.length - 1] !== this) exitTop();
    if (this.listenerCount('error') === 0) return false;
    let caught = false;
    try {
      caught = this.emit('error', err);
    } finally {
      // The domain that failed is left, whatever its handler did.
      const index = stack.lastIndexOf(this);
      if (index !== -1) stack.splice(index);
      storage.enterWith(stack.at(-1));
    }
    return caught;
  }

  enter() {
    stack.push(this);
    storage.enterWith(this);
    exports.active = this;
  }

  exit() {
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    stack.splice(index);
    const top = stack.at(-1);
    storage.enterWith(top);
    exports.active = top;
  }

  run(fn, ...args) {
    this.enter();
    const result = Reflect.apply(fn, this, args);
    this.exit();
    return result;
  }

  add(emitter) {
    if (emitter.domain === this) return;
    if (emitter.domain) emitter.domain.remove(emitter);
    emitter.domain = this;
    this.members.push(emitter);
  }

  remove(emitter) {
    emitter.domain = null;
    const index = this.members.indexOf(emitter);
    if (index !== -1) this.members.splice(index, 1);
  }

  bind(callback) {
    const domain = this;
    const bound = function(...args) {
      return domain.run(() => Reflect.apply(callback, this, args));
    };
    bound.domain = this;
    return bound;
  }

  intercept(callback) {
    const domain = this;
    const intercepted = function(err, ...args) {
      if (err) {
        if (typeof err === 'object') {
          err.domainBound = callback;
          err.domainThrown = false;
          err.domain = domain;
        }
        domain.emit('error', err);
        return undefined;
      }
      return domain.run(() => Reflect.apply(callback, this, args));
    };
    intercepted.domain = this;
    return intercepted;
  }
}

function exitTop() {
  stack.pop();
  storage.enterWith(stack.at(-1));
}

// Emitters created inside a domain belong to it; their unhandled 'error' events go to the domain.
const originalInit = EventEmitter.init;
EventEmitter.init = function init(opts) {
  const result = originalInit.call(this, opts);
  if (this.domain === undefined || this.domain === null) {
    const active = activeDomain();
    this.domain = active && !(this instanceof Domain) ? active : null;
  }
  return result;
};
const originalEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(type, ...args) {
  // process.domain is the active domain, not the domain process belongs to.
  const domain = this === process ? null : this.domain;
  if (type === 'error' && domain && this.listenerCount('error') === 0 && !(this instanceof Domain)) {
    const err = args[0];
    if (err !== null && typeof err === 'object') {
      err.domainEmitter = this;
      err.domain = domain;
      err.domainThrown = false;
    }
    if (domain.listenerCount('error') > 0) {
      domain.emit('error', err);
      return false;
    }
  }
  if (domain && !(this instanceof Domain)) {
    domain.enter();
    const result = Reflect.apply(originalEmit, this, [type, ...args]);
    domain.exit();
    return result;
  }
  return Reflect.apply(originalEmit, this, [type, ...args]);
};
EventEmitter.usingDomains = true;

function create() {
  return new Domain();
}

exports.active = null;
exports._stack = stack;
exports.Domain = Domain;
exports.create = create;
exports.createDomain = create;
