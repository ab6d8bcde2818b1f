'use strict';
const assert = require('assert');
const util = require('util');
const { performance, PerformanceObserver, PerformanceEntry, createHistogram } = require('perf_hooks');

function add(a, b) { return a + b; }
const timed = performance.timerify(add);
assert.strictEqual(timed.name, 'timerified add');
assert.strictEqual(timed.length, 2);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(timed, 'name'),
                       { value: 'timerified add', writable: false, enumerable: true, configurable: false });
assert.strictEqual(util.inspect(timed), '[Function: timerified add] { length: 2, name: \'timerified add\' }');
assert.notStrictEqual(performance.timerify(add), timed);
assert.strictEqual(performance.timerify(() => 1).name, 'timerified ');

assert.throws(() => performance.timerify(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "fn" argument must be of type function. Received type number (5)',
});
assert.throws(() => performance.timerify(add, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.timerify(add, { histogram: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.histogram" property must be an instance of RecordableHistogram. Received an instance of Object',
});

const histogram = createHistogram();
const withHistogram = performance.timerify(add, { histogram });
assert.strictEqual(withHistogram(2, 3), 5);
assert.strictEqual(histogram.count, 1);
// Nanoseconds: a trivial call takes well under a millisecond.
assert.ok(histogram.min >= 1 && histogram.max < 1e6 * 50);

class Point {
  constructor(x) { this.x = x; }
}
const TimedPoint = performance.timerify(Point);
const p = new TimedPoint(7);
assert.ok(p instanceof Point);
assert.strictEqual(p.x, 7);
assert.throws(() => TimedPoint(1), TypeError);

const seen = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) seen.push(entry);
});
observer.observe({ entryTypes: ['function'] });

const start = performance.now();
assert.strictEqual(timed(4, 5), 9);
new TimedPoint(1);
const asyncTimed = performance.timerify(async function slow() {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return 'done';
});
const promise = asyncTimed('arg');
assert.ok(promise instanceof Promise);
// Function entries go to observers only, not to the timeline.
assert.deepStrictEqual(performance.getEntries(), []);

promise.then((value) => {
  assert.strictEqual(value, 'done');
  setImmediate(() => {
    observer.disconnect();
    assert.deepStrictEqual(seen.map((e) => e.name), ['add', 'Point', 'slow']);
    const [fn, ctor, slow] = seen;
    assert.ok(fn instanceof PerformanceEntry);
    assert.strictEqual(fn.constructor.name, 'PerformanceNodeEntry');
    assert.strictEqual(fn.entryType, 'function');
    assert.deepStrictEqual(fn.detail, [4, 5]);
    assert.deepStrictEqual(ctor.detail, [1]);
    assert.deepStrictEqual(slow.detail, ['arg']);
    assert.ok(fn.startTime >= start && fn.duration >= 0 && fn.duration < 50);
    assert.ok(slow.duration >= 15, `${slow.duration}`);
    assert.deepStrictEqual(Object.keys(fn.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
    assert.match(util.inspect(fn), /^PerformanceNodeEntry \{\n  name: 'add',\n  entryType: 'function',/);
  });
});
