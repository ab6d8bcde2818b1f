'use strict';
// util.format() and util.formatWithOptions(): placeholders, argument conversion and the trailing arguments.
// Expected strings are node v20's output.
const assert = require('assert');
const util = require('util');

const cases = [
  [() => ['%s', 'a'], "a", "a"],
  [() => ['%s', 1], "1", "1"],
  [() => ['%s', -0], "-0", "-0"],
  [() => ['%s', 10n], "10n", "10n"],
  [() => ['%s', null], "null", "null"],
  [() => ['%s', undefined], "undefined", "undefined"],
  [() => ['%s', Symbol('x')], "Symbol(x)", "Symbol(x)"],
  [() => ['%s', { a: { b: { c: 1 } } }], "{ a: [Object] }", "{ a: [Object] }"],
  [() => ['%s', [1, [2, [3]]]], "[ 1, [Array] ]", "[ 1, [Array] ]"],
  [() => ['%s', new Date(0)], "1970-01-01T00:00:00.000Z", "1970-01-01T00:00:00.000Z"],
  [() => ['%s', { toString() { return 'custom'; } }], "custom", "custom"],
  [() => ['%s', new (class A { toString() { return 'A!'; } })()], "A!", "A!"],
  [() => ['%s', new (class B {})()], "B {}", "B {}"],
  [() => ['%s', Object.create(null)], "[Object: null prototype] {}", "[Object: null prototype] {}"],
  [() => ['%s', () => 1], "() => 1", "() => 1"],
  [() => ['%s', new Map([[1, 2]])], "Map(1) { 1 => 2 }", "Map(1) { 1 => 2 }"],
  [() => ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }], "prim", "prim"],
  [() => ['%s %s', 'only one'], "only one %s", "only one %s"],
  [() => ['%s', 'a', 'b', { c: 1 }], "a b { c: 1 }", "a b { c: \u001b[33m1\u001b[39m }"],
  [() => ['%d', '42'], "42", "42"],
  [() => ['%d', 1.5], "1.5", "1.5"],
  [() => ['%d', 10n], "10n", "10n"],
  [() => ['%d', Symbol('s')], "NaN", "NaN"],
  [() => ['%d', {}], "NaN", "NaN"],
  [() => ['%d', -0], "-0", "-0"],
  [() => ['%d', ''], "0", "0"],
  [() => ['%i', '42.9'], "42", "42"],
  [() => ['%i', 10n], "10n", "10n"],
  [() => ['%i', Symbol()], "NaN", "NaN"],
  [() => ['%i', -0.5], "-0", "-0"],
  [() => ['%f', '1.5x'], "1.5", "1.5"],
  [() => ['%f', Symbol()], "NaN", "NaN"],
  [() => ['%f', '-0'], "-0", "-0"],
  [() => ['%j', { a: 1, b: [2] }], "{\"a\":1,\"b\":[2]}", "{\"a\":1,\"b\":[2]}"],
  [() => ['%j', (() => { const o = {}; o.o = o; return o; })()], "[Circular]", "[Circular]"],
  [() => ['%j', undefined], "undefined", "undefined"],
  [() => ['%O', { a: { b: { c: { d: 1 } } } }], "{ a: { b: { c: [Object] } } }", "{ a: \u001b[36m[Object]\u001b[39m }"],
  [() => ['%o', { a: [1, 2] }], "{ a: [ 1, 2, [length]: 2 ] }", "{ a: [ \u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m, [length]: \u001b[33m2\u001b[39m ] }"],
  [() => ['%o', function foo() {}], "<ref *1> [Function: foo] {\n  [length]: 0,\n  [name]: 'foo',\n  [prototype]: { [constructor]: [Circular *1] }\n}", "\u001b[36m<ref *1>\u001b[39m [Function: foo] {\n  [length]: \u001b[33m0\u001b[39m,\n  [name]: \u001b[32m'foo'\u001b[39m,\n  [prototype]: { [constructor]: \u001b[36m[Circular *1]\u001b[39m }\n}"],
  [() => ['%o', [1, [2, [3, [4, [5]]]]]], "[\n  1,\n  [\n    2,\n    [ 3, [ 4, [ 5, [length]: 1 ], [length]: 2 ], [length]: 2 ],\n    [length]: 2\n  ],\n  [length]: 2\n]", "[\n  \u001b[33m1\u001b[39m,\n  [\n    \u001b[33m2\u001b[39m,\n    [ \u001b[33m3\u001b[39m, [ \u001b[33m4\u001b[39m, [ \u001b[33m5\u001b[39m, [length]: \u001b[33m1\u001b[39m ], [length]: \u001b[33m2\u001b[39m ], [length]: \u001b[33m2\u001b[39m ],\n    [length]: \u001b[33m2\u001b[39m\n  ],\n  [length]: \u001b[33m2\u001b[39m\n]"],
  [() => ['%c', 'color: red'], "", ""],
  [() => ['a%cb', 'css', 'c'], "ab c", "ab c"],
  [() => ['%%', 1], "% 1", "% \u001b[33m1\u001b[39m"],
  [() => ['%% %s', 'x'], "% x", "% x"],
  [() => ['%x', 1], "%x 1", "%x \u001b[33m1\u001b[39m"],
  [() => ['%', 1], "% 1", "% \u001b[33m1\u001b[39m"],
  [() => ['a%', 1], "a% 1", "a% \u001b[33m1\u001b[39m"],
  [() => ['%s%', 'x'], "x%", "x%"],
  [() => ['%s%s', 'x'], "x%s", "x%s"],
  [() => [1, 2, 'three'], "1 2 three", "\u001b[33m1\u001b[39m \u001b[33m2\u001b[39m three"],
  [() => [{ a: 1 }, 'b'], "{ a: 1 } b", "{ a: \u001b[33m1\u001b[39m } b"],
  [() => ['no args'], "no args", "no args"],
  [() => [], "", ""],
  [() => ['%s:%s', 'a', 'b', 'c'], "a:b c", "a:b c"],
  [() => ['%O', 'str'], "'str'", "\u001b[32m'str'\u001b[39m"],
  [() => ['%s', [1, 2, 3]], "[ 1, 2, 3 ]", "[ 1, 2, 3 ]"],
  [() => ['%s', new Set([1])], "Set(1) { 1 }", "Set(1) { 1 }"],
  [() => ['%s', new Error('e').message], "e", "e"],
  [() => ['%s', 'x', { y: 'z' }, ['w']], "x { y: 'z' } [ 'w' ]", "x { y: \u001b[32m'z'\u001b[39m } [ \u001b[32m'w'\u001b[39m ]"],
  [() => ['%s', -1.5e-7], "-1.5e-7", "-1.5e-7"],
  [() => ['%d %i %f', '0x10', '0x10', '0x10'], "16 16 0", "16 16 0"],
  [() => ['%s %o', 'a'], "a %o", "a %o"],
  [() => ['%%s %s', 'a'], "%s a", "%s a"],
  [() => [null, undefined, 'str', 5], "null undefined str 5", "\u001b[1mnull\u001b[22m \u001b[90mundefined\u001b[39m str \u001b[33m5\u001b[39m"],
  [() => ['%s', 'a\nb'], "a\nb", "a\nb"],
  [() => [['a'], 'a\nb'], "[ 'a' ] a\nb", "[ \u001b[32m'a'\u001b[39m ] a\nb"],
];

for (const [make, expected, expectedWithOptions] of cases) {
  assert.strictEqual(util.format(...make()), expected, make.toString());
  assert.strictEqual(util.formatWithOptions({ colors: true, depth: 0 }, ...make()), expectedWithOptions, make.toString());
}

// %s of an error shows its stack; the message is enough to check here.
assert.match(util.format('%s', new Error('boom')), /^Error: boom\n    at /);
assert.strictEqual(util.formatWithOptions({ compact: false }, '%O', { a: 1 }), '{\n  a: 1\n}');
assert.throws(() => util.formatWithOptions(1, 'x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "inspectOptions" argument must be of type object. Received type number (1)',
});
