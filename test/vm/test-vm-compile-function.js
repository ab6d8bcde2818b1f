'use strict';
// vm.compileFunction: parameters, context extensions, parsing context, syntax errors and argument checks.
const assert = require('assert');
const vm = require('vm');

const add = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 10 }] });
assert.strictEqual(add(1, 2), 13);
assert.strictEqual(add.name, '');
assert.strictEqual(add.length, 2);
assert.strictEqual(String(add), 'function (a, b) {\nreturn a + b + c\n}');

const ctx = vm.createContext({ x: 7 });
const inContext = vm.compileFunction('y = x * 2; return typeof process', [], { parsingContext: ctx });
assert.strictEqual(inContext(), 'undefined');
assert.strictEqual(ctx.y, 14);

assert.throws(() => vm.compileFunction('return +', [], { filename: 'x.js' }), (e) => {
  assert.strictEqual(e.constructor, SyntaxError);
  assert.strictEqual(e.message, 'Unexpected end of input');
  assert.ok(e.stack.startsWith('x.js:1\nreturn +\n'));
  return true;
});
assert.throws(() => vm.compileFunction(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (1)',
});
assert.throws(() => vm.compileFunction('', 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "params" argument must be an instance of Array. Received type string (\'a\')',
});
const cached = vm.compileFunction('return 1', [], { produceCachedData: true });
assert.strictEqual(cached.cachedDataProduced, true);
assert.ok(cached.cachedData.length > 0);
