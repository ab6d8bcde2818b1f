'use strict';
// assert.ifError() appends the frames of the original error to its own, leaving other stack lines out.
const assert = require('assert');

function thrownBy(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('did not throw');
}

{
  const error = new Error();
  error.stack = 'Error: containing weird stack\nYes!\nI am part of a stack.';
  const err = thrownBy(() => assert.ifError(error));
  assert.strictEqual(err.message, 'ifError got unwanted exception: Error');
  assert(!err.stack.includes('Yes!'));
  assert(!err.stack.endsWith('\n'));
}

{
  const error = new Error();
  error.stack = 'Error: x\nline\n    at foo (a.js:1:1)\nmore\n    at bar (b.js:2:2)';
  const lines = thrownBy(() => assert.ifError(error)).stack.split('\n');
  assert.deepStrictEqual(lines.slice(-3), ['    at foo (a.js:1:1)', 'more', '    at bar (b.js:2:2)']);
  assert(!lines.includes('line'));
}

{
  // The assertion's frames stop where the original error's frames join them.
  let original;
  (function inner() {
    original = new Error('test error');
  })();
  const err = thrownBy(() => assert.ifError(original));
  assert.strictEqual(err.message, 'ifError got unwanted exception: test error');
  assert.strictEqual(err.actual, original);
  assert.strictEqual(err.expected, null);
  assert.strictEqual(err.operator, 'ifError');
  const frames = err.stack.split('\n').filter((line) => line.startsWith('    at '));
  assert.strictEqual(frames.filter((line) => line.includes('inner')).length, 1);
  const originalFrames = original.stack.split('\n').slice(1);
  assert.deepStrictEqual(frames.slice(-originalFrames.length), originalFrames);
}
