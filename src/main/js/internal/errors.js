'use strict';
// Every error the runtime throws, declared once with node's code, class and message, and the makers of
// system errors from libuv errnos.

const kIsNodeError = Symbol('kIsNodeError');
const codes = {};
const messages = new Map();

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// Gives the stack node's header, `TypeError [ERR_X]: message`, while err.name stays 'TypeError'.
function setCodeHeader(err, code) {
  const name = err.name;
  Object.defineProperty(err, 'name', { value: `${name} [${code}]`, configurable: true, writable: true });
  err.stack; // eslint-disable-line no-unused-expressions
  delete err.name;
}

function formatMessage(code, args) {
  const msg = messages.get(code);
  if (typeof msg === 'function') return Reflect.apply(msg, null, args);
  const n = (msg.match(/%[dfijoOs]/g) || []).length;
  if (n === 0) return msg;
  return require('internal/util/inspect').format(msg, ...args.slice(0, n));
}

function makeNodeErrorWithCode(Base, code) {
  return function NodeError(...args) {
    const limit = Error.stackTraceLimit;
    const error = new Base();
    const message = formatMessage(code, args);
    Object.defineProperties(error, {
      [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
      message: { value: message, enumerable: false, writable: true, configurable: true },
      toString: {
        value() { return `${this.name} [${code}]: ${this.message}`; },
        enumerable: false, writable: true, configurable: true,
      },
    });
    Error.stackTraceLimit = limit;
    Error.captureStackTrace(error, NodeError);
    error.code = code;
    setCodeHeader(error, code);
    return error;
  };
}

// E(code, message, Base, ...extra bases exposed as NodeError.RangeError etc.)
function E(code, message, Base, ...others) {
  messages.set(code, message);
  const ctor = makeNodeErrorWithCode(Base, code);
  for (const Other of others) ctor[Other.name] = makeNodeErrorWithCode(Other, code);
  codes[code] = ctor;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint': return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      if (value !== value) return 'type number (NaN)';
      if (value === Infinity) return 'type number (Infinity)';
      if (value === -Infinity) return 'type number (-Infinity)';
      return `type number (${value})`;
    case 'boolean': return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol': return `type symbol (${String(value)})`;
    case 'function': return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return `${inspect(value, { depth: -1 })}`;
    case 'string': {
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      if (value.indexOf("'") === -1) return `type string ('${value}')`;
      return `type string (${JSON.stringify(value)})`;
    }
    default: {
      let inspected = inspect(value, { colors: false });
      if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
      return `type ${type} (${inspected})`;
    }
  }
}

function formatList(array, type = 'and') {
  return array.length < 3 ? array.join(` ${type} `) :
    `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
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
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) {
      const last = types.pop();
      msg += `one of type ${types.join(', ')}, or ${last}`;
    } else if (types.length === 2) {
      msg += `one of type ${types[0]} or ${types[1]}`;
    } else {
      msg += `of type ${types[0]}`;
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) {
      const last = instances.pop();
      msg += `an instance of ${instances.join(', ')}, or ${last}`;
    } else {
      msg += `an instance of ${instances[0]}`;
      if (instances.length === 2) msg += ` or ${instances[1]}`;
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) {
      const last = other.pop();
      msg += `one of ${other.join(', ')}, or ${last}`;
    } else if (other.length === 2) {
      msg += `one of ${other[0]} or ${other[1]}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
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
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}

function missingArgsMessage(...args) {
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  const list = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (list.length) {
    case 1: msg += `${list[0]} argument`; break;
    case 2: msg += `${list[0]} and ${list[1]} arguments`; break;
    default: {
      const last = list.pop();
      msg += `${list.join(', ')}, and ${last} arguments`;
    }
  }
  return `${msg} must be specified`;
}

// System errors (ERR_SYSTEM_ERROR, ERR_FS_*, ERR_TTY_INIT_FAILED): `${prefix}: ${message}, ${syscall} ${path} => ${dest}`.
class SystemError extends Error {
  constructor(key, context) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super();
    Error.stackTraceLimit = limit;
    const prefix = messages.get(key);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    Error.captureStackTrace(this);
    this.code = key;
    Object.defineProperties(this, {
      [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
      name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { value: message, enumerable: false, writable: true, configurable: true },
      info: { value: context, enumerable: true, configurable: true, writable: false },
      errno: {
        get() { return context.errno; }, set(v) { context.errno = v; }, enumerable: true, configurable: true,
      },
      syscall: {
        get() { return context.syscall; }, set(v) { context.syscall = v; }, enumerable: true, configurable: true,
      },
    });
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', {
        get() { return context.path != null ? context.path.toString() : context.path; },
        set(v) { context.path = v; }, enumerable: true, configurable: true,
      });
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', {
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set(v) { context.dest = v; }, enumerable: true, configurable: true,
      });
    }
    setCodeHeader(this, key);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

function ES(code, prefix) {
  messages.set(code, prefix);
  codes[code] = makeSystemErrorWithCode(code);
}

// libuv's error names and messages on Linux, by negative errno.
const uvErrors = new Map([
  [-7, ['E2BIG', 'argument list too long']], [-13, ['EACCES', 'permission denied']],
  [-98, ['EADDRINUSE', 'address already in use']], [-99, ['EADDRNOTAVAIL', 'address not available']],
  [-97, ['EAFNOSUPPORT', 'address family not supported']], [-11, ['EAGAIN', 'resource temporarily unavailable']],
  [-3000, ['EAI_ADDRFAMILY', 'address family not supported']], [-3001, ['EAI_AGAIN', 'temporary failure']],
  [-3002, ['EAI_BADFLAGS', 'bad ai_flags value']], [-3013, ['EAI_BADHINTS', 'invalid value for hints']],
  [-3003, ['EAI_CANCELED', 'request canceled']], [-3004, ['EAI_FAIL', 'permanent failure']],
  [-3005, ['EAI_FAMILY', 'ai_family not supported']], [-3006, ['EAI_MEMORY', 'out of memory']],
  [-3007, ['EAI_NODATA', 'no address']], [-3008, ['EAI_NONAME', 'unknown node or service']],
  [-3009, ['EAI_OVERFLOW', 'argument buffer overflow']], [-3014, ['EAI_PROTOCOL', 'resolved protocol is unknown']],
  [-3010, ['EAI_SERVICE', 'service not available for socket type']],
  [-3011, ['EAI_SOCKTYPE', 'socket type not supported']], [-114, ['EALREADY', 'connection already in progress']],
  [-9, ['EBADF', 'bad file descriptor']], [-16, ['EBUSY', 'resource busy or locked']],
  [-125, ['ECANCELED', 'operation canceled']], [-4080, ['ECHARSET', 'invalid Unicode character']],
  [-103, ['ECONNABORTED', 'software caused connection abort']], [-111, ['ECONNREFUSED', 'connection refused']],
  [-104, ['ECONNRESET', 'connection reset by peer']], [-89, ['EDESTADDRREQ', 'destination address required']],
  [-17, ['EEXIST', 'file already exists']], [-14, ['EFAULT', 'bad address in system call argument']],
  [-27, ['EFBIG', 'file too large']], [-113, ['EHOSTUNREACH', 'host is unreachable']],
  [-4, ['EINTR', 'interrupted system call']], [-22, ['EINVAL', 'invalid argument']], [-5, ['EIO', 'i/o error']],
  [-106, ['EISCONN', 'socket is already connected']], [-21, ['EISDIR', 'illegal operation on a directory']],
  [-40, ['ELOOP', 'too many symbolic links encountered']], [-24, ['EMFILE', 'too many open files']],
  [-90, ['EMSGSIZE', 'message too long']], [-36, ['ENAMETOOLONG', 'name too long']],
  [-100, ['ENETDOWN', 'network is down']], [-101, ['ENETUNREACH', 'network is unreachable']],
  [-23, ['ENFILE', 'file table overflow']], [-105, ['ENOBUFS', 'no buffer space available']],
  [-19, ['ENODEV', 'no such device']], [-2, ['ENOENT', 'no such file or directory']],
  [-12, ['ENOMEM', 'not enough memory']], [-64, ['ENONET', 'machine is not on the network']],
  [-92, ['ENOPROTOOPT', 'protocol not available']], [-28, ['ENOSPC', 'no space left on device']],
  [-38, ['ENOSYS', 'function not implemented']], [-107, ['ENOTCONN', 'socket is not connected']],
  [-20, ['ENOTDIR', 'not a directory']], [-39, ['ENOTEMPTY', 'directory not empty']],
  [-88, ['ENOTSOCK', 'socket operation on non-socket']], [-95, ['ENOTSUP', 'operation not supported on socket']],
  [-75, ['EOVERFLOW', 'value too large for defined data type']], [-1, ['EPERM', 'operation not permitted']],
  [-32, ['EPIPE', 'broken pipe']], [-71, ['EPROTO', 'protocol error']],
  [-93, ['EPROTONOSUPPORT', 'protocol not supported']], [-91, ['EPROTOTYPE', 'protocol wrong type for socket']],
  [-34, ['ERANGE', 'result too large']], [-30, ['EROFS', 'read-only file system']],
  [-108, ['ESHUTDOWN', 'cannot send after transport endpoint shutdown']], [-29, ['ESPIPE', 'invalid seek']],
  [-3, ['ESRCH', 'no such process']], [-110, ['ETIMEDOUT', 'connection timed out']],
  [-26, ['ETXTBSY', 'text file is busy']], [-18, ['EXDEV', 'cross-device link not permitted']],
  [-4094, ['UNKNOWN', 'unknown error']], [-4095, ['EOF', 'end of file']], [-6, ['ENXIO', 'no such device or address']],
  [-31, ['EMLINK', 'too many links']], [-112, ['EHOSTDOWN', 'host is down']],
  [-121, ['EREMOTEIO', 'remote I/O error']], [-25, ['ENOTTY', 'inappropriate ioctl for device']],
  [-4028, ['EFTYPE', 'inappropriate file type or format']], [-84, ['EILSEQ', 'illegal byte sequence']],
  [-94, ['ESOCKTNOSUPPORT', 'socket type not supported']], [-10, ['ECHILD', 'no child processes']],
  [-61, ['ENODATA', 'no data available']], [-6, ['ENXIO', 'no such device or address']],
]);

function uvErrmapGet(errno) {
  return uvErrors.get(errno);
}

function uvErrname(errno) {
  const entry = uvErrors.get(errno);
  return entry === undefined ? `Unknown system error ${errno}` : entry[0];
}

// A libuv errno as node's error: `ENOENT: no such file or directory, open '/x'` with errno/code/syscall/path.
function uvException(ctx) {
  const { errno, syscall, path, dest } = ctx;
  const [code, uvmsg] = uvErrors.get(errno) || ['UNKNOWN', 'unknown error'];
  let message = `${code}: ${ctx.message || uvmsg}, ${syscall}`;
  if (path) message += ` '${path}'`;
  if (dest) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  Error.captureStackTrace(err, uvException);
  return err;
}

// `${syscall} ${code}` errors (net, dns, process): errnoException(errno, syscall, original).
function errnoException(err, syscall, original) {
  const code = uvErrname(err);
  const e = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  Error.captureStackTrace(e, errnoException);
  return e;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = uvErrname(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  Error.captureStackTrace(ex, exceptionWithHostPort);
  return ex;
}

function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === -3008 || code === -3007 ? 'ENOTFOUND' : uvErrname(code);
  }
  const message = `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`;
  const ex = new Error(message);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  Error.captureStackTrace(ex, dnsException);
  return ex;
}

function connResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
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

function hideStackFrames(fn) {
  return fn;
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

let maxStackErrorName;
let maxStackErrorMessage;
function isStackOverflowError(err) {
  if (maxStackErrorMessage === undefined) {
    try {
      (function overflow() { overflow(); })();
    } catch (e) {
      maxStackErrorMessage = e.message;
      maxStackErrorName = e.name;
    }
  }
  return err && err.name === maxStackErrorName && err.message === maxStackErrorMessage;
}

// The table: code, message (string with %s/%d or a function of the constructor arguments), class(es).
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ? `"${name}" is outside of buffer bounds` :
  'Attempt to access memory outside buffer bounds'), RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous ' +
  'operations', Error);
E('ERR_DLOPEN_FAILED', '%s', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING', 'Module "%s" needs an import attribute of "%s: %s"', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED', '--input-type can only be used with string input via --eval, --print, or STDIN',
  Error);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValueMessage, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${msg}`;
}, TypeError);
E('ERR_INVALID_MODULE', 'No such module: %s', Error);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relatedError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
      `${pkgPath}package.json${base ? ` imported from ${base}` : ''}${relatedError ? '; targets must start with "./"' : ''}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in ` +
    `the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
    `${relatedError ? '; targets must start with "./"' : ''}`;
}, Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG', 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) =>
  `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" function but got ${value}.`,
TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  let type;
  if (value && value.constructor && value.constructor.name) type = `instance of ${value.constructor.name}`;
  else type = `type ${typeof value}`;
  return `Expected ${input} to be returned for the "${prop}" from the "${name}" function but got ${type}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  const type = determineSpecificType(value);
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', missingArgsMessage, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = exactUrl;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', outOfRangeMessage, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}` : ''}` +
  ` imported from ${base}`, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') {
    return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  }
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json` +
    `${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments",
  TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', ` +
    `as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_ESM', function(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!packageJsonPath) {
    if (filename.endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS ` +
        'modules.';
    }
    return msg;
  }
  const path = require('path');
  const basename = parentPath && path.basename(filename) === path.basename(parentPath) ? filename :
    path.basename(filename);
  msg += `\n${basename} is treated as an ES module file as it is a .js file whose nearest parent package.json ` +
    `contains "type": "module" which declares all .js files in that package scope as ES modules.\nInstead either ` +
    'rename ' + `${basename} to end in .cjs, change the requiring code to use dynamic import() which is available ` +
    'in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
    `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
  return msg;
}, Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x%s characters', Error);
ES('ERR_SYSTEM_ERROR', 'A system error occurred');
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${inspect(err)})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path, suggestion) => {
  let msg = `Unknown file extension "${ext}" for ${path}`;
  if (suggestion) msg += `. ${suggestion}`;
  return msg;
}, TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader`;
  if (url.protocol === 'file:' || url.protocol === 'data:') return msg;
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);

module.exports = {
  codes,
  kIsNodeError,
  AbortError,
  SystemError,
  UVException: uvException,
  uvException,
  ErrnoException: errnoException,
  errnoException,
  ExceptionWithHostPort: exceptionWithHostPort,
  exceptionWithHostPort,
  DnsException: dnsException,
  dnsException,
  ConnResetException: connResetException,
  connResetException,
  uvErrmapGet,
  uvErrname,
  hideStackFrames,
  genericNodeError,
  aggregateTwoErrors,
  isStackOverflowError,
  determineSpecificType,
  addNumericalSeparator,
  formatList,
};
