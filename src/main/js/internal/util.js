'use strict';

// Small helpers shared by the builtin modules.

const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const SymbolDispose = Symbol.dispose ?? Symbol('nodejs.dispose');
const SymbolAsyncDispose = Symbol.asyncDispose ?? Symbol('nodejs.asyncDispose');

let errors;
function lazyErrors() {
  errors ??= require('internal/errors');
  return errors;
}

let validators;
function lazyValidators() {
  validators ??= require('internal/validators');
  return validators;
}

// Deprecation codes already reported; a code warns once per process whichever wrapper triggers it.
const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined) lazyValidators().validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined) {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      } else if (!codesWarned.has(code)) {
        codesWarned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    return new.target === undefined ?
      Reflect.apply(fn, this, args) :
      Reflect.construct(fn, args, new.target);
  }
  // Keeps static members and `instanceof` working for deprecated classes.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype !== undefined) deprecated.prototype = fn.prototype;
  return deprecated;
}

function promisify(original) {
  lazyValidators().validateFunction(original, 'original');
  const custom = original[kCustomPromisifiedSymbol];
  if (custom !== undefined) {
    lazyValidators().validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisifiedSymbol, {
      __proto__: null, value: custom, enumerable: false, writable: false, configurable: true,
    });
  }
  // Names under which callbacks with several results resolve (e.g. dns.lookup's address/family).
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          reject(err);
        } else if (argumentNames !== undefined && values.length > 1) {
          const result = {};
          for (let i = 0; i < argumentNames.length; i++) result[argumentNames[i]] = values[i];
          resolve(result);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisifiedSymbol;

// Removes list[index] in place; cheaper than Array#splice for a single element.
function spliceOne(list, index) {
  const last = list.length - 1;
  while (index < last) {
    list[index] = list[index + 1];
    index++;
  }
  list.pop();
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const last = output.length - 1;
    for (let i = 0; i < last; i++) str += output[i] + separator;
    str += output[last];
  }
  return str;
}

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let saved;
  return function(...args) {
    if (called) return saved;
    called = true;
    const result = Reflect.apply(callback, this, args);
    if (preserveReturnValue) saved = result;
    return result;
  };
}

function createDeferredPromise() {
  const deferred = {};
  deferred.promise = new Promise((resolve, reject) => {
    deferred.resolve = resolve;
    deferred.reject = reject;
  });
  return deferred;
}

function getLazy(initializer) {
  let done = false;
  let value;
  return () => {
    if (!done) {
      value = initializer();
      done = true;
    }
    return value;
  };
}

// Returns a fresh copy each time so callers may mutate the result.
function cachedResult(fn) {
  let cache;
  return () => {
    cache ??= fn();
    return cache.slice();
  };
}

// Defines accessors on `target` that load module `id` on first access and then turn into plain data
// properties holding the loaded value.
function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  const descriptors = { __proto__: null };
  for (const key of keys) {
    const set = {
      [`set ${key}`](value) {
        Object.defineProperty(target, key, { __proto__: null, writable: true, value });
      },
    }[`set ${key}`];
    let loaded;
    const get = {
      [`get ${key}`]() {
        if (loaded === undefined) {
          mod ??= require(id);
          loaded = mod[key];
          set(loaded);
        }
        return loaded;
      },
    }[`get ${key}`];
    descriptors[key] = { __proto__: null, configurable: true, enumerable, get, set };
  }
  Object.defineProperties(target, descriptors);
}

function defineReplaceableLazyAttribute(target, id, keys, writable = true, check) {
  let mod;
  for (const key of keys) {
    let value;
    let set = false;
    const get = {
      [`get ${key}`]() {
        if (check !== undefined) check(this);
        if (!set) {
          mod ??= require(id);
          value = mod[key];
          set = true;
        }
        return value;
      },
    }[`get ${key}`];
    const setter = writable ? {
      [`set ${key}`](newValue) {
        value = newValue;
        set = true;
      },
    }[`set ${key}`] : undefined;
    Object.defineProperty(target, key, {
      __proto__: null, enumerable: true, configurable: true, get, set: setter,
    });
  }
}

function exposeInterface(target, name, interfaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true, value: interfaceObject,
  });
}

function exposeNamespace(target, name, namespaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true, value: namespaceObject,
  });
}

function exposeGetterAndSetter(target, name, getter, setter = undefined) {
  Object.defineProperty(target, name, {
    __proto__: null, enumerable: false, configurable: true, get: getter, set: setter,
  });
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

function defineOperation(target, name, method) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: true, configurable: true, value: method,
  });
}

function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

let DOMException;
function lazyDOMExceptionClass() {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return DOMException;
}

function lazyDOMException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function getConstructorOf(obj) {
  while (obj !== null && obj !== undefined) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  switch (enc.length) {
    case 0:
      return 'utf8';
    case 3:
      if (enc === 'hex' || enc.toLowerCase() === 'hex') return 'hex';
      break;
    case 4:
      if (enc === 'ucs2' || enc.toLowerCase() === 'ucs2') return 'utf16le';
      if (enc.toLowerCase() === 'utf8') return 'utf8';
      break;
    case 5:
      switch (enc.toLowerCase()) {
        case 'utf-8': return 'utf8';
        case 'ascii': return 'ascii';
        case 'ucs-2': return 'utf16le';
      }
      break;
    case 6:
      switch (enc.toLowerCase()) {
        case 'latin1':
        case 'binary': return 'latin1';
        case 'base64': return 'base64';
      }
      break;
    case 7:
      if (enc.toLowerCase() === 'utf16le') return 'utf16le';
      break;
    case 8:
      if (enc.toLowerCase() === 'utf-16le') return 'utf16le';
      break;
    case 9:
      if (enc.toLowerCase() === 'base64url') return 'base64url';
      break;
  }
  return undefined;
}

const encodingsMap = {
  __proto__: null,
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7,
};

// ECMA-48 control sequences: OSC strings (ended by BEL or ST), CSI sequences (parameter bytes,
// intermediate bytes, final byte) and the remaining two-character escape sequences.
const ansiPattern =
  /\u001B\][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)|(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]|\u001B[ -/]*[0-~]/g;

function removeColors(str) {
  return String.prototype.replace.call(str, ansiPattern, '');
}

function toUSVString(str) {
  return String(str).toWellFormed();
}

function filterDuplicateStrings(items, low) {
  const seen = new Map();
  for (const item of items) {
    const key = item.toLowerCase();
    if (low) {
      if (!seen.has(key)) seen.set(key, item);
    } else {
      seen.set(key, item);
    }
  }
  return Array.from(seen.values()).sort();
}

function getSystemErrorName(err) {
  lazyValidators().validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('err', 'a negative integer', err);
  }
  const entry = lazyErrors().uvErrmapGet(err);
  return entry === undefined ? `Unknown system error ${err}` : entry[0];
}

// libuv error codes are the negative values above -4096 (errno values and UV_E* extras).
const kMinUvErrorCode = -4096;
let systemErrorMap;

function getSystemErrorMap() {
  if (systemErrorMap === undefined) {
    const { uvErrmapGet } = lazyErrors();
    systemErrorMap = new Map();
    for (let err = -1; err > kMinUvErrorCode; err--) {
      const entry = uvErrmapGet(err);
      if (entry !== undefined) systemErrorMap.set(err, entry);
    }
  }
  return new Map(systemErrorMap);
}

let experimentalWarnings;
function emitExperimentalWarning(feature) {
  experimentalWarnings ??= new Set();
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  const verb = feature.endsWith('s') ? 'are' : 'is';
  process.emitWarning(`${feature} ${verb} an experimental feature and might change at any time`,
                      'ExperimentalWarning');
}

function isArrayBufferDetached(value) {
  return value.detached === true;
}

// --pending-deprecation, also set through NODE_PENDING_DEPRECATION=1.
// Blocks the thread for msec milliseconds (tests use it to make timers late).
function sleep(msec) {
  lazyValidators().validateUint32(msec, 'msec');
  internalBinding('util').sleep(msec);
}

function pendingDeprecationEnabled() {
  return process.execArgv.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1';
}

module.exports = {
  cachedResult,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  defineLazyProperties,
  defineOperation,
  defineReplaceableLazyAttribute,
  deprecate,
  emitExperimentalWarning,
  encodingsMap,
  exposeGetterAndSetter,
  exposeInterface,
  exposeLazyInterfaces,
  exposeNamespace,
  filterDuplicateStrings,
  getConstructorOf,
  getLazy,
  getSystemErrorMap,
  getSystemErrorName,
  isArrayBufferDetached,
  isError,
  join,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol,
  lazyDOMException,
  lazyDOMExceptionClass,
  normalizeEncoding,
  once,
  sleep,
  pendingDeprecationEnabled,
  promisify,
  removeColors,
  setOwnProperty,
  spliceOne,
  SymbolAsyncDispose,
  SymbolDispose,
  toUSVString,
};
