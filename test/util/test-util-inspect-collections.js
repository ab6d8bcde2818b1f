'use strict';
// util.inspect() of Map, Set, their iterators, weak collections, promises and proxies.
// Expected strings are node v20's output.
const assert = require('assert');
const util = require('util');
const { inspect } = util;


function rejected() { const e = new RangeError('no'); e.stack = 'RangeError: no\n    at fn (/app/file.js:1:1)'; const p = Promise.reject(e); p.catch(() => {}); return p; }
function revoked() { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }
function selfMap() { const m = new Map(); m.set('me', m); return m; }

const cases = [
  [() => (new Map()), undefined, "Map(0) {}"],
  [() => (new Set()), undefined, "Set(0) {}"],
  [() => (new Map([[1, 'one'], ['two', { n: 2 }]])), undefined, "Map(2) { 1 => 'one', 'two' => { n: 2 } }"],
  [() => (new Set([1, 'a', { b: 2 }, [3]])), undefined, "Set(4) { 1, 'a', { b: 2 }, [ 3 ] }"],
  [() => (new Map([[{ k: 1 }, new Set([1, 2])]])), undefined, "Map(1) { { k: 1 } => Set(2) { 1, 2 } }"],
  [() => (new Map(Array.from({ length: 5 }, (_, i) => [i, i]))), { maxArrayLength: 2 }, "Map(5) { 0 => 0, 1 => 1, ... 3 more items }"],
  [() => (new Set([1, 2, 3])), { maxArrayLength: 1 }, "Set(3) { 1, ... 2 more items }"],
  [() => (Object.assign(new Map([[1, 2]]), { extra: 'x' })), undefined, "Map(1) { 1 => 2, extra: 'x' }"],
  [() => (new (class MyMap extends Map {})([[1, 2]])), undefined, "MyMap(1) [Map] { 1 => 2 }"],
  [() => (Object.setPrototypeOf(new Set([1]), null)), undefined, "[Set(1): null prototype] { 1 }"],
  [() => (selfMap()), undefined, "<ref *1> Map(1) { 'me' => [Circular *1] }"],
  [() => (new Map([['b', 1], ['a', 2]])), { sorted: true }, "Map(2) { 'a' => 2, 'b' => 1 }"],
  [() => (new Map([[1, { a: { b: { c: 1 } } }]])), { depth: 0 }, "Map(1) { 1 => [Object] }"],
  [() => (new Map([[1, 2]])), { compact: false }, "Map(1) {\n  1 => 2\n}"],
  [() => (new WeakMap()), undefined, "WeakMap { <items unknown> }"],
  [() => (new WeakSet()), undefined, "WeakSet { <items unknown> }"],
  [() => ({ wm: new WeakMap(), ws: new WeakSet() }), undefined, "{ wm: WeakMap { <items unknown> }, ws: WeakSet { <items unknown> } }"],
  [() => (Promise.resolve(42)), undefined, "Promise { 42 }"],
  [() => (Promise.resolve({ a: [1, 2] })), undefined, "Promise { { a: [ 1, 2 ] } }"],
  [() => (new Promise(() => {})), undefined, "Promise { <pending> }"],
  [() => (rejected()), undefined, "Promise {\n  <rejected> RangeError: no\n      at fn (/app/file.js:1:1)\n}"],
  [() => (Object.assign(Promise.resolve(1), { tag: 't' })), undefined, "Promise { 1, tag: 't' }"],
  [() => ([Promise.resolve('x'), new Promise(() => {})]), { colors: true }, "[ Promise { \u001b[32m'x'\u001b[39m }, Promise { \u001b[36m<pending>\u001b[39m } ]"],
  [() => (new Proxy({ a: 1 }, {})), undefined, "{ a: 1 }"],
  [() => (new Proxy([1, 2], {})), undefined, "[ 1, 2 ]"],
  [() => (new Proxy({ a: 1 }, { get() { return 'trap'; } })), { showProxy: true }, "Proxy [ { a: 1 }, { get: [Function: get] } ]"],
  [() => (new Proxy(function fn() {}, {})), undefined, "[Function: fn]"],
  [() => (revoked()), undefined, "<Revoked Proxy>"],
  [() => ({ p: new Proxy({ t: 1 }, { h: 1 }) }), { showProxy: true, depth: 0 }, "{ p: Proxy [Array] }"],
];

for (const [make, options, expected] of cases) {
  const actual = options === undefined ? inspect(make()) : inspect(make(), options);
  assert.strictEqual(actual, expected, `inspect(${make.toString().slice(7, -1)}, ${util.format('%o', options)})`);
}
