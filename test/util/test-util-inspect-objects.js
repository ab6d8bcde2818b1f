'use strict';
// util.inspect() of plain objects, class instances, keys, circular references, getters, depth and layout options.
// Expected strings are node v20's output.
const assert = require('assert');
const util = require('util');
const { inspect } = util;


function circular() { const o = { name: 'root' }; o.self = o; o.list = [o, { back: o }]; return o; }
function twoCycles() { const a = { id: 'a' }; const b = { id: 'b', a }; a.b = b; return { a, b }; }
var Point = class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return 5; } };
var Point3 = class Point3 extends Point { constructor() { super(1, 2); this.z = 3; } };
function accessors() { return { get g() { return 1; }, set s(v) {}, get gs() { return 'v'; }, set gs(v) {}, get gn() { return null; }, get go() { return { deep: [1] }; }, get bad() { throw new Error('nope'); } }; }

const cases = [
  [() => ({}), undefined, "{}"],
  [() => ({ a: 1 }), undefined, "{ a: 1 }"],
  [() => ({ a: 1, b: 'two', c: [3], d: { e: null } }), undefined, "{ a: 1, b: 'two', c: [ 3 ], d: { e: null } }"],
  [() => ({ a: { b: { c: { d: { e: 1 } } } } }), undefined, "{ a: { b: { c: [Object] } } }"],
  [() => ({ 'a-b': 1, 'a b': 2, '0': 3, _x: 4, $y: 5, 'é': 6, '': 7, [Symbol('sym')]: 8, [Symbol()]: 9 }), undefined, "{\n  '0': 3,\n  'a-b': 1,\n  'a b': 2,\n  _x: 4,\n  '$y': 5,\n  'é': 6,\n  '': 7,\n  [Symbol(sym)]: 8,\n  [Symbol()]: 9\n}"],
  [() => (Object.create(null)), undefined, "[Object: null prototype] {}"],
  [() => (Object.assign(Object.create(null), { a: 1, b: { c: 2 } })), undefined, "[Object: null prototype] { a: 1, b: { c: 2 } }"],
  [() => (Object.create({ inherited: 1 })), undefined, "{}"],
  [() => (new Point(1, 2)), undefined, "Point { x: 1, y: 2 }"],
  [() => (new Point3()), undefined, "Point3 { x: 1, y: 2, z: 3 }"],
  [() => (new (class {})()), undefined, "{}"],
  [() => (new (class Empty {})()), undefined, "Empty {}"],
  [() => (Object.create(Object.create(null))), undefined, "Object <[Object: null prototype] {}> {}"],
  [() => (Object.setPrototypeOf(new Point(1, 2), null)), undefined, "[Point: null prototype] { x: 1, y: 2 }"],
  [() => (Object.setPrototypeOf(new (function Legacy() { this.a = 1; })(), null)), undefined, "[Legacy: null prototype] { a: 1 }"],
  [() => (circular()), undefined, "<ref *1> {\n  name: 'root',\n  self: [Circular *1],\n  list: [ [Circular *1], { back: [Circular *1] } ]\n}"],
  [() => (twoCycles()), undefined, "{\n  a: <ref *1> { id: 'a', b: { id: 'b', a: [Circular *1] } },\n  b: <ref *2> { id: 'b', a: <ref *1> { id: 'a', b: [Circular *2] } }\n}"],
  [() => ([circular(), circular()]), undefined, "[\n  <ref *1> {\n    name: 'root',\n    self: [Circular *1],\n    list: [ [Circular *1], [Object] ]\n  },\n  <ref *2> {\n    name: 'root',\n    self: [Circular *2],\n    list: [ [Circular *2], [Object] ]\n  }\n]"],
  [() => (accessors()), undefined, "{\n  g: [Getter],\n  s: [Setter],\n  gs: [Getter/Setter],\n  gn: [Getter],\n  go: [Getter],\n  bad: [Getter]\n}"],
  [() => (accessors()), { getters: true }, "{\n  g: [Getter: 1],\n  s: [Setter],\n  gs: [Getter/Setter: 'v'],\n  gn: [Getter: null],\n  go: [Getter] { deep: [ 1 ] },\n  bad: [Getter: <Inspection threw (nope)>]\n}"],
  [() => (accessors()), { getters: 'get' }, "{\n  g: [Getter: 1],\n  s: [Setter],\n  gs: [Getter/Setter],\n  gn: [Getter: null],\n  go: [Getter] { deep: [ 1 ] },\n  bad: [Getter: <Inspection threw (nope)>]\n}"],
  [() => (accessors()), { getters: 'set' }, "{\n  g: [Getter],\n  s: [Setter],\n  gs: [Getter/Setter: 'v'],\n  gn: [Getter],\n  go: [Getter],\n  bad: [Getter]\n}"],
  [() => (Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false })), undefined, "{ visible: 1 }"],
  [() => (Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false })), { showHidden: true }, "{ visible: 1, [hidden]: 2 }"],
  [() => ({ ['__proto__']: 1 }), undefined, "{ ['__proto__']: 1 }"],
  [() => ({ [Symbol.toStringTag]: 'Tag', a: 1 }), undefined, "{ a: 1, [Symbol(Symbol.toStringTag)]: 'Tag' }"],
  [() => (new (class Tagged { get [Symbol.toStringTag]() { return 'T'; } })()), undefined, "Tagged [T] {}"],
  [() => ({ a: { b: { c: { d: 1 } } } }), { depth: 0 }, "{ a: [Object] }"],
  [() => ({ a: { b: { c: { d: 1 } } } }), { depth: 1 }, "{ a: { b: [Object] } }"],
  [() => ({ a: { b: { c: { d: { e: { f: 1 } } } } } }), { depth: null }, "{\n  a: {\n    b: {\n      c: { d: { e: { f: 1 } } }\n    }\n  }\n}"],
  [() => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: Infinity }, "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}"],
  [() => ([new Point(1, 2), [new Point(3, 4)]]), { depth: 0 }, "[ [Point], [Array] ]"],
  [() => ({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26 }), undefined, "{\n  a: 1,\n  b: 2,\n  c: 3,\n  d: 4,\n  e: 5,\n  f: 6,\n  g: 7,\n  h: 8,\n  i: 9,\n  j: 10,\n  k: 11,\n  l: 12,\n  m: 13,\n  n: 14,\n  o: 15,\n  p: 16,\n  q: 17,\n  r: 18,\n  s: 19,\n  t: 20,\n  u: 21,\n  v: 22,\n  w: 23,\n  x: 24,\n  y: 25,\n  z: 26\n}"],
  [() => ({ alpha: 'aaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbbbb', gamma: { delta: 'ddddddddddddd', epsilon: [1, 2, 3] } }), undefined, "{\n  alpha: 'aaaaaaaaaaaaaaa',\n  beta: 'bbbbbbbbbbbbbbbbbbbbbb',\n  gamma: { delta: 'ddddddddddddd', epsilon: [ 1, 2, 3 ] }\n}"],
  [() => ({ a: { b: { c: {} } } }), undefined, "{ a: { b: { c: {} } } }"],
  [() => ({ a: { b: { c: { d: {} } } } }), undefined, "{ a: { b: { c: [Object] } } }"],
  [() => ({ a: [{ b: { c: 1 } }], d: 'x' }), undefined, "{ a: [ { b: [Object] } ], d: 'x' }"],
  [() => ({ a: 1, b: { c: 2 } }), { compact: false }, "{\n  a: 1,\n  b: {\n    c: 2\n  }\n}"],
  [() => ({ a: 1, b: { c: 2, d: [1, 2] } }), { compact: true }, "{ a: 1, b: { c: 2, d: [ 1, 2 ] } }"],
  [() => ({ a: 1, b: { c: 2, d: { e: { f: 1 } } } }), { compact: 1 }, "{\n  a: 1,\n  b: {\n    c: 2,\n    d: { e: [Object] }\n  }\n}"],
  [() => ({ key1: 'value number one', key2: 'value number two', key3: 'value number three' }), { breakLength: 40 }, "{\n  key1: 'value number one',\n  key2: 'value number two',\n  key3: 'value number three'\n}"],
  [() => ({ key1: 'value number one', key2: 'value number two', key3: 'value number three', key4: 4 }), { breakLength: Infinity }, "{ key1: 'value number one', key2: 'value number two', key3: 'value number three', key4: 4 }"],
  [() => ({ key1: 'value number one', key2: 'value number two', key3: 'value number three' }), { compact: true, breakLength: 40 }, "{ key1: 'value number one',\n  key2: 'value number two',\n  key3: 'value number three' }"],
  [() => ({ c: 1, a: 2, b: { z: 1, y: 2 } }), { sorted: true }, "{ a: 2, b: { y: 2, z: 1 }, c: 1 }"],
  [() => ({ c: 1, a: 2, b: 3 }), { sorted: (a, b) => (a < b ? 1 : -1) }, "{ c: 1, b: 3, a: 2 }"],
  [() => ({ a: 1, nested: { b: 'x', arr: [1, 'y'] } }), { colors: true }, "{ a: \u001b[33m1\u001b[39m, nested: { b: \u001b[32m'x'\u001b[39m, arr: [ \u001b[33m1\u001b[39m, \u001b[32m'y'\u001b[39m ] } }"],
  [() => ({ a: undefined, b: null, c: -0 }), undefined, "{ a: undefined, b: null, c: -0 }"],
];

for (const [make, options, expected] of cases) {
  const actual = options === undefined ? inspect(make()) : inspect(make(), options);
  assert.strictEqual(actual, expected, `inspect(${make.toString().slice(7, -1)}, ${util.format('%o', options)})`);
}
