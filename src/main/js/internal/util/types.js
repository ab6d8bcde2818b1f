'use strict';

// Brand checks. Each one calls a built-in accessor or method that only accepts a receiver carrying the
// matching internal slot, so prototype tricks and Symbol.toStringTag cannot fool them. Only what plain
// JavaScript cannot decide is delegated to the native `types` binding.

const binding = internalBinding('types');

const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const regExpSource = getter(RegExp.prototype, 'source');
const dateGetTime = Date.prototype.getTime;
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigIntValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;
const RegExpPrototype = RegExp.prototype;
const isView = ArrayBuffer.isView;

// Returns true when `fn` accepts `value` as its receiver. Callers rule out primitives first, which
// keeps the exception path (the slow one) away from the most common inputs.
function accepts(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function isDataView(value) {
  return isView(value) && typedArrayTag.call(value) === undefined;
}

function isMap(value) {
  return isObjectLike(value) && accepts(mapSize, value);
}

function isSet(value) {
  return isObjectLike(value) && accepts(setSize, value);
}

function isDate(value) {
  return isObjectLike(value) && accepts(dateGetTime, value);
}

function isRegExp(value) {
  // The source getter returns '(?:)' for RegExp.prototype itself instead of throwing.
  return isObjectLike(value) && value !== RegExpPrototype && accepts(regExpSource, value);
}

function isWeakMap(value) {
  if (!isObjectLike(value)) return false;
  try {
    weakMapHas.call(value, RegExpPrototype);
    return true;
  } catch {
    return false;
  }
}

function isWeakSet(value) {
  if (!isObjectLike(value)) return false;
  try {
    weakSetHas.call(value, RegExpPrototype);
    return true;
  } catch {
    return false;
  }
}

function isArrayBuffer(value) {
  return isObjectLike(value) && accepts(arrayBufferByteLength, value);
}

function isSharedArrayBuffer(value) {
  return sharedArrayBufferByteLength !== undefined && isObjectLike(value) &&
    accepts(sharedArrayBufferByteLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isNumberObject(value) {
  return isObjectLike(value) && accepts(numberValueOf, value);
}

function isStringObject(value) {
  return isObjectLike(value) && accepts(stringValueOf, value);
}

function isBooleanObject(value) {
  return isObjectLike(value) && accepts(booleanValueOf, value);
}

function isBigIntObject(value) {
  return isObjectLike(value) && accepts(bigIntValueOf, value);
}

function isSymbolObject(value) {
  return isObjectLike(value) && accepts(symbolValueOf, value);
}

function isBoxedPrimitive(value) {
  return isObjectLike(value) && (
    accepts(numberValueOf, value) ||
    accepts(stringValueOf, value) ||
    accepts(booleanValueOf, value) ||
    accepts(bigIntValueOf, value) ||
    accepts(symbolValueOf, value));
}

function typedArrayChecker(name) {
  // Named like the public function so stack traces and inspect output look familiar.
  return { [`is${name}`](value) { return typedArrayTag.call(value) === name; } }[`is${name}`];
}

// Crypto may be absent (or not yet loaded); the key checks are resolved on first use.
let cryptoKeys;
function loadCryptoKeys() {
  if (cryptoKeys === undefined) {
    try {
      cryptoKeys = process.versions.openssl ? require('internal/crypto/keys') : null;
    } catch {
      cryptoKeys = null;
    }
  }
  return cryptoKeys;
}

module.exports = {
  isExternal: binding.isExternal,
  isDate,
  isArgumentsObject: binding.isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError: binding.isNativeError,
  isRegExp,
  isAsyncFunction: binding.isAsyncFunction,
  isGeneratorFunction: binding.isGeneratorFunction,
  isGeneratorObject: binding.isGeneratorObject,
  isPromise: binding.isPromise,
  isMap,
  isSet,
  isMapIterator: binding.isMapIterator,
  isSetIterator: binding.isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy: binding.isProxy,
  isModuleNamespaceObject: binding.isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView: isView,
  isTypedArray,
  isUint8Array: typedArrayChecker('Uint8Array'),
  isUint8ClampedArray: typedArrayChecker('Uint8ClampedArray'),
  isUint16Array: typedArrayChecker('Uint16Array'),
  isUint32Array: typedArrayChecker('Uint32Array'),
  isInt8Array: typedArrayChecker('Int8Array'),
  isInt16Array: typedArrayChecker('Int16Array'),
  isInt32Array: typedArrayChecker('Int32Array'),
  isFloat32Array: typedArrayChecker('Float32Array'),
  isFloat64Array: typedArrayChecker('Float64Array'),
  isBigInt64Array: typedArrayChecker('BigInt64Array'),
  isBigUint64Array: typedArrayChecker('BigUint64Array'),
};

Object.defineProperties(module.exports, {
  isKeyObject: {
    value: function isKeyObject(value) {
      const keys = loadCryptoKeys();
      return keys !== null && keys.isKeyObject(value);
    },
    enumerable: true,
  },
  isCryptoKey: {
    value: function isCryptoKey(value) {
      const keys = loadCryptoKeys();
      return keys !== null && keys.isCryptoKey(value);
    },
    enumerable: true,
  },
});
