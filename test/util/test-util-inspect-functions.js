'use strict';
// util.inspect() of functions and classes, boxed primitives, dates, regular expressions and arguments objects.
// Expected strings are node v20's output.
const assert = require('assert');
const util = require('util');
const { inspect } = util;


function args() { return arguments; }
var Base = class Base {};

const cases = [
  [() => (function foo() {}), undefined, "[Function: foo]"],
  [() => (function () {}), undefined, "[Function (anonymous)]"],
  [() => (() => {}), undefined, "[Function (anonymous)]"],
  [() => (async function af() {}), undefined, "[AsyncFunction: af]"],
  [() => (async () => {}), undefined, "[AsyncFunction (anonymous)]"],
  [() => (function* gen() {}), undefined, "[GeneratorFunction: gen]"],
  [() => (async function* agen() {}), undefined, "[AsyncGeneratorFunction: agen]"],
  [() => (class A {}), undefined, "[class A]"],
  [() => (class {}), undefined, "[class (anonymous)]"],
  [() => (class B extends Base {}), undefined, "[class B extends Base]"],
  [() => (class C extends Map {}), undefined, "[class C extends Map]"],
  [() => (class D { static x = 1; }), undefined, "[class D] { x: 1 }"],
  [() => (Object.assign(function withProps() {}, { a: 1 })), undefined, "[Function: withProps] { a: 1 }"],
  [() => (Object.setPrototypeOf(function orphan() {}, null)), undefined, "[Function (null prototype): orphan]"],
  [() => (Object.defineProperty(function () {}, 'name', { value: 'renamed' })), undefined, "[Function: renamed]"],
  [() => (Math.max), undefined, "[Function: max]"],
  [() => ([function a() {}, () => 1]), undefined, "[ [Function: a], [Function (anonymous)] ]"],
  [() => (function foo() {}), { colors: true }, "\u001b[36m[Function: foo]\u001b[39m"],
  [() => (class A {}), { showHidden: true }, "<ref *1> [class A] {\n  [length]: 0,\n  [name]: 'A',\n  [prototype]: { [constructor]: [Circular *1] }\n}"],
  [() => ({ method() {}, get g() { return 1; } }), undefined, "{ method: [Function: method], g: [Getter] }"],
  [() => (new Number(3)), undefined, "[Number: 3]"],
  [() => (new Number(-0)), undefined, "[Number: -0]"],
  [() => (new String('abc')), undefined, "[String: 'abc']"],
  [() => (new Boolean(false)), undefined, "[Boolean: false]"],
  [() => (Object(Symbol('s'))), undefined, "[Symbol: Symbol(s)]"],
  [() => (Object(10n)), undefined, "[BigInt: 10n]"],
  [() => (Object.assign(new String('ab'), { x: 1 })), undefined, "[String: 'ab'] { x: 1 }"],
  [() => (new Number(3)), { colors: true }, "\u001b[33m[Number: 3]\u001b[39m"],
  [() => (new String('x')), { showHidden: true }, "[String: 'x'] { [length]: 1 }"],
  [() => (new (class N extends Number {})(4)), undefined, "[Number (N): 4]"],
  [() => (new Date(0)), undefined, "1970-01-01T00:00:00.000Z"],
  [() => (new Date('invalid')), undefined, "Invalid Date"],
  [() => (Object.assign(new Date(86400000), { note: 'x' })), undefined, "1970-01-02T00:00:00.000Z { note: 'x' }"],
  [() => (new (class MyDate extends Date {})(0)), undefined, "MyDate 1970-01-01T00:00:00.000Z"],
  [() => (new Date(0)), { colors: true }, "\u001b[35m1970-01-01T00:00:00.000Z\u001b[39m"],
  [() => (/ab+c/gi), undefined, "/ab+c/gi"],
  [() => (new RegExp('a/b')), undefined, "/a\\/b/"],
  [() => (Object.assign(/x/, { flag: 1 })), undefined, "/x/ { flag: 1 }"],
  [() => (/re/), { colors: true }, "\u001b[31m/re/\u001b[39m"],
  [() => (new (class R extends RegExp {})('x', 'y')), undefined, "R /x/y"],
  [() => (args(1, 'two')), undefined, "[Arguments] { '0': 1, '1': 'two' }"],
  [() => (args()), undefined, "[Arguments] {}"],
  [() => (globalThis.JSON), undefined, "Object [JSON] {}"],
  [() => (Math), { depth: 0 }, "Object [Math] {}"],
];

for (const [make, options, expected] of cases) {
  const actual = options === undefined ? inspect(make()) : inspect(make(), options);
  assert.strictEqual(actual, expected, `inspect(${make.toString().slice(7, -1)}, ${util.format('%o', options)})`);
}
