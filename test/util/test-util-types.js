'use strict';
const assert = require('assert');
const types = require('util/types');
const util = require('util');

assert.strictEqual(util.types, types);

const cases = [
  ['isDate', [new Date(), Object.setPrototypeOf(new Date(0), null)], [Date.prototype, {}, Date.now(), { __proto__: Date.prototype }]],
  ['isRegExp', [/a/, new RegExp('b')], [RegExp.prototype, { source: 'a', flags: '' }, { __proto__: RegExp.prototype }]],
  ['isMap', [new Map(), Object.setPrototypeOf(new Map(), null)], [new Set(), new WeakMap(), Map.prototype, { [Symbol.toStringTag]: 'Map' }]],
  ['isSet', [new Set()], [new Map(), new WeakSet(), Set.prototype]],
  ['isWeakMap', [new WeakMap()], [new Map(), new WeakSet(), WeakMap.prototype]],
  ['isWeakSet', [new WeakSet()], [new Set(), new WeakMap()]],
  ['isArrayBuffer', [new ArrayBuffer(1)], [new SharedArrayBuffer(1), new Uint8Array(1), ArrayBuffer.prototype]],
  ['isSharedArrayBuffer', [new SharedArrayBuffer(1)], [new ArrayBuffer(1), SharedArrayBuffer.prototype]],
  ['isAnyArrayBuffer', [new ArrayBuffer(1), new SharedArrayBuffer(1)], [new Uint8Array(1), {}]],
  ['isDataView', [new DataView(new ArrayBuffer(1))], [new Uint8Array(1), new ArrayBuffer(1)]],
  ['isArrayBufferView', [new DataView(new ArrayBuffer(1)), new Uint8Array(1), Buffer.alloc(1)], [new ArrayBuffer(1), []]],
  ['isTypedArray', [new Uint8Array(1), new Float64Array(1), new BigInt64Array(1), Buffer.alloc(1)], [new DataView(new ArrayBuffer(1)), [], { [Symbol.toStringTag]: 'Uint8Array' }]],
  ['isUint8Array', [new Uint8Array(1), Buffer.alloc(1)], [new Int8Array(1), new Uint8ClampedArray(1)]],
  ['isUint8ClampedArray', [new Uint8ClampedArray(1)], [new Uint8Array(1)]],
  ['isUint16Array', [new Uint16Array(1)], [new Int16Array(1)]],
  ['isUint32Array', [new Uint32Array(1)], [new Int32Array(1)]],
  ['isInt8Array', [new Int8Array(1)], [new Uint8Array(1)]],
  ['isInt16Array', [new Int16Array(1)], [new Uint16Array(1)]],
  ['isInt32Array', [new Int32Array(1)], [new Uint32Array(1)]],
  ['isFloat32Array', [new Float32Array(1)], [new Float64Array(1)]],
  ['isFloat64Array', [new Float64Array(1)], [new Float32Array(1)]],
  ['isBigInt64Array', [new BigInt64Array(1)], [new BigUint64Array(1)]],
  ['isBigUint64Array', [new BigUint64Array(1)], [new BigInt64Array(1)]],
  ['isNumberObject', [new Number(1)], [1, new String('1'), Object.create(Number.prototype)]],
  ['isStringObject', [new String('')], ['', new Number(1)]],
  ['isBooleanObject', [new Boolean(false)], [false, new Number(0)]],
  ['isBigIntObject', [Object(1n)], [1n]],
  ['isSymbolObject', [Object(Symbol('s'))], [Symbol('s')]],
  ['isBoxedPrimitive', [new Number(1), new String(''), new Boolean(true), Object(1n), Object(Symbol())], [1, '', {}, null]],
  ['isNativeError', [new Error(), new TypeError(), Object.setPrototypeOf(new RangeError(), null)], [Object.create(Error.prototype), { name: 'Error', message: '' }]],
  ['isPromise', [Promise.resolve(), new Promise(() => {})], [{ then() {} }, Promise]],
  ['isAsyncFunction', [async () => {}, async function* () {}], [() => {}, function* () {}]],
  ['isGeneratorFunction', [function* () {}, async function* () {}], [function() {}, async () => {}]],
  ['isGeneratorObject', [(function* () {})()], [{ next() {} }, function* () {}]],
  ['isMapIterator', [new Map().keys(), new Map()[Symbol.iterator]()], [new Set().values(), [].values()]],
  ['isSetIterator', [new Set().values(), new Set().entries()], [new Map().values(), [].keys()]],
  ['isArgumentsObject', [(function() { return arguments; })()], [[], { length: 0 }]],
  ['isProxy', [new Proxy({}, {}), new Proxy(function() {}, {})], [{}, function() {}]],
  ['isExternal', [], [{}, 1, null]],
  ['isModuleNamespaceObject', [], [{}, Object.create(null)]],
];

for (const [name, yes, no] of cases) {
  const fn = types[name];
  assert.strictEqual(typeof fn, 'function', name);
  for (const value of yes) assert.strictEqual(fn(value), true, `${name} should accept ${util.inspect(value)}`);
  for (const value of [...no, undefined, null, 0, 'x', {}, []]) {
    assert.strictEqual(fn(value), false, `${name} should reject ${util.inspect(value)}`);
  }
}

// A spoofed Symbol.toStringTag does not fool the brand checks.
const fakeDate = { [Symbol.toStringTag]: 'Date' };
assert.strictEqual(types.isDate(fakeDate), false);
const tagged = new Map();
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Set' });
assert.strictEqual(types.isMap(tagged), true);
assert.strictEqual(types.isSet(tagged), false);

assert.deepStrictEqual(Object.keys(types), [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject', 'isNumberObject',
  'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp', 'isAsyncFunction', 'isGeneratorFunction',
  'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap',
  'isWeakSet', 'isArrayBuffer', 'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive', 'isArrayBufferView', 'isTypedArray', 'isUint8Array',
  'isUint8ClampedArray', 'isUint16Array', 'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array',
  'isFloat32Array', 'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array', 'isKeyObject', 'isCryptoKey',
]);
assert.strictEqual(types.isKeyObject({}), false);
assert.strictEqual(types.isCryptoKey({}), false);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isRegExp(/x/), true);
