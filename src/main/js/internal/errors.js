'use strict';
// Node's errors. Every `ERR_*` code is declared once in the table below with its base class and message;
// `codes.ERR_X` is a class whose instances look like node's: `err.name` is the base's name while the stack
// starts with `TypeError [ERR_X]: message`. The rest of the file turns libuv errnos into system errors.

const kIsNodeError = Symbol('kIsNodeError');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

let bufferModule;
function lazyBuffer() {
  bufferModule ??= require('buffer');
  return bufferModule.Buffer;
}

// V8 formats `stack` lazily, on first read, from the error's `name` at that moment: read it once under the
// header name so the code shows in the stack while `err.name` keeps its value.
function setStackHeader(err, header) {
  const own = Object.getOwnPropertyDescriptor(err, 'name');
  Object.defineProperty(err, 'name', { __proto__: null, value: header, writable: true, configurable: true });
  err.stack; // eslint-disable-line no-unused-expressions -- the read formats the stack
  if (own === undefined) delete err.name;
  else Object.defineProperty(err, 'name', own);
}

function formatMessage(message, args) {
  return args.length === 0 ? message : lazyInspect().format(message, ...args);
}

function makeNodeError(Base, code, message) {
  const header = `${Base.name} [${code}]`;
  class NodeError extends Base {
    constructor(...args) {
      // V8 fixes the stack's message when the error is constructed, so the text comes first; what a message
      // function sets on `this` is added after `code`, as node's errors show it.
      let extra;
      let text;
      if (typeof message === 'function') {
        extra = {};
        text = message.apply(extra, args);
      } else {
        text = formatMessage(message, args);
      }
      super(text);
      Object.defineProperty(this, 'code', {
        __proto__: null, value: code, writable: true, enumerable: true, configurable: true,
      });
      if (extra !== undefined) Object.assign(this, extra);
      setStackHeader(this, header);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }

    get [kIsNodeError]() {
      return true;
    }
  }
  return NodeError;
}

// Errors that node raises from C++: a plain `Error: message` stack header and an own `code`.
function makeNativeError(Base, code, message) {
  return class NodeError extends Base {
    constructor(...args) {
      super(formatMessage(message, args));
      this.code = code;
    }
  };
}

// Base of the codes whose argument is a libuv-style context { code, message, errno, syscall, path, dest }.
class SystemError extends Error {
  constructor(key, prefix, context) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    this.code = key;
    Object.defineProperties(this, {
      [kIsNodeError]: { __proto__: null, value: true, configurable: true },
      name: { __proto__: null, value: 'SystemError', writable: true, configurable: true },
      message: { __proto__: null, value: message, writable: true, configurable: true },
      info: { __proto__: null, value: context, enumerable: true, configurable: true },
      errno: {
        __proto__: null, enumerable: true, configurable: true,
        get() { return context.errno; },
        set(value) { context.errno = value; },
      },
      syscall: {
        __proto__: null, enumerable: true, configurable: true,
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
      },
    });
    if (context.path !== undefined) defineBufferBackedProperty(this, context, 'path');
    if (context.dest !== undefined) defineBufferBackedProperty(this, context, 'dest');
    setStackHeader(this, `SystemError [${key}]`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Shows the values behind the errno/syscall/path/dest accessors.
  [customInspectSymbol](recurseTimes, ctx) {
    return lazyInspect().inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

// `path` and `dest` of a SystemError read as strings and are stored in `info` as Buffers.
function defineBufferBackedProperty(err, context, name) {
  Object.defineProperty(err, name, {
    __proto__: null, enumerable: true, configurable: true,
    get() { return context[name] != null ? context[name].toString() : context[name]; },
    set(value) { context[name] = value ? lazyBuffer().from(value.toString()) : undefined; },
  });
}

function makeSystemError(code, prefix) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(code, prefix, context);
    }
  };
}

const codes = {};

// An error code with its class; further classes become properties of it (codes.X.RangeError).
function E(code, Base, message, ...otherClasses) {
  codes[code] = Base === SystemError ? makeSystemError(code, message) : makeNodeError(Base, code, message);
  for (const Other of otherClasses) codes[code][Other.name] = makeNodeError(Other, code, message);
}

function Native(code, Base, message) {
  codes[code] = makeNativeError(Base, code, message);
}

// ---- message helpers ----

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

// 'a', 'a or b', 'a, b, or c'
function formatList(list, type = 'and') {
  if (list.length < 3) return list.join(` ${type} `);
  return `${list.slice(0, -1).join(', ')}, ${type} ${list[list.length - 1]}`;
}

// How an unexpected value is described after "Received" / "got".
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    const name = value.constructor?.name;
    if (name !== undefined) return `an instance of ${name}`;
    return lazyInspect().inspect(value, { depth: -1 });
  }
  if (type === 'string') {
    const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
    return `type string (${shown.includes("'") ? JSON.stringify(shown) : `'${shown}'`})`;
  }
  return `type ${type} (${lazyInspect().inspect(value, { colors: false })})`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  // "an instance of X or Object" reads better than "of type object or an instance of X".
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }

  if (types.length > 0) {
    msg += types.length > 1 ? `one of type ${formatList(types, 'or')}` : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 1) {
    msg += `one of ${formatList(other, 'or')}`;
  } else if (other.length === 1) {
    msg += other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : `${other[0]}`;
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let inspected = lazyInspect().inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  return `The ${`${name}`.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${inspected}`;
}

// '1234567890' -> '1_234_567_890'
function addNumericalSeparator(text) {
  let res = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${text.slice(i - 3, i)}${res}`;
  return `${text.slice(0, i)}${res}`;
}

function outOfRangeMessage(str, range, input, replaceDefaultBoolean = false) {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect().inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

function missingArgsMessage(...args) {
  const names = args.map((a) => (Array.isArray(a) ? a.map((n) => `"${n}"`).join(' or ') : `"${a}"`));
  let msg = 'The ';
  switch (names.length) {
    case 1: msg += `${names[0]} argument`; break;
    case 2: msg += `${names[0]} and ${names[1]} arguments`; break;
    default: msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  }
  return `${msg} must be specified`;
}

function basename(path) {
  return path.slice(path.lastIndexOf('/') + 1);
}

function requireEsmMessage(filename, hasEsmSyntax, parentPath = null, packageJsonPath = undefined) {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (packageJsonPath) {
    const base = basename(filename);
    if (hasEsmSyntax) {
      msg += `\nInstead change the require of ${base} in ${parentPath} to a dynamic import() which is available ` +
        'in all CommonJS modules.';
    } else {
      msg += `\n${base} is treated as an ES module file as it is a .js file whose nearest parent package.json ` +
        'contains "type": "module" which declares all .js files in that package scope as ES modules.' +
        `\nInstead either rename ${base} to end in .cjs, change the requiring code to use dynamic import() which ` +
        'is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
        `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
    }
  } else if (`${filename}`.endsWith('.mjs')) {
    msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all ` +
      'CommonJS modules.';
  }
  return msg;
}

function invalidPackageTargetMessage(pkgPath, key, target, isImport = false, base = undefined) {
  const relError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  const from = base ? ` imported from ${base}` : '';
  const hint = relError ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
      `${pkgPath}package.json${from}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in ` +
    `the package config ${pkgPath}package.json${from}${hint}`;
}

const kInternalSuffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
  'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';

// ---- the codes: E(code, Base, message). A string message takes util.format() placeholders. ----
// Native(code, Base, message) declares an error node throws from C++ (no code in the stack header).

E('ERR_ACCESS_DENIED', Error, function(message, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return message;
});
E('ERR_AMBIGUOUS_ARGUMENT', TypeError, 'The "%s" argument is ambiguous. %s');
E('ERR_ARG_NOT_ITERABLE', TypeError, '%s must be iterable');
E('ERR_ASSERTION', Error, '%s');
E('ERR_ASYNC_CALLBACK', TypeError, '%s must be a function');
E('ERR_ASYNC_TYPE', TypeError, 'Invalid name for async "type": %s');
E('ERR_BROTLI_INVALID_PARAM', RangeError, '%s is not a valid Brotli parameter');
E('ERR_BUFFER_OUT_OF_BOUNDS', RangeError, (name = undefined) =>
  (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'));
E('ERR_BUFFER_TOO_LARGE', RangeError, 'Cannot create a Buffer larger than %s bytes');
E('ERR_CHILD_CLOSED_BEFORE_REPLY', Error, 'Child closed before reply received');
E('ERR_CHILD_PROCESS_IPC_REQUIRED', Error, "Forked processes must have an IPC channel, missing value 'ipc' in %s");
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', RangeError, '%s maxBuffer length exceeded');
E('ERR_CONSOLE_WRITABLE_STREAM', TypeError, 'Console expects a writable stream instance for %s');
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', Error, 'Custom engines not supported by this OpenSSL');
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', TypeError, 'Invalid ECDH format: %s');
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', Error, 'Public key is not valid for specified curve');
E('ERR_CRYPTO_HASH_FINALIZED', Error, 'Digest already called');
E('ERR_CRYPTO_HASH_UPDATE_FAILED', Error, 'Hash update failed');
E('ERR_CRYPTO_INCOMPATIBLE_KEY', Error, 'Incompatible %s: %s');
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', Error, 'The selected key encoding %s %s.');
E('ERR_CRYPTO_INVALID_DIGEST', TypeError, 'Invalid digest: %s');
E('ERR_CRYPTO_INVALID_JWK', TypeError, 'Invalid JWK data');
E('ERR_CRYPTO_INVALID_KEYLEN', RangeError, 'Invalid key length');
E('ERR_CRYPTO_INVALID_KEYPAIR', RangeError, 'Invalid key pair');
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', TypeError, 'Invalid key object type %s, expected %s.');
E('ERR_CRYPTO_INVALID_MESSAGELEN', RangeError, 'Invalid message length');
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', RangeError,
  (detail) => (detail === undefined ? 'Invalid scrypt params' : `Invalid scrypt params: ${detail}`));
E('ERR_CRYPTO_INVALID_STATE', Error, (op) => (op === undefined ? 'Invalid state' : `Invalid state for operation ${op}`));
E('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', Error, 'Unsupported JWK EC curve: %s.');
E('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', Error, 'Unsupported JWK Key Type.');
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', Error, 'Invalid scrypt parameter');
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', Error, 'No key provided to sign');
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', RangeError, 'Input buffers must have the same byte length');
E('ERR_CRYPTO_UNKNOWN_CIPHER', Error, 'Unknown cipher');
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', Error, 'Unknown DH group');
E('ERR_CRYPTO_UNSUPPORTED_OPERATION', Error, 'Unsupported crypto operation');
E('ERR_DIR_CLOSED', Error, 'Directory handle was closed');
E('ERR_DIR_CONCURRENT_OPERATION', Error,
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
E('ERR_DNS_SET_SERVERS_FAILED', Error, 'c-ares failed to set servers: "%s" [%s]');
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE', Error,
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually ' +
  'exclusive with using the `domain` module');
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE', Error,
  'The `domain` module is in use, which is mutually exclusive with calling ' +
  'process.setUncaughtExceptionCaptureCallback()');
E('ERR_ENCODING_INVALID_ENCODED_DATA', TypeError, function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
});
E('ERR_ENCODING_NOT_SUPPORTED', RangeError, 'The "%s" encoding is not supported');
E('ERR_EVENT_RECURSION', Error, 'The event "%s" is already being dispatched');
E('ERR_FALSY_VALUE_REJECTION', Error, function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
});
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', TypeError,
  'The feature %s is unavailable on the current platform, which is being used to run Node.js');
E('ERR_FS_CP_DIR_TO_NON_DIR', SystemError, 'Cannot overwrite non-directory with directory');
E('ERR_FS_CP_EEXIST', SystemError, 'Target already exists');
E('ERR_FS_CP_EINVAL', SystemError, 'Invalid src or dest');
E('ERR_FS_CP_FIFO_PIPE', SystemError, 'Cannot copy a FIFO pipe');
E('ERR_FS_CP_NON_DIR_TO_DIR', SystemError, 'Cannot overwrite directory with non-directory');
E('ERR_FS_CP_SOCKET', SystemError, 'Cannot copy a socket file');
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', SystemError, 'Cannot overwrite symlink in subdirectory of self');
E('ERR_FS_CP_UNKNOWN', SystemError, 'Cannot copy an unknown file type');
E('ERR_FS_EISDIR', SystemError, 'Path is a directory');
E('ERR_FS_FILE_TOO_LARGE', RangeError, 'File size (%s) is greater than 2 GiB');
E('ERR_FS_INVALID_SYMLINK_TYPE', Error, 'Symlink type must be one of "dir", "file", or "junction". Received "%s"');
E('ERR_HTTP_BODY_NOT_ALLOWED', Error,
  'Adding content for this request method or response status is not allowed.');
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', Error,
  "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header");
E('ERR_HTTP_HEADERS_SENT', Error, 'Cannot %s headers after they are sent to the client');
E('ERR_HTTP_INVALID_HEADER_VALUE', TypeError, 'Invalid value "%s" for header "%s"');
E('ERR_HTTP_INVALID_STATUS_CODE', RangeError, 'Invalid status code: %s');
E('ERR_HTTP_REQUEST_TIMEOUT', Error, 'Request timeout');
E('ERR_HTTP_SOCKET_ASSIGNED', Error, 'ServerResponse has an already assigned socket');
E('ERR_HTTP_SOCKET_ENCODING', Error, 'Changing the socket encoding is not allowed per RFC7230 Section 3.');
E('ERR_HTTP_TRAILER_INVALID', Error, 'Trailers are invalid with this transfer encoding');
E('ERR_ILLEGAL_CONSTRUCTOR', TypeError, 'Illegal constructor');
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', TypeError, 'Module "%s" is not of type "%s"');
E('ERR_IMPORT_ASSERTION_TYPE_MISSING', TypeError, 'Module "%s" needs an import attribute of type "%s"');
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', TypeError, 'Import attribute type "%s" is unsupported');
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', TypeError, 'Import attribute "%s" with value "%s" is not supported');
E('ERR_INCOMPATIBLE_OPTION_PAIR', TypeError, 'Option "%s" cannot be used in combination with option "%s"');
E('ERR_INTERNAL_ASSERTION', Error, (message) =>
  (message === undefined ? kInternalSuffix : `${message}\n${kInternalSuffix}`));
E('ERR_INVALID_ADDRESS_FAMILY', RangeError, function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
});
E('ERR_INVALID_ARG_TYPE', TypeError, invalidArgTypeMessage);
E('ERR_INVALID_ARG_VALUE', TypeError, invalidArgValueMessage, RangeError);
E('ERR_INVALID_ASYNC_ID', RangeError, 'Invalid %s value: %s');
E('ERR_INVALID_BUFFER_SIZE', RangeError, 'Buffer size must be a multiple of %s');
E('ERR_INVALID_CHAR', TypeError, (name, field = undefined) =>
  (field === undefined ? `Invalid character in ${name}` : `Invalid character in ${name} ["${field}"]`));
E('ERR_INVALID_CURSOR_POS', TypeError, 'Cannot set cursor row without setting its column');
E('ERR_INVALID_FD', RangeError, '"fd" must be a positive integer: %s');
E('ERR_INVALID_FD_TYPE', TypeError, 'Unsupported fd type: %s');
E('ERR_INVALID_FILE_URL_HOST', TypeError, 'File URL host must be "localhost" or empty on %s');
E('ERR_INVALID_FILE_URL_PATH', TypeError, 'File URL path %s');
E('ERR_INVALID_HANDLE_TYPE', TypeError, 'This handle type cannot be sent');
E('ERR_INVALID_HTTP_TOKEN', TypeError, '%s must be a valid HTTP token ["%s"]');
E('ERR_INVALID_IP_ADDRESS', TypeError, 'Invalid IP address: %s');
E('ERR_INVALID_MIME_SYNTAX', TypeError, (production, str, invalidIndex) =>
  `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`);
E('ERR_INVALID_MODULE_SPECIFIER', TypeError, (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', TypeError, "'%s' %s");
E('ERR_INVALID_PACKAGE_CONFIG', Error, (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`);
E('ERR_INVALID_PACKAGE_TARGET', Error, invalidPackageTargetMessage);
E('ERR_INVALID_PROTOCOL', TypeError, 'Protocol "%s" not supported. Expected "%s"');
E('ERR_INVALID_RETURN_PROPERTY', TypeError, (input, name, prop, value) =>
  `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
  `${determineSpecificType(value)}.`);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', TypeError, (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
  `${determineSpecificType(value)}.`);
E('ERR_INVALID_RETURN_VALUE', TypeError, (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`);
E('ERR_INVALID_STATE', Error, 'Invalid state: %s');
E('ERR_INVALID_SYNC_FORK_INPUT', TypeError,
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s');
E('ERR_INVALID_THIS', TypeError, 'Value of "this" must be of type %s');
E('ERR_INVALID_TUPLE', TypeError, '%s must be an iterable %s tuple');
E('ERR_INVALID_URI', URIError, 'URI malformed');
E('ERR_INVALID_URL', TypeError, function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
});
E('ERR_INVALID_URL_SCHEME', TypeError, (expected) => {
  if (typeof expected === 'string') return `The URL must be of scheme ${expected}`;
  return expected.length === 2 ?
    `The URL must be one of scheme ${expected[0]} or ${expected[1]}` : `The URL must be of scheme ${expected[0]}`;
});
E('ERR_IPC_CHANNEL_CLOSED', Error, 'Channel closed');
E('ERR_IPC_DISCONNECTED', Error, 'IPC channel is already disconnected');
E('ERR_IPC_ONE_PIPE', Error, 'Child process can have only one IPC pipe');
E('ERR_IPC_SYNC_FORK', Error, 'IPC cannot be used with synchronous forks');
E('ERR_METHOD_NOT_IMPLEMENTED', Error, 'The %s method is not implemented');
E('ERR_MISSING_ARGS', TypeError, missingArgsMessage);
E('ERR_MISSING_OPTION', TypeError, '%s is required');
// `url` is an own property, defined rather than assigned: a setter on Error.prototype must not see it.
function setOwnUrl(error, url) {
  Object.defineProperty(error, 'url', { value: url, writable: true, enumerable: true, configurable: true });
}
E('ERR_MODULE_NOT_FOUND', Error, function(path, base, exactUrl) {
  if (exactUrl) setOwnUrl(this, `${exactUrl}`);
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
});
E('ERR_MULTIPLE_CALLBACK', Error, 'Callback called multiple times');
E('ERR_NO_ICU', TypeError, '%s is not supported on Node.js compiled without ICU');
E('ERR_OPERATION_FAILED', Error, 'Operation failed: %s');
E('ERR_NOT_BUILDING_SNAPSHOT', Error, 'Operation cannot be invoked when not building startup snapshot');
E('ERR_MISSING_PASSPHRASE', TypeError, '%s');
E('ERR_OUT_OF_RANGE', RangeError, outOfRangeMessage);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', TypeError, (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''}` +
  ` imported from ${base}`);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', Error, (pkgPath, subpath, base = undefined) =>
  (subpath === '.' ?
    `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` :
    `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json` +
    `${base ? ` imported from ${base}` : ''}`));
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', TypeError, '%s');
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', TypeError,
  "Unexpected argument '%s'. This command does not take positional arguments");
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', TypeError, (option, allowPositionals) => {
  const suggestion = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', ` +
    `as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestion}`;
});
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', TypeError, '%d is not a valid timestamp');
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', TypeError, '%s');
E('ERR_REQUIRE_ASYNC_MODULE', Error, (filename, parentFilename) => {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where ' +
    'the top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) message += `\n  From ${parentFilename} `;
  if (filename) message += `\n  Requiring ${filename} `;
  return message;
});
E('ERR_REQUIRE_ESM', Error, requireEsmMessage);
E('ERR_SERVER_ALREADY_LISTEN', Error, 'Listen method has been called more than once without closing.');
E('ERR_SERVER_NOT_RUNNING', Error, 'Server is not running.');
E('ERR_SOCKET_ALREADY_BOUND', Error, 'Socket is already bound');
E('ERR_SOCKET_BAD_BUFFER_SIZE', TypeError, 'Buffer size must be a positive integer');
E('ERR_SOCKET_BAD_PORT', RangeError, (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`);
E('ERR_SOCKET_BAD_TYPE', TypeError, 'Bad socket type specified. Valid types are: udp4, udp6');
E('ERR_SOCKET_BUFFER_SIZE', SystemError, 'Could not get or set buffer size');
E('ERR_SOCKET_CLOSED', Error, 'Socket is closed');
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', Error, 'Socket closed before the connection was established');
E('ERR_SOCKET_CONNECTION_TIMEOUT', Error, 'Socket connection timeout');
E('ERR_SOCKET_DGRAM_IS_CONNECTED', Error, 'Already connected');
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', Error, 'Not connected');
E('ERR_SOCKET_DGRAM_NOT_RUNNING', Error, 'Not running');
E('ERR_STREAM_ALREADY_FINISHED', Error, 'Cannot call %s after a stream was finished');
E('ERR_STREAM_CANNOT_PIPE', Error, 'Cannot pipe, not readable');
E('ERR_STREAM_DESTROYED', Error, 'Cannot call %s after a stream was destroyed');
E('ERR_STREAM_NULL_VALUES', TypeError, 'May not write null values to stream');
E('ERR_STREAM_PREMATURE_CLOSE', Error, 'Premature close');
E('ERR_STREAM_PUSH_AFTER_EOF', Error, 'stream.push() after EOF');
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', Error, 'stream.unshift() after end event');
E('ERR_STREAM_WRAP', Error, 'Stream has StringDecoder set or is in objectMode');
E('ERR_STREAM_WRITE_AFTER_END', Error, 'write after end');
E('ERR_SYSTEM_ERROR', SystemError, 'A system error occurred');
E('ERR_TTY_INIT_FAILED', SystemError, 'TTY initialization failed');
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', TypeError,
  'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive');
E('ERR_TLS_CERT_ALTNAME_FORMAT', SyntaxError, 'Invalid subject alternative name string');
E('ERR_TLS_CERT_ALTNAME_INVALID', Error, function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
});
E('ERR_TLS_HANDSHAKE_TIMEOUT', Error, 'TLS handshake timeout');
E('ERR_TLS_INVALID_CONTEXT', TypeError, '%s must be a SecureContext');
E('ERR_TLS_INVALID_PROTOCOL_METHOD', TypeError, '%s is not a valid TLS protocol method');
E('ERR_TLS_INVALID_PROTOCOL_VERSION', TypeError, '%j is not a valid %s TLS protocol version');
E('ERR_TLS_INVALID_STATE', Error, 'TLS socket connection must be securely established');
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', TypeError, 'TLS protocol version %j conflicts with secureProtocol %j');
E('ERR_TLS_RENEGOTIATION_DISABLED', Error, 'TLS session renegotiation disabled for this socket');
E('ERR_TLS_REQUIRED_SERVER_NAME', Error, '"servername" is required parameter for Server.addContext');
E('ERR_TLS_SNI_FROM_SERVER', Error, 'Cannot issue SNI from a TLS server-side socket');
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', Error,
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
E('ERR_UNAVAILABLE_DURING_EXIT', Error, 'Cannot call function in process exit handler');
E('ERR_UNESCAPED_CHARACTERS', TypeError, '%s contains unescaped characters');
E('ERR_UNHANDLED_ERROR', Error, (err = undefined) =>
  (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`));
E('ERR_UNKNOWN_BUILTIN_MODULE', Error, 'No such built-in module: %s');
E('ERR_UNKNOWN_CREDENTIAL', Error, '%s identifier does not exist: %s');
E('ERR_UNKNOWN_ENCODING', TypeError, 'Unknown encoding: %s');
E('ERR_UNKNOWN_FILE_EXTENSION', TypeError, 'Unknown file extension "%s" for %s');
E('ERR_UNKNOWN_MODULE_FORMAT', RangeError, 'Unknown module format: %s for URL %s');
E('ERR_UNKNOWN_SIGNAL', TypeError, 'Unknown signal: %s');
E('ERR_UNSUPPORTED_DIR_IMPORT', Error, function(path, base, exactUrl) {
  setOwnUrl(this, exactUrl);
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
});
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', Error, (url, supported) =>
  `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader. ` +
  `Received protocol '${url.protocol}'`);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST', TypeError,
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.');
E('ERR_USE_AFTER_CLOSE', Error, '%s was closed');
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE', Error, 'At least one valid performance entry type is required');
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', TypeError, 'A dynamic import callback was not specified.');
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG', TypeError,
  'A dynamic import callback was invoked without --experimental-vm-modules');
E('ERR_WORKER_INIT_FAILED', Error, 'Worker initialization failure: %s');
E('ERR_WORKER_INVALID_EXEC_ARGV', Error, (errors, msg = 'invalid execArgv flags') =>
  `Initiated Worker with ${msg}: ${errors.join(', ')}`);
E('ERR_WORKER_NOT_RUNNING', Error, 'Worker instance not running');
E('ERR_WORKER_OUT_OF_MEMORY', Error, 'Worker terminated due to reaching memory limit: %s');
E('ERR_WORKER_PATH', TypeError, (filename) =>
  'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or ' +
  `'../'.${`${filename}`.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : ''} Received "${filename}"`);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', Error, 'Serializing an uncaught exception failed');
E('ERR_WORKER_UNSUPPORTED_OPERATION', TypeError, '%s is not supported in workers');
E('ERR_ZLIB_INITIALIZATION_FAILED', Error, 'Initialization failed');

Native('ERR_BUFFER_CONTEXT_NOT_AVAILABLE', Error, 'Buffer is not available for the current Context');
Native('ERR_CONSTRUCT_CALL_INVALID', TypeError, 'Constructor cannot be called');
Native('ERR_CONSTRUCT_CALL_REQUIRED', TypeError, "Class constructor %s cannot be invoked without 'new'");
Native('ERR_CRYPTO_INVALID_AUTH_TAG', TypeError, '%s');
Native('ERR_CRYPTO_INVALID_IV', TypeError, 'Invalid initialization vector');
Native('ERR_DLOPEN_FAILED', Error, '%s');
Native('ERR_INVALID_MODULE', Error, 'No such module: %s');
Native('ERR_INVALID_TRANSFER_OBJECT', TypeError, 'Found invalid object in transferList');
Native('ERR_MEMORY_ALLOCATION_FAILED', Error, 'Failed to allocate memory');
Native('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST', TypeError,
  'Object that needs transfer was found in message but not listed in transferList');
Native('ERR_SCRIPT_EXECUTION_TIMEOUT', Error, 'Script execution timed out after %sms');
Native('ERR_STRING_TOO_LONG', Error, 'Cannot create a string longer than 0x1fffffe8 characters');

// ---- libuv errors (Linux numbering) ----

const uvErrors = [
  [-7, 'E2BIG', 'argument list too long'],
  [-13, 'EACCES', 'permission denied'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-17, 'EEXIST', 'file already exists'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-27, 'EFBIG', 'file too large'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-4, 'EINTR', 'interrupted system call'],
  [-22, 'EINVAL', 'invalid argument'],
  [-5, 'EIO', 'i/o error'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-24, 'EMFILE', 'too many open files'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-23, 'ENFILE', 'file table overflow'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-19, 'ENODEV', 'no such device'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-1, 'EPERM', 'operation not permitted'],
  [-32, 'EPIPE', 'broken pipe'],
  [-71, 'EPROTO', 'protocol error'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-34, 'ERANGE', 'result too large'],
  [-30, 'EROFS', 'read-only file system'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-3, 'ESRCH', 'no such process'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
  [-6, 'ENXIO', 'no such device or address'],
  [-31, 'EMLINK', 'too many links'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-61, 'ENODATA', 'no data available'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
];
const uvErrmap = new Map();
for (const [errno, name, message] of uvErrors) uvErrmap.set(errno, [name, message]);

// [name, message] of a negative libuv errno, or undefined.
function uvErrmapGet(errno) {
  return uvErrmap.get(errno);
}

function uvErrname(errno) {
  const entry = uvErrmap.get(errno);
  return entry === undefined ? `Unknown system error ${errno}` : entry[0];
}

function systemErrorName(err) {
  if (typeof err !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return uvErrname(err);
}

// The system error classes below report `constructor` as Error, like node's, so they print as plain errors.
function reportAsError() {
  return Error;
}

// "ENOENT: no such file or directory, open '/x' -> '/y'" from { errno, syscall, path, dest, message }.
class UVException extends Error {
  constructor(ctx) {
    const entry = uvErrmap.get(ctx.errno);
    const code = entry === undefined ? 'UNKNOWN' : entry[0];
    let message = `${code}: ${ctx.message || (entry === undefined ? 'unknown error' : entry[1])}, ${ctx.syscall}`;
    let path;
    let dest;
    if (ctx.path) {
      path = ctx.path.toString();
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = ctx.dest.toString();
      message += ` -> '${dest}'`;
    }
    super(message);
    // The order node's native context object has: errno, code, syscall, then the rest.
    this.errno = ctx.errno;
    this.code = code;
    for (const key of Object.keys(ctx)) {
      if (key !== 'message' && key !== 'path' && key !== 'dest' && key !== 'errno') this[key] = ctx[key];
    }
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }

  get ['constructor']() { return reportAsError(); }
}

// "connect ECONNREFUSED: connection refused 127.0.0.1:80"
class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const entry = uvErrmap.get(err);
    const code = entry === undefined ? 'UNKNOWN' : entry[0];
    const uvmsg = entry === undefined ? 'unknown error' : entry[1];
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    super(`${syscall} ${code}: ${uvmsg}${details}`);
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() { return reportAsError(); }
}

// "open ENOENT /x" (the `original` text is optional).
class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = systemErrorName(err);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }

  get ['constructor']() { return reportAsError(); }
}

// "connect ECONNREFUSED 127.0.0.1:80 - Local (additional)"
class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = systemErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() { return reportAsError(); }
}

const kEaiNodata = -3007;
const kEaiNoname = -3008;

// "getaddrinfo ENOTFOUND example.invalid"; `code` is a libuv errno or a c-ares code string.
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      code = code === kEaiNodata || code === kEaiNoname ? 'ENOTFOUND' : uvErrname(code);
    }
    super(hostname ? `${syscall} ${code} ${hostname}` : `${syscall} ${code}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }

  get ['constructor']() { return reportAsError(); }
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
  }

  get ['constructor']() { return reportAsError(); }
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Makes errors thrown by `fn` start their stack at fn's caller, as if thrown there.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (err) {
      throw captureLargerStackTrace(err, wrappedFn);
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// Re-captures err's stack above `fn`, keeping a node error's `[code]` header.
function captureLargerStackTrace(err, fn) {
  if (err !== null && typeof err === 'object' && Error.stackTraceLimit > 0) {
    Error.captureStackTrace(err, fn);
    if (err[kIsNodeError]) setStackHeader(err, `${err.name} [${err.code}]`);
  }
  return err;
}

// One error from two: the outer one, or an AggregateError carrying both.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

// V8's RangeError for an exhausted stack.
function isStackOverflowError(err) {
  return err != null && err.name === 'RangeError' && err.message === 'Maximum call stack size exceeded';
}

function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  return new ExceptionWithHostPort(err, syscall, address, port, additional);
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  captureLargerStackTrace,
  codes,
  ConnResetException,
  determineSpecificType,
  DNSException,
  DnsException: DNSException,
  ErrnoException,
  ExceptionWithHostPort,
  exceptionWithHostPort,
  formatList,
  genericNodeError,
  hideStackFrames,
  isStackOverflowError,
  kIsNodeError,
  SystemError,
  uvErrmapGet,
  uvErrname,
  UVException,
  UVExceptionWithHostPort,
};
