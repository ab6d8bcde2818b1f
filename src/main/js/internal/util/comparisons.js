'use strict';

// Deep equality for assert.deepEqual (loose) and assert.deepStrictEqual / util.isDeepStrictEqual
// (strict). Loose mode compares primitives with `==` and ignores prototypes and symbol keys; strict
// mode uses Object.is for primitives and also compares prototypes and enumerable symbol keys.

const {
  isDate,
  isRegExp,
  isNativeError,
  isMap,
  isSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isFloat32Array,
  isFloat64Array,
} = require('internal/util/types');

const objectToString = Object.prototype.toString;
const hasOwn = Object.hasOwn;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const getPrototypeOf = Object.getPrototypeOf;
const objectKeys = Object.keys;
const getOwnPropertySymbols = Object.getOwnPropertySymbols;
const isArray = Array.isArray;
const isView = ArrayBuffer.isView;
const dateGetTime = Date.prototype.getTime;
const regExpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
// The element type of a typed array (undefined for a DataView), whatever its prototype or own tag claim.
const typedArrayKind =
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

// Kinds of objects with their own equality rules, in the precedence the checks are applied.
const kOther = 0;
const kDate = 1;
const kRegExp = 2;
const kError = 3;
const kView = 4;
const kSet = 5;
const kMap = 6;
const kArrayBuffer = 7;
const kBoxed = 8;

function isErrorLike(value) {
  return isNativeError(value) || value instanceof Error;
}

// Exact classification; the tag only picks which brand check to try first so ordinary values never
// hit the exception path of the brand checks.
function kindOf(value, tag) {
  if (isView(value)) return isErrorLike(value) ? kError : kView;
  switch (tag) {
    case '[object Date]':
      if (isDate(value)) return kDate;
      break;
    case '[object RegExp]':
      if (isRegExp(value)) return kRegExp;
      break;
    case '[object Error]':
      if (isErrorLike(value)) return kError;
      break;
    case '[object Set]':
      if (isSet(value)) return value instanceof Error ? kError : kSet;
      break;
    case '[object Map]':
      if (isMap(value)) return value instanceof Error ? kError : kMap;
      break;
    case '[object ArrayBuffer]':
    case '[object SharedArrayBuffer]':
      if (isAnyArrayBuffer(value)) return value instanceof Error ? kError : kArrayBuffer;
      break;
    case '[object Number]':
    case '[object String]':
    case '[object Boolean]':
    case '[object BigInt]':
    case '[object Symbol]':
      if (isBoxedPrimitive(value)) return value instanceof Error ? kError : kBoxed;
      break;
  }
  if (isDate(value)) return kDate;
  if (isRegExp(value)) return kRegExp;
  if (isErrorLike(value)) return kError;
  if (isSet(value)) return kSet;
  if (isMap(value)) return kMap;
  if (isAnyArrayBuffer(value)) return kArrayBuffer;
  if (isBoxedPrimitive(value)) return kBoxed;
  return kOther;
}

function bytesEqual(a, aOffset, b, bOffset, length) {
  if (((aOffset | bOffset | length) & 3) === 0) {
    const a32 = new Int32Array(a, aOffset, length >> 2);
    const b32 = new Int32Array(b, bOffset, length >> 2);
    for (let i = 0; i < a32.length; i++) {
      if (a32[i] !== b32[i]) return false;
    }
    return true;
  }
  const a8 = new Uint8Array(a, aOffset, length);
  const b8 = new Uint8Array(b, bOffset, length);
  for (let i = 0; i < length; i++) {
    if (a8[i] !== b8[i]) return false;
  }
  return true;
}

function viewsEqual(a, b, strict) {
  if (a.byteLength !== b.byteLength) return false;
  // Loose mode compares float elements by value, so 0 equals -0 and NaN differs from NaN.
  if (!strict && (isFloat32Array(a) || isFloat64Array(a))) {
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false;
    }
    return true;
  }
  return bytesEqual(a.buffer, a.byteOffset, b.buffer, b.byteOffset, a.byteLength);
}

function boxedEqual(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

// Number of leading array-index keys in `keys` (indices always come first, in ascending order).
function countIndexKeys(keys, length) {
  let low = 0;
  let high = keys.length < length ? keys.length : length;
  // keys[i] is an index iff it is the canonical string of an integer below `length`.
  while (low < high) {
    const mid = (low + high) >>> 1;
    const key = keys[mid];
    const n = +key;
    if (n >= 0 && n < length && `${n}` === key) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Own enumerable non-index keys of an array or typed array (plus enumerable symbols when strict).
function nonIndexKeys(value, length, strict) {
  const keys = objectKeys(value);
  const indexCount = countIndexKeys(keys, length);
  const result = indexCount === 0 ? keys : keys.slice(indexCount);
  if (strict) appendEnumerableSymbols(value, result);
  return result;
}

function appendEnumerableSymbols(value, keys) {
  const symbols = getOwnPropertySymbols(value);
  for (let i = 0; i < symbols.length; i++) {
    if (propertyIsEnumerable.call(value, symbols[i])) keys.push(symbols[i]);
  }
}

function sameKeySets(keys1, keys2, b) {
  if (keys1.length !== keys2.length) return false;
  let i = 0;
  // Usually both objects were built the same way and list their keys in the same order.
  while (i < keys1.length && keys1[i] === keys2[i]) i++;
  for (; i < keys1.length; i++) {
    if (!propertyIsEnumerable.call(b, keys1[i])) return false;
  }
  return true;
}

// Own enumerable symbol keys must match in strict mode.
function sameSymbolKeys(a, b) {
  const symbols1 = getOwnPropertySymbols(a);
  const symbols2 = getOwnPropertySymbols(b);
  if (symbols1.length === 0 && symbols2.length === 0) return true;
  let count1 = 0;
  for (let i = 0; i < symbols1.length; i++) {
    const symbol = symbols1[i];
    if (propertyIsEnumerable.call(a, symbol)) {
      if (!propertyIsEnumerable.call(b, symbol)) return false;
      count1++;
    }
  }
  let count2 = 0;
  for (let i = 0; i < symbols2.length; i++) {
    if (propertyIsEnumerable.call(b, symbols2[i])) count2++;
  }
  return count1 === count2;
}

// Pairs of objects whose comparison is in progress. A pair met again while still in progress is a
// cycle and is assumed equal; the comparison of the outer pair decides.
class Memo {
  constructor() {
    this.pairs = new Map();
    this.extra = [];
  }

  has(a, b) {
    const other = this.pairs.get(a);
    if (other === b) return true;
    if (other === undefined) return false;
    const extra = this.extra;
    for (let i = 0; i < extra.length; i += 2) {
      if (extra[i] === a && extra[i + 1] === b) return true;
    }
    return false;
  }

  // Returns whether the pair went into the extra list (needed to undo it).
  enter(a, b) {
    if (this.pairs.has(a)) {
      this.extra.push(a, b);
      return true;
    }
    this.pairs.set(a, b);
    return false;
  }

  leave(a, inExtra) {
    if (inExtra) {
      this.extra.length -= 2;
    } else {
      this.pairs.delete(a);
    }
  }
}

function innerDeepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') return a == b || (a !== a && b !== b); // eslint-disable-line eqeqeq
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;

  if (isArray(a)) {
    if (!isArray(b) || a.length !== b.length) return false;
    const keys1 = nonIndexKeys(a, a.length, strict);
    const keys2 = nonIndexKeys(b, b.length, strict);
    if (!sameKeySets(keys1, keys2, b)) return false;
    if (a.length === 0 && keys1.length === 0) return true;
    return compareChildren(a, b, strict, memo, keys1, arrayElementsEqual);
  }
  // An object that only claims to be an array is none.
  if (isArray(b)) return false;
  if (tag === '[object Object]') return objectsEqual(a, b, strict, memo);

  const kind = kindOf(a, tag);
  if (kind !== kindOf(b, tag)) return false;
  switch (kind) {
    case kDate:
      if (dateGetTime.call(a) !== dateGetTime.call(b)) return false;
      break;
    case kRegExp:
      if (regExpSource.call(a) !== regExpSource.call(b) || regExpFlags.call(a) !== regExpFlags.call(b) ||
          a.lastIndex !== b.lastIndex) {
        return false;
      }
      break;
    case kError:
      if (a.message !== b.message || a.name !== b.name) return false;
      if ((hasOwn(a, 'cause') || hasOwn(b, 'cause')) &&
          !innerDeepEqual(a.cause, b.cause, strict, memo)) {
        return false;
      }
      if ((hasOwn(a, 'errors') || hasOwn(b, 'errors')) &&
          !innerDeepEqual(a.errors, b.errors, strict, memo)) {
        return false;
      }
      break;
    case kView: {
      if (typedArrayKind.call(a) !== typedArrayKind.call(b) || !viewsEqual(a, b, strict)) return false;
      // DataViews have no indexed properties; typed arrays list their elements first.
      const length1 = tag === '[object DataView]' ? 0 : a.length;
      const keys1 = nonIndexKeys(a, length1, strict);
      const keys2 = nonIndexKeys(b, length1, strict);
      if (!sameKeySets(keys1, keys2, b)) return false;
      return compareChildren(a, b, strict, memo, keys1, null);
    }
    case kSet:
      if (a.size !== b.size) return false;
      return objectsWithEntriesEqual(a, b, strict, memo, setsEqual);
    case kMap:
      if (a.size !== b.size) return false;
      return objectsWithEntriesEqual(a, b, strict, memo, mapsEqual);
    case kArrayBuffer:
      if (a.byteLength !== b.byteLength || !bytesEqual(a, 0, b, 0, a.byteLength)) return false;
      break;
    case kBoxed:
      if (!boxedEqual(a, b)) return false;
      break;
  }
  return objectsEqual(a, b, strict, memo);
}

function objectsEqual(a, b, strict, memo) {
  const keys1 = objectKeys(a);
  if (!sameKeySets(keys1, objectKeys(b), b)) return false;
  if (strict) {
    if (!sameSymbolKeys(a, b)) return false;
    appendEnumerableSymbols(a, keys1);
  }
  if (keys1.length === 0) return true;
  return compareChildren(a, b, strict, memo, keys1, null);
}

function objectsWithEntriesEqual(a, b, strict, memo, entriesEqual) {
  const keys1 = objectKeys(a);
  if (!sameKeySets(keys1, objectKeys(b), b)) return false;
  if (strict) {
    if (!sameSymbolKeys(a, b)) return false;
    appendEnumerableSymbols(a, keys1);
  }
  if (keys1.length === 0 && a.size === 0) return true;
  return compareChildren(a, b, strict, memo, keys1, entriesEqual);
}

// Compares the property values under `keys` and the contents checked by `contentsEqual`, guarding
// against cycles.
function compareChildren(a, b, strict, memo, keys, contentsEqual) {
  if (memo === undefined) {
    memo = new Memo();
  } else if (memo.has(a, b)) {
    return true;
  }
  const inExtra = memo.enter(a, b);
  let equal = contentsEqual === null || contentsEqual(a, b, strict, memo);
  for (let i = 0; equal && i < keys.length; i++) {
    const key = keys[i];
    equal = innerDeepEqual(a[key], b[key], strict, memo);
  }
  memo.leave(a, inExtra);
  return equal;
}

function arrayElementsEqual(a, b, strict, memo) {
  const length = a.length;
  for (let i = 0; i < length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memo)) return false;
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      return sparseElementsEqual(a, b, i, strict, memo);
    }
  }
  return true;
}

// Once a hole shows up, walk the present indices instead of the whole (possibly huge) length.
function sparseElementsEqual(a, b, start, strict, memo) {
  const keys1 = objectKeys(a);
  const keys2 = objectKeys(b);
  const count1 = countIndexKeys(keys1, a.length);
  if (count1 !== countIndexKeys(keys2, b.length)) return false;
  for (let i = 0; i < count1; i++) {
    const key = keys1[i];
    if (+key < start) continue;
    if (key !== keys2[i] || !innerDeepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// Finds and removes an element of `candidates` deep-equal to `value`.
function takeEqual(candidates, value, strict, memo) {
  for (const candidate of candidates) {
    if (innerDeepEqual(value, candidate, strict, memo)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function setsEqual(a, b, strict, memo) {
  // Elements of `a` not matched by identity; they need a deep search in `b`.
  let pending = null;
  for (const value of a) {
    if (isObjectLike(value) || !b.has(value)) {
      if (strict && !isObjectLike(value)) return false;
      pending ??= new Set();
      pending.add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (isObjectLike(value) || (!strict && !a.has(value))) {
      if (!takeEqual(pending, value, strict, memo)) return false;
    }
  }
  return pending.size === 0;
}

// Finds and removes a key of `candidates` deep-equal to `key` whose value in `map` equals `value`.
function takeEqualEntry(candidates, map, key, value, strict, memo) {
  for (const candidate of candidates) {
    if (innerDeepEqual(key, candidate, strict, memo) &&
        innerDeepEqual(value, map.get(candidate), strict, memo)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapsEqual(a, b, strict, memo) {
  // Keys of `a` whose entry has no counterpart under the identical key of `b`.
  let pending = null;
  for (const { 0: key, 1: value } of a) {
    if (!isObjectLike(key)) {
      const other = b.get(key);
      if ((other !== undefined || b.has(key)) && innerDeepEqual(value, other, strict, memo)) continue;
      if (strict) return false;
    }
    pending ??= new Set();
    pending.add(key);
  }
  if (pending === null) return true;
  for (const { 0: key, 1: value } of b) {
    if (!isObjectLike(key)) {
      if (strict) continue;
      if (a.has(key) && innerDeepEqual(a.get(key), value, false, memo)) continue;
    }
    if (!takeEqualEntry(pending, a, key, value, strict, memo)) return false;
  }
  return pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true, undefined);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
