'use strict';
const assert = require('assert');
const util = require('util');
const { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure } = require('perf_hooks');

const before = performance.now();
const a = performance.mark('a', { detail: { x: 1 } });
assert.ok(a instanceof PerformanceMark && a instanceof PerformanceEntry);
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.entryType, 'mark');
assert.strictEqual(a.duration, 0);
assert.ok(a.startTime >= before && a.startTime <= performance.now());
assert.deepStrictEqual(a.detail, { x: 1 });
const detail = { y: [1, 2] };
const withDetail = performance.mark('d', { detail });
assert.notStrictEqual(withDetail.detail, detail);
assert.deepStrictEqual(withDetail.detail, detail);
assert.strictEqual(performance.mark('n', { detail: undefined }).detail, null);
assert.strictEqual(performance.mark('n2', null).detail, null);
assert.deepStrictEqual(a.toJSON(), { name: 'a', entryType: 'mark', startTime: a.startTime, duration: 0, detail: { x: 1 } });
assert.strictEqual(JSON.stringify(a), `{"name":"a","entryType":"mark","startTime":${a.startTime},"duration":0,"detail":{"x":1}}`);
assert.strictEqual(util.inspect(a), `PerformanceMark {\n  name: 'a',\n  entryType: 'mark',\n  startTime: ${a.startTime},\n` +
  '  duration: 0,\n  detail: { x: 1 }\n}');
assert.strictEqual(util.inspect(a, { depth: -1 }), '[PerformanceMark]');
assert.strictEqual(util.inspect(a, { depth: 0 }), 'PerformanceMark [Object]');
assert.strictEqual(String(a), '[object PerformanceMark]');
assert.strictEqual(performance.mark(5).name, '5');
assert.strictEqual(performance.mark(undefined).name, 'undefined');

const m5 = performance.mark('five', { startTime: 5 });
assert.strictEqual(m5.startTime, 5);
assert.throws(() => performance.mark(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => performance.mark('x', 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => performance.mark('x', { startTime: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "startTime" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => performance.mark('x', { startTime: -1 }), {
  name: 'TypeError', code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.mark('nodeStart'), {
  code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'name\' is invalid. Received \'nodeStart\'',
});
assert.throws(() => performance.mark('x', { detail: () => 1 }), { name: 'DataCloneError' });

// Constructors.
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new PerformanceMark(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(PerformanceMark.length, 1);
assert.strictEqual(PerformanceEntry.length, 0);
const loose = new PerformanceMark('loose', { startTime: 7, detail: 1 });
assert.deepStrictEqual(loose.toJSON(), { name: 'loose', entryType: 'mark', startTime: 7, duration: 0, detail: 1 });
assert.strictEqual(performance.getEntriesByName('loose').length, 0);
// A constructed mark is still known to measure().
assert.strictEqual(performance.measure('fromLoose', 'loose').startTime, 7);
assert.throws(() => PerformanceMark.prototype.detail, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of PerformanceMark. Received an instance of PerformanceMark',
});

// measure().
function measured(...args) {
  const m = performance.measure(...args);
  assert.ok(m instanceof PerformanceMeasure);
  assert.strictEqual(m.entryType, 'measure');
  return [m.startTime, m.duration, m.detail];
}
assert.deepStrictEqual(measured('m', { start: 1, end: 3 }), [1, 2, null]);
assert.deepStrictEqual(measured('m', { start: 1, duration: 2 }), [1, 2, null]);
assert.deepStrictEqual(measured('m', { end: 10, duration: 2 }), [8, 2, null]);
assert.deepStrictEqual(measured('m', { end: 10 }), [0, 10, null]);
assert.deepStrictEqual(measured('m', 'five', 'five'), [5, 0, null]);
assert.deepStrictEqual(measured('m', 'five', 9), [5, 4, null]);
assert.deepStrictEqual(measured('m', { start: 'five', end: 8, detail: [1] }), [5, 3, [1]]);
assert.deepStrictEqual(measured('m', {}, 'five'), [0, 5, null]);
assert.deepStrictEqual(measured('m', { detail: 'd' }, 'five'), [0, 5, 'd']);
assert.deepStrictEqual(measured('m', 3, 'five'), [0, 5, null]);
assert.deepStrictEqual(measured('m', undefined, 'five'), [0, 5, null]);
const [s1, d1] = measured('m', 'a');
assert.strictEqual(s1, a.startTime);
assert.ok(d1 > 0 && s1 + d1 <= performance.now());
const [s2, d2] = measured('m');
assert.strictEqual(s2, 0);
assert.ok(d2 >= a.startTime);
const [s3, d3] = measured('m', 'nodeStart', 'bootstrapComplete');
assert.strictEqual(s3, performance.nodeTiming.nodeStart);
assert.strictEqual(s3 + d3, performance.nodeTiming.bootstrapComplete);
assert.strictEqual(measured('m', 'nodeStart', 'loopStart')[1], -1 - performance.nodeTiming.nodeStart);

assert.throws(() => performance.measure(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => performance.measure(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be of type string. Received type number (5)',
});
assert.throws(() => performance.measure('x', 'nope'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.strictEqual(err.code, 12);
  assert.strictEqual(err.message, 'The "nope" performance mark has not been set');
  return true;
});
assert.throws(() => performance.measure('x', { start: {} }), {
  name: 'SyntaxError', message: 'The "[object Object]" performance mark has not been set',
});
assert.throws(() => performance.measure('x', { start: 1, duration: '2' }), {
  name: 'SyntaxError', message: 'The "2" performance mark has not been set',
});
assert.throws(() => performance.measure('x', { start: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.measure('x', { start: 1, end: 3, duration: 2 }), {
  name: 'TypeError', code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});
assert.throws(() => performance.measure('x', { start: 'five' }, 'five'), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message: 'endMark must not be specified',
});
assert.throws(() => performance.measure('x', 'idleTime'), { name: 'SyntaxError' });

// The buffer: marks then measures, ordered by startTime.
const all = performance.getEntries();
assert.notStrictEqual(all, performance.getEntries());
for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].startTime <= all[i].startTime);
assert.strictEqual(all.length, performance.getEntriesByType('mark').length + performance.getEntriesByType('measure').length);
assert.deepStrictEqual(performance.getEntriesByName('five').map((e) => e.entryType), ['mark']);
assert.strictEqual(performance.getEntriesByName('a')[0], a);
assert.strictEqual(performance.getEntriesByName('m', 'measure').length, 15);
assert.strictEqual(performance.getEntriesByName('m', 'mark').length, 0);
assert.deepStrictEqual(performance.getEntriesByName('a', 'bogus'), []);
assert.deepStrictEqual(performance.getEntriesByType('function'), []);
assert.throws(() => performance.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.getEntriesByType(), {
  code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified',
});

performance.clearMarks('five');
assert.deepStrictEqual(performance.getEntriesByName('five'), []);
assert.throws(() => performance.measure('x', 'five'), { name: 'SyntaxError' });
assert.strictEqual(performance.getEntriesByName('a').length, 1);
performance.clearMeasures('m');
assert.strictEqual(performance.getEntriesByType('measure').length, 1);
performance.clearMarks();
assert.deepStrictEqual(performance.getEntriesByType('mark'), []);
assert.throws(() => performance.measure('x', 'loose'), { name: 'SyntaxError' });
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);
