'use strict';
// What node's util binding answers from C++, done in JS: the own keys that are not array indices, and the
// constructor name V8 would report.

// Captured at load: inspecting must keep working when user code replaces these.
const {
  keys: ObjectKeys,
  getOwnPropertyNames: ObjectGetOwnPropertyNames,
  getOwnPropertySymbols: ObjectGetOwnPropertySymbols,
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getPrototypeOf: ObjectGetPrototypeOf,
} = Object;
const { apply: ReflectApply } = Reflect;
const ALL_PROPERTIES = 0;
const ONLY_ENUMERABLE = 2;

function isArrayIndex(key) {
  const n = key.length;
  if (n === 0 || n > 10) return false;
  const first = key.charCodeAt(0);
  if (first === 48) return n === 1;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n < 10 || Number(key) < 4294967295;
}

// V8 lists integer indices first, in ascending order, so they are a prefix of the key list.
function getOwnNonIndexProperties(obj, filter) {
  const names = filter === ONLY_ENUMERABLE ? ObjectKeys(obj) : ObjectGetOwnPropertyNames(obj);
  let start = 0;
  while (start < names.length && isArrayIndex(names[start])) start++;
  const keys = start === 0 ? names : names.slice(start);
  const symbols = ObjectGetOwnPropertySymbols(obj);
  for (let i = 0; i < symbols.length; i++) {
    if (filter !== ONLY_ENUMERABLE || Object.prototype.propertyIsEnumerable.call(obj, symbols[i])) {
      keys.push(symbols[i]);
    }
  }
  return keys;
}

// V8's own constructor name of an object (its map's constructor, which survives a null prototype) is what a stack
// frame reports as the receiver's type name, so a frame whose receiver is `obj` tells it.
function receiverTypeName() {
  return new Error().stack;
}
function typeNameFromFrames(error, frames) {
  return frames[0].getTypeName();
}
function getConstructorName(obj) {
  const { prepareStackTrace, stackTraceLimit } = Error;
  let name = null;
  try {
    Error.prepareStackTrace = typeNameFromFrames;
    Error.stackTraceLimit = 1;
    name = ReflectApply(receiverTypeName, obj, []);
  } catch {
    // a frozen or accessor-defined Error.prepareStackTrace: fall back to the prototype chain
  } finally {
    Error.prepareStackTrace = prepareStackTrace;
    Error.stackTraceLimit = stackTraceLimit;
  }
  return typeof name === 'string' && name !== '' ? name : constructorNameFromChain(obj);
}
function constructorNameFromChain(obj) {
  for (let o = obj; o !== null && o !== undefined; o = ObjectGetPrototypeOf(o)) {
    const desc = ObjectGetOwnPropertyDescriptor(o, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') return desc.value.name;
  }
  return 'Object';
}

// Map/Set iterator and weak collection contents are not observable from JS without consuming them.
function previewEntries(value, isIterator) {
  if (isIterator) return [[], Object.prototype.toString.call(value) === '[object Map Iterator]'];
  return [];
}

module.exports = { getOwnNonIndexProperties, getConstructorName, previewEntries, ALL_PROPERTIES, ONLY_ENUMERABLE };
