'use strict';
const assert = require('assert');
const util = require('util');
const { AssertionError } = assert;

let e;
try {
  assert.strictEqual(1, 2);
} catch (err) {
  e = err;
}
assert.ok(e instanceof AssertionError);
assert.ok(e instanceof Error);
assert.strictEqual(e.name, 'AssertionError');
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.deepStrictEqual(Object.keys(e), ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(e, 'name'),
                       { value: 'AssertionError', writable: true, enumerable: false, configurable: true });
assert.strictEqual(e.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:');
// The stack starts at the caller of the assertion.
assert.match(e.stack.split('\n').find((line) => line.startsWith('    at ')), /test-assert-assertion-error\.js:8:/);
assert.strictEqual(String(e), 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
assert.deepStrictEqual(Object.getOwnPropertyNames(AssertionError.prototype), ['constructor', 'toString']);
assert.strictEqual(AssertionError.length, 1);

assert.throws(() => new AssertionError(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});
assert.throws(() => new AssertionError(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});

const custom = new AssertionError({ message: 'hi' });
assert.strictEqual(custom.generatedMessage, false);
assert.strictEqual(custom.message, 'hi');
assert.strictEqual(custom.actual, undefined);
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: 'foo' }).message, '1 foo 2');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2 }).message, '1 undefined 2');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: 'deepStrictEqual' }).message,
                   'Expected values to be strictly deep-equal:\n\n1 !== 2\n');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 'm' }).message,
                   'm\n\n1 !== 2\n');

function outer() {
  return new AssertionError({ message: 'x', stackStartFn: outer });
}
assert.match(outer().stack.split('\n')[1], /test-assert-assertion-error\.js/);

// Inspecting the error shortens long string values.
const long = new AssertionError({
  actual: 'a'.repeat(600), expected: 'c\n'.repeat(10), operator: 'strictEqual', message: 'm',
});
const shown = util.inspect(long);
assert.ok(shown.includes(`actual: '${'a'.repeat(88)}...'`), shown);
assert.ok(shown.includes(`expected: '${'c\\n'.repeat(9)}c\\n...'`), shown);
assert.strictEqual(long.actual, 'a'.repeat(600));

// Errors are compared without their stacks.
let errDiff;
try {
  assert.deepStrictEqual(new Error('a'), new Error('b'));
} catch (err) {
  errDiff = err;
}
assert.strictEqual(errDiff.message,
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Error: a]\n- [Error: b]\n          ^');
assert.strictEqual(Object.hasOwn(errDiff.actual, 'stack'), false);
