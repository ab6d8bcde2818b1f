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

const objectToString = Object.prototype.toString;

// A cheap filter before the exact (and, when negative, slow) check. An object carrying the internal slot
// reports `tag`, or '[object Object]' when the tag comes from a prototype it no longer has, unless a
// Symbol.toStringTag property changed it. Proxies carry no slots at all.
function mayBe(value, tag) {
  if (%IsJSProxy(value)) return false;
  const actual = objectToString.call(value);
  return actual === tag || actual === '[object Object]' || Symbol.toStringTag in value;
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function isDataView(value) {
  return isView(value) && typedArrayTag.call(value) === undefined;
}

function isMap(value) {
  return isObjectLike(value) && mayBe(value, '[object Map]') && accepts(mapSize, value);
}

function isSet(value) {
  return isObjectLike(value) && mayBe(value, '[object Set]') && accepts(setSize, value);
}

function isDate(value) {
  return isObjectLike(value) && mayBe(value, '[object Date]') && accepts(dateGetTime, value);
}

function isRegExp(value) {
  // The source getter returns '(?:)' for RegExp.prototype itself instead of throwing.
  return isObjectLike(value) && value !== RegExpPrototype && mayBe(value, '[object RegExp]') &&
    accepts(regExpSource, value);
}

function isWeakMap(value) {
  if (!isObjectLike(value) || !mayBe(value, '[object WeakMap]')) return false;
  try {
    weakMapHas.call(value, RegExpPrototype);
    return true;
  } catch {
    return false;
  }
}

function isWeakSet(value) {
  if (!isObjectLike(value) || !mayBe(value, '[object WeakSet]')) return false;
  try {
    weakSetHas.call(value, RegExpPrototype);
    return true;
  } catch {
    return false;
  }
}

function isArrayBuffer(value) {
  return isObjectLike(value) && mayBe(value, '[object ArrayBuffer]') && accepts(arrayBufferByteLength, value);
}

function isSharedArrayBuffer(value) {
  return sharedArrayBufferByteLength !== undefined && isObjectLike(value) &&
    mayBe(value, '[object SharedArrayBuffer]') && accepts(sharedArrayBufferByteLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isNumberObject(value) {
  return isObjectLike(value) && mayBe(value, '[object Number]') && accepts(numberValueOf, value);
}

function isStringObject(value) {
  return isObjectLike(value) && mayBe(value, '[object String]') && accepts(stringValueOf, value);
}

function isBooleanObject(value) {
  return isObjectLike(value) && mayBe(value, '[object Boolean]') && accepts(booleanValueOf, value);
}

function isBigIntObject(value) {
  return isObjectLike(value) && mayBe(value, '[object BigInt]') && accepts(bigIntValueOf, value);
}

function isSymbolObject(value) {
  return isObjectLike(value) && mayBe(value, '[object Symbol]') && accepts(symbolValueOf, value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) || isBigIntObject(value) ||
    isSymbolObject(value);
}

// The native checks, behind the same filter so that most values never cross into Java.
function nativeCheck(name, tag) {
  const native = binding[name];
  return { [name](value) { return isObjectLike(value) && mayBe(value, tag) && native(value); } }[name];
}

function nativeFunctionCheck(name) {
  const native = binding[name];
  return { [name](value) { return typeof value === 'function' && Symbol.toStringTag in value && native(value); } }[name];
}

function isProxy(value) {
  return %IsJSProxy(value);
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
  isExternal: function isExternal(value) {
    return isObjectLike(value) && Object.getPrototypeOf(value) === null && binding.isExternal(value);
  },
  isDate,
  isArgumentsObject: nativeCheck('isArgumentsObject', '[object Arguments]'),
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError: nativeCheck('isNativeError', '[object Error]'),
  isRegExp,
  isAsyncFunction: nativeFunctionCheck('isAsyncFunction'),
  isGeneratorFunction: nativeFunctionCheck('isGeneratorFunction'),
  isGeneratorObject: nativeCheck('isGeneratorObject', '[object Generator]'),
  isPromise: nativeCheck('isPromise', '[object Promise]'),
  isMap,
  isSet,
  isMapIterator: nativeCheck('isMapIterator', '[object Map Iterator]'),
  isSetIterator: nativeCheck('isSetIterator', '[object Set Iterator]'),
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject: nativeCheck('isModuleNamespaceObject', '[object Module]'),
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
