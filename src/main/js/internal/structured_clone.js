'use strict';
// structuredClone: the HTML structured clone algorithm over the types node supports (no transfer of ports yet).

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

function dataCloneError(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'DataCloneError');
}

function cloneValue(value, memory) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol')) {
    return value;
  }
  if (typeof value === 'symbol') throw dataCloneError(`${String(value)} could not be cloned.`);
  if (typeof value === 'function') {
    throw dataCloneError(`${Function.prototype.toString.call(value)} could not be cloned.`);
  }
  const seen = memory.get(value);
  if (seen !== undefined) return seen;
  const tag = Object.prototype.toString.call(value);
  let out;
  switch (tag) {
    case '[object Boolean]': out = Object(Boolean.prototype.valueOf.call(value)); break;
    case '[object Number]': out = Object(Number.prototype.valueOf.call(value)); break;
    case '[object String]': out = Object(String.prototype.valueOf.call(value)); break;
    case '[object BigInt]': out = Object(BigInt.prototype.valueOf.call(value)); break;
    case '[object Date]': out = new Date(Date.prototype.getTime.call(value)); break;
    case '[object RegExp]': out = new RegExp(value.source, value.flags); break;
    case '[object ArrayBuffer]': out = value.slice(0); break;
    case '[object SharedArrayBuffer]': out = value; break;
    case '[object Map]': {
      out = new Map();
      memory.set(value, out);
      for (const [k, v] of value) out.set(cloneValue(k, memory), cloneValue(v, memory));
      return out;
    }
    case '[object Set]': {
      out = new Set();
      memory.set(value, out);
      for (const v of value) out.add(cloneValue(v, memory));
      return out;
    }
    case '[object Error]': {
      const name = value.name;
      const Ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[name] || Error;
      out = Object.create(Ctor.prototype);
      memory.set(value, out);
      const desc = Object.getOwnPropertyDescriptor(value, 'message');
      if (desc !== undefined) {
        Object.defineProperty(out, 'message', { value: String(value.message), writable: true, configurable: true });
      }
      Object.defineProperty(out, 'stack', { value: value.stack, writable: true, configurable: true });
      if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
        Object.defineProperty(out, 'cause', { value: cloneValue(value.cause, memory), writable: true, configurable: true });
      }
      return out;
    }
    case '[object Array]': {
      out = new Array(value.length);
      memory.set(value, out);
      for (const key of Object.keys(value)) out[key] = cloneValue(value[key], memory);
      return out;
    }
    case '[object Object]': {
      if (isPlainish(value)) {
        out = {};
        memory.set(value, out);
        for (const key of Object.keys(value)) out[key] = cloneValue(value[key], memory);
        return out;
      }
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
    default:
      if (ArrayBuffer.isView(value)) {
        const buffer = cloneValue(value.buffer, memory);
        if (value instanceof DataView) out = new DataView(buffer, value.byteOffset, value.byteLength);
        else out = new value.constructor(buffer, value.byteOffset, value.length);
        break;
      }
      throw dataCloneError(`${describe(value)} could not be cloned.`);
  }
  memory.set(value, out);
  return out;
}

function isPlainish(value) {
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || typeof value.constructor !== 'function' ||
    !/\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(value.constructor)) ||
    value.constructor === Object;
}

function describe(value) {
  const ctor = value && value.constructor && value.constructor.name;
  return ctor ? `#<${ctor}>` : 'object';
}

// ArrayBuffers in options.transfer move into the clone: the clone gets their bytes, the originals end up
// detached.
function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  if (options !== undefined && options !== null && typeof options !== 'object') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const transfer = options?.transfer;
  const moved = [];
  if (transfer !== undefined && transfer !== null) {
    if (typeof transfer[Symbol.iterator] !== 'function') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('options.transfer', 'Array', transfer);
    }
    for (const item of transfer) {
      if (Object.prototype.toString.call(item) !== '[object ArrayBuffer]') {
        throw new TypeError('Found invalid object in transferList');
      }
      moved.push(item);
    }
  }
  const clone = cloneValue(value, new Map());
  for (const buffer of moved) buffer.transfer();
  return clone;
}

module.exports = { structuredClone };
