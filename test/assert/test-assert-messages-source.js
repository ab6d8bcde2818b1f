'use strict';
// Messages built from the caller's source and from the thrown error's class; legacy option names.
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    return err.message;
  }
  assert.fail('did not throw');
}

const prefix = 'The expression evaluated to a falsy value:\n\n  ';
const a = { b: assert };
// Only the part of the call on the line where it is made is shown.
assert.strictEqual(messageOf(() => {
  assert
    .ok(null, undefined);
}), `${prefix}ok(null, undefined)\n`);
assert.strictEqual(messageOf(() => {
  a
    .b.ok(0);
}), `${prefix}b.ok(0)\n`);
assert.strictEqual(messageOf(() => {
  a.b.ok(
    0,
    undefined);
}), `${prefix}a.b.ok(\n    0,\n    undefined)\n`);
// Raw control characters in the source are shown escaped; tabs are kept.
{
  const fs = require('fs');
  const path = require('path');
  const file = path.join(require('os').tmpdir(), `assert-source-${process.pid}.js`);
  fs.writeFileSync(file, "module.exports = (assert) => assert.ok('\u0001\b\u001f\t' === 1);\n");
  try {
    assert.strictEqual(messageOf(() => require(file)(assert)),
                       `${prefix}assert.ok('\\u0001\\b\\u001f\t' === 1)\n`);
  } finally {
    fs.unlinkSync(file);
  }
}

// The received error is named by its class.
{
  const ES6Error = class extends Error {};
  const AnotherErrorType = class extends Error {};
  assert.strictEqual(messageOf(() => assert.throws(() => { throw new AnotherErrorType('foo'); }, ES6Error)),
                     'The error is expected to be an instance of "ES6Error". Received "AnotherErrorType"\n\n' +
                     'Error message:\n\nfoo');
  const renamed = new Error('x');
  renamed.name = 'Zed';
  assert.strictEqual(messageOf(() => assert.throws(() => { throw renamed; }, RangeError)),
                     'The error is expected to be an instance of "RangeError". Received "Error"\n\n' +
                     'Error message:\n\nx');
  const FakeRangeError = class RangeError extends Error {};
  assert.strictEqual(messageOf(() => assert.throws(() => { throw new FakeRangeError('foobar'); }, RangeError)),
                     'The error is expected to be an instance of "RangeError". Received an error with ' +
                     'identical name but a different prototype.\n\nError message:\n\nfoobar');
}

// stackStartFunction is honoured like stackStartFn.
(function hidden() {
  const err = new assert.AssertionError({ actual: 'foo', operator: 'strictEqual', stackStartFunction: hidden });
  assert(!err.stack.includes('hidden'));
})();

// A CallTracker cannot track functions once the process exits.
const tracker = new assert.CallTracker();
process.on('exit', () => {
  assert.throws(() => tracker.calls(() => {}, 1), {
    code: 'ERR_UNAVAILABLE_DURING_EXIT',
    message: 'Cannot call function in process exit handler',
  });
});
