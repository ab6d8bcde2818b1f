'use strict';
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => {
  if (w.name === 'DeprecationWarning') warnings.push(w.code);
});

const tracker = new assert.CallTracker();
function foo(a) { return a * 2; }
const f = tracker.calls(foo, 2);
assert.strictEqual(f.name, 'foo');
assert.strictEqual(f.length, 1);
assert.strictEqual(f(3), 6);
const g = tracker.calls();
assert.strictEqual(g(), undefined);

let err;
try {
  tracker.verify();
} catch (e) {
  err = e;
}
assert.strictEqual(err.message, 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.generatedMessage, false);
assert.deepStrictEqual(Object.keys(err), [
  'generatedMessage', 'code', 'actual', 'expected', 'operator',
  'message 0', 'actual 0', 'expected 0', 'operator 0', 'stack trace 0',
]);
assert.strictEqual(err['actual 0'], 1);
assert.strictEqual(err['expected 0'], 2);
assert.strictEqual(err['operator 0'], 'foo');

const report = tracker.report();
assert.strictEqual(report.length, 1);
assert.strictEqual(Object.getPrototypeOf(report[0]), Object.prototype);
assert.strictEqual(report[0].message, err.message);
assert.ok(report[0].stack instanceof Error);

const calls = tracker.getCalls(f);
assert.deepStrictEqual(calls, [{ thisArg: undefined, arguments: [3] }]);
assert.ok(Object.isFrozen(calls));
assert.ok(Object.isFrozen(calls[0]));

const t2 = new assert.CallTracker();
const h = t2.calls(foo);
const k = t2.calls(() => {}, 1);
try {
  t2.verify();
} catch (e) {
  assert.strictEqual(e.message, 'Functions were not called the expected number of times');
}
h(1);
k();
t2.verify();
h(2);
assert.throws(() => t2.verify(), {
  message: 'Expected the foo function to be executed 1 time(s) but was executed 2 time(s).',
});
t2.reset(h);
assert.deepStrictEqual(t2.getCalls(h), []);
t2.reset();
assert.deepStrictEqual(t2.getCalls(k), []);
const anon = t2.calls(() => {}, 1);
assert.throws(() => t2.verify(), {
  message: 'Functions were not called the expected number of times',
});
anon();

const obj = { m: t2.calls(function() { return this; }, 1) };
assert.strictEqual(obj.m(), obj);
assert.strictEqual(t2.getCalls(obj.m)[0].thisArg, obj);

assert.throws(() => t2.getCalls(foo), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'tracked' is not a tracked function. Received [Function: foo]",
});
assert.throws(() => t2.reset(foo), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => t2.calls(foo, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. Received -1',
});
assert.throws(() => t2.calls(foo, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be an integer. Received 1.5',
});
const byCount = t2.calls(2);
byCount();

setImmediate(() => assert.deepStrictEqual(warnings, ['DEP0173']));
