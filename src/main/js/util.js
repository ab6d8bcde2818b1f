'use strict';

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  format,
  formatWithOptions,
  inspect,
} = require('internal/util/inspect');
const {
  deprecate,
  getSystemErrorMap,
  getSystemErrorName,
  promisify,
  removeColors,
  toUSVString,
} = require('internal/util');
const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateOneOf,
  validateString,
} = require('internal/validators');

function lazyProperty(target, key, load) {
  Object.defineProperty(target, key, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(target, key, {
        __proto__: null, configurable: true, enumerable: true, writable: true, value,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(target, key, {
        __proto__: null, configurable: true, enumerable: true, writable: true, value,
      });
    },
  });
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as success to a callback; wrap it in an error.
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION(reason);
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  // The callback is one more argument than the original takes.
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// NODE_DEBUG is a comma-separated list of section names; `*` matches any run of characters.
let debugPattern;
const debugImpls = { __proto__: null };

function debugEnabled(set) {
  if (debugPattern === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const alternatives = env.split(',').map(
        (part) => part.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*'));
      debugPattern = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
    } else {
      debugPattern = null;
    }
  }
  return debugPattern !== null && debugPattern.test(set);
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    const force = process.env.FORCE_COLOR;
    return force !== '0' && force !== 'false';
  }
  return stream?.isTTY === true &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function noopDebug() {}

function debugImpl(set) {
  let impl = debugImpls[set];
  if (impl === undefined) {
    if (debugEnabled(set)) {
      const section = set.toUpperCase();
      const pid = process.pid;
      impl = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        process.stderr.write(`${section} ${inspect(pid, { colors })}: ${msg}\n`);
      };
    } else {
      impl = noopDebug;
    }
    debugImpls[set] = impl;
  }
  return impl;
}

function debuglog(set, cb) {
  // The section is resolved on first use so modules can create loggers at load time cheaply.
  let debug = (...args) => {
    debug = debugImpl(set);
    if (typeof cb === 'function') cb(debug);
    Reflect.apply(debug, undefined, args);
  };
  let enabled;
  const logger = (...args) => Reflect.apply(debug, undefined, args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      enabled ??= debugEnabled(set);
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// Node streams (duck-typed like node does) and WHATWG readable/writable streams.
function isStream(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  if (obj._readableState || obj._writableState) return true;
  if (typeof obj.on === 'function' && (typeof obj.write === 'function' || typeof obj.pipe === 'function')) {
    return true;
  }
  return (typeof obj.getReader === 'function' && typeof obj.pipeThrough === 'function') ||
    (typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  // As in node 20, only a single format name is subject to the stream's color support.
  if (validateStream && !Array.isArray(format)) {
    if (!isStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    if (typeof key !== 'string' || !Object.hasOwn(inspect.colors, key)) {
      validateOneOf(key, 'format', Object.keys(inspect.colors));
    }
    const codes = inspect.colors[key];
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return removeColors(str);
}

// Listeners of `aborted()` calls whose resource was garbage collected are removed: nobody can be
// interested in the abort of a resource that is gone.
let abortedRegistry;

async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return;
  // Returning (not awaiting) the promise ends this frame, so it does not keep `resource` alive.
  return abortPromise(signal, resource);
}

function abortPromise(signal, resource) {
  abortedRegistry ??= new FinalizationRegistry(({ signal, listener }) => {
    signal.removeEventListener('abort', listener);
  });
  return new Promise((resolve) => {
    // Resolves with the abort event, as node does.
    const listener = (event) => {
      abortedRegistry.unregister(listener);
      resolve(event);
    };
    signal.addEventListener('abort', listener, { __proto__: null, once: true });
    abortedRegistry.register(resource, { signal, listener }, listener);
  });
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n) {
  return n < 10 ? `0${n}` : `${n}`;
}

function timestamp() {
  const d = new Date();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

// Errors built for a caller that captures its own stack; skipping the first capture saves work.
function withoutStack(create) {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc !== undefined && !desc.writable && desc.set === undefined) return create();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function _errnoException(...args) {
  const { ErrnoException } = require('internal/errors');
  const e = withoutStack(() => new ErrnoException(...args));
  Error.captureStackTrace(e, _errnoException);
  return e;
}

function _exceptionWithHostPort(...args) {
  const { ExceptionWithHostPort } = require('internal/errors');
  const e = withoutStack(() => new ExceptionWithHostPort(...args));
  Error.captureStackTrace(e, _exceptionWithHostPort);
  return e;
}

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isBuffer(arg) {
  return arg instanceof require('buffer').Buffer;
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function parseEnv(content) {
  validateString(content, 'content');
  return require('internal/util/dotenv').parse(content);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
  parseEnv,
};

lazyProperty(module.exports, 'parseArgs', () => require('internal/util/parse_args').parseArgs);
lazyProperty(module.exports, 'TextDecoder', () => require('internal/encoding').TextDecoder);
lazyProperty(module.exports, 'TextEncoder', () => require('internal/encoding').TextEncoder);
lazyProperty(module.exports, 'MIMEType', () => require('internal/util/mime').MIMEType);
lazyProperty(module.exports, 'MIMEParams', () => require('internal/util/mime').MIMEParams);
