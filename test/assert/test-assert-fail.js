'use strict';
// assert.fail() with no, one and several arguments, and the stack it leaves.
const assert = require('assert');

assert.throws(() => assert.fail(), (err) => {
  assert.strictEqual(err.message, 'Failed');
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.operator, 'fail');
  assert.strictEqual(err.actual, undefined);
  // The stack's first line carries the message.
  assert.strictEqual(err.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: Failed');
  return true;
});

assert.throws(() => assert.fail('custom message'), {
  code: 'ERR_ASSERTION',
  message: 'custom message',
  operator: 'fail',
  generatedMessage: false,
});

assert.throws(() => assert.fail(new TypeError('thrown as is')), { name: 'TypeError', message: 'thrown as is' });

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.code}: ${w.message}`));

assert.throws(() => assert.fail('first', 'second'), {
  message: "'first' != 'second'",
  operator: '!=',
  actual: 'first',
  expected: 'second',
  generatedMessage: true,
});
assert.throws(() => assert.fail('a', 'b', undefined, 'operator'), { message: "'a' operator 'b'", operator: 'operator' });
assert.throws(() => assert.fail('a', 'b', 'msg'), { message: 'msg', operator: 'fail', generatedMessage: false });

process.on('exit', () => {
  // Warned once only.
  assert.deepStrictEqual(warnings, [
    'DEP0094: assert.fail() with more than one argument is deprecated. ' +
      'Please use assert.strictEqual() instead or only pass a message.',
  ]);
});
