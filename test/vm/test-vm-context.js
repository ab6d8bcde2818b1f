'use strict';
// vm contexts: sandbox properties read as globals, assignments and var declarations land on the sandbox,
// host globals stay out of reach.
const assert = require('assert');
const vm = require('vm');

const sandbox = { a: 1, list: [] };
const ctx = vm.createContext(sandbox);
assert.strictEqual(ctx, sandbox);
assert.strictEqual(vm.isContext(ctx), true);
assert.strictEqual(vm.isContext({}), false);
assert.strictEqual(vm.createContext(ctx), ctx);

assert.strictEqual(vm.runInContext('a + 1', ctx), 2);
vm.runInContext('var b = a * 10; c = "set"; this.d = 4; function twice(n) { return n * 2 }', ctx);
assert.strictEqual(sandbox.b, 10);
assert.strictEqual(sandbox.c, 'set');
assert.strictEqual(sandbox.d, 4);
assert.strictEqual(sandbox.twice(21), 42);
assert.strictEqual(vm.runInContext('twice(b)', ctx), 20);
vm.runInContext('list.push(typeof process, typeof require, typeof Buffer, typeof Array, typeof JSON)', ctx);
assert.deepStrictEqual(sandbox.list, ['undefined', 'undefined', 'undefined', 'function', 'object']);

// The context's global object is not the sandbox, but it reads and writes through to it.
assert.strictEqual(vm.runInContext('this === globalThis', ctx), true);
assert.notStrictEqual(vm.runInContext('this', ctx), sandbox);
assert.strictEqual(vm.runInContext('"a" in this && !("zzz" in this)', ctx), true);
sandbox.later = 'seen';
assert.strictEqual(vm.runInContext('later', ctx), 'seen');

// runInNewContext contextifies a fresh or given object.
const fresh = { n: 5 };
assert.strictEqual(vm.runInNewContext('n = n + 1; n', fresh), 6);
assert.strictEqual(fresh.n, 6);
assert.strictEqual(vm.isContext(fresh), true);
assert.strictEqual(vm.runInNewContext('typeof setTimeout'), 'undefined');

// Errors: same stack shape as in the main context.
assert.throws(() => vm.runInContext('throw new RangeError("r")', ctx, 'ctx-file.js'), (e) => {
  assert.strictEqual(e.name, 'RangeError');
  assert.match(e.stack, /^ctx-file\.js:1\nthrow new RangeError\("r"\)\n\^\n\nRangeError: r\n {4}at ctx-file\.js:1:7\n/);
  return true;
});

// Argument checks.
assert.throws(() => vm.runInContext('1', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object',
});
assert.throws(() => vm.runInNewContext('', null, 'some.js'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.isContext(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "object" argument must be of type object. Received type number (1)',
});
assert.throws(() => vm.createContext({}, { name: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(typeof vm.constants.DONT_CONTEXTIFY === 'symbol');
