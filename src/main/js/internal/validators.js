'use strict';
// Argument checks with node's errors and messages. A failing check throws an error whose stack starts at the
// caller of the validator, as node's do.

const {
  captureLargerStackTrace,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'string', value), validateString);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'boolean', value), validateBoolean);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'Function', value), validateFunction);
  }
}

let isAsyncFunction;
// A function that is not async (async functions would return a promise where a value is expected).
function validatePlainFunction(value, name) {
  isAsyncFunction ??= require('internal/util/types').isAsyncFunction;
  if (typeof value !== 'function' || isAsyncFunction(value)) {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'Function', value), validatePlainFunction);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'undefined', value), validateUndefined);
  }
}

// "the range" text of ERR_OUT_OF_RANGE for optional bounds: '>= 0 && <= 3', '>= 0', '<= 3'.
function rangeText(min, max) {
  if (min != null && max != null) return `>= ${min} && <= ${max}`;
  return min != null ? `>= ${min}` : `<= ${max}`;
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'number', value), validateNumber);
  }
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw captureLargerStackTrace(new ERR_OUT_OF_RANGE(name, rangeText(min, max), value), validateNumber);
  }
}

// The checks shared by the integer validators; `fn` is the validator the stack should start above.
function checkInteger(value, name, min, max, fn) {
  if (typeof value !== 'number') {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'number', value), fn);
  }
  if (!Number.isInteger(value)) {
    throw captureLargerStackTrace(new ERR_OUT_OF_RANGE(name, 'an integer', value), fn);
  }
  if (value < min || value > max) {
    throw captureLargerStackTrace(new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value), fn);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    checkInteger(value, name, min, max, validateInteger);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    checkInteger(value, name, min, max, validateInt32);
  }
}

function validateUint32(value, name, positive = false) {
  const min = positive ? 1 : 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 4294967295) {
    checkInteger(value, name, min, 4294967295, validateUint32);
  }
}

// A finite number; undefined and NaN answer false (use the default), infinities throw.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'number', number), validateFiniteNumber);
  }
  throw captureLargerStackTrace(new ERR_OUT_OF_RANGE(name, 'a finite number', number), validateFiniteNumber);
}

// `number` within [lower, upper], or `def` when it is undefined or NaN.
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  let finite;
  try {
    finite = validateFiniteNumber(number, name);
  } catch (err) {
    throw captureLargerStackTrace(err, checkRangesOrGetDefault);
  }
  if (!finite) return def;
  if (number < lower || number > upper) {
    throw captureLargerStackTrace(
      new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number), checkRangesOrGetDefault);
  }
  return number;
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw captureLargerStackTrace(
      new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`), validateOneOf);
  }
}

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1;
const kValidateObjectAllowArray = 2;
const kValidateObjectAllowFunction = 4;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowObjects | kValidateObjectAllowNullable;

// `options` is a mask of the kValidateObject* flags or an object { nullable, allowArray, allowFunction }.
function validateObject(value, name, options = kValidateObjectNone) {
  let flags = options;
  if (typeof options === 'object' && options !== null) {
    flags = (options.nullable ? kValidateObjectAllowNullable : 0) |
      (options.allowArray ? kValidateObjectAllowArray : 0) |
      (options.allowFunction ? kValidateObjectAllowFunction : 0);
  }
  const ok = value === null ? (flags & kValidateObjectAllowNullable) !== 0 :
    typeof value === 'object' ? (flags & kValidateObjectAllowArray) !== 0 || !Array.isArray(value) :
      typeof value === 'function' && (flags & kValidateObjectAllowFunction) !== 0;
  if (!ok) throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'Object', value), validateObject);
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value), validateDictionary);
  }
}

function checkArray(value, name, minLength, fn) {
  if (!Array.isArray(value)) {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'Array', value), fn);
  }
  if (value.length < minLength) {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`), fn);
  }
}

function validateArray(value, name, minLength = 0) {
  checkArray(value, name, minLength, validateArray);
}

function validateStringArray(value, name) {
  checkArray(value, name, 0, validateStringArray);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') {
      throw captureLargerStackTrace(
        new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]), validateStringArray);
    }
  }
}

function validateBooleanArray(value, name) {
  checkArray(value, name, 0, validateBooleanArray);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'boolean') {
      throw captureLargerStackTrace(
        new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'boolean', value[i]), validateBooleanArray);
    }
  }
}

function isAbortSignalLike(signal) {
  return signal !== null && typeof signal === 'object' && 'aborted' in signal;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && !isAbortSignalLike(signal)) {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal), validateAbortSignal);
  }
}

function validateAbortSignalArray(value, name) {
  checkArray(value, name, 0, validateAbortSignalArray);
  for (let i = 0; i < value.length; i++) {
    if (!isAbortSignalLike(value[i])) {
      throw captureLargerStackTrace(
        new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'AbortSignal', value[i]), validateAbortSignalArray);
    }
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw captureLargerStackTrace(
      new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer), validateBuffer);
  }
}

// Hex strings encode whole bytes: an odd length cannot be decoded.
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && encoding.length === 3 && encoding.toLowerCase() === 'hex' &&
      data.length % 2 !== 0) {
    throw captureLargerStackTrace(
      new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`),
      validateEncoding);
  }
}

// A port number, or a string holding one; returns it as a number.
function validatePort(port, name = 'Port', allowZero = true) {
  const type = typeof port;
  let ok = type === 'number' || (type === 'string' && port.trim().length > 0);
  if (ok) {
    const n = +port;
    ok = n === (n >>> 0) && n <= 0xFFFF && (allowZero || port !== 0);
  }
  if (!ok) throw captureLargerStackTrace(new ERR_SOCKET_BAD_PORT(name, port, allowZero), validatePort);
  return port | 0;
}

let signals;
function validateSignalName(signal, name = 'signal') {
  if (typeof signal !== 'string') {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, 'string', signal), validateSignalName);
  }
  signals ??= require('internal/os/constants').signals;
  if (signals[signal] === undefined) {
    const hint = signals[signal.toUpperCase()] !== undefined ? ' (signals must use all capital letters)' : '';
    throw captureLargerStackTrace(new ERR_UNKNOWN_SIGNAL(`${signal}${hint}`), validateSignalName);
  }
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value), validateUnion);
  }
}

// `this` of a method must carry the class's private field.
function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !(fieldKey in object)) {
    throw captureLargerStackTrace(new ERR_INVALID_ARG_TYPE('this', className, object), validateInternalField);
  }
}

const octalRegExp = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// A file mode given as a number or an octal string ('755'); `def` when it is null or undefined.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalRegExp.test(value)) {
      throw captureLargerStackTrace(new ERR_INVALID_ARG_VALUE(name, value, modeDesc), parseFileMode);
    }
    value = Number.parseInt(value, 8);
  }
  if (typeof value !== 'number' || !isUint32(value)) checkInteger(value, name, 0, 4294967295, parseFileMode);
  return value;
}

module.exports = {
  checkRangesOrGetDefault,
  isInt32,
  isUint32,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  kValidateObjectNone,
  parseFileMode,
  validateAbortSignal,
  validateAbortSignalArray,
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFiniteNumber,
  validateFunction,
  validateInt32,
  validateInteger,
  validateInternalField,
  validateNumber,
  validateObject,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringArray,
  validateUint32,
  validateUndefined,
  validateUnion,
};
