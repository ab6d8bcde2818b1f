'use strict';
const assert = require('assert');
const util = require('util');
const { performance, Performance } = require('perf_hooks');

// now(): milliseconds since process start, sub-millisecond, never going back.
let last = performance.now();
assert.strictEqual(typeof last, 'number');
assert.ok(last > 0);
for (let i = 0; i < 1000; i++) {
  const t = performance.now();
  assert.ok(t >= last);
  last = t;
}
const up = process.uptime() * 1e3;
assert.ok(Math.abs(performance.now() - up) < 50, `${performance.now()} vs uptime ${up}`);
const start = performance.now();
const wallStart = Date.now();
while (Date.now() - wallStart < 20);
const elapsed = performance.now() - start;
assert.ok(elapsed >= 19 && elapsed < 200, `${elapsed}`);

// timeOrigin: epoch ms of the process start, to the microsecond.
const origin = performance.timeOrigin;
assert.strictEqual(origin, performance.timeOrigin);
assert.ok(Math.abs(origin + performance.now() - Date.now()) < 50);
assert.strictEqual(Math.round(origin * 1e3) / 1e3, origin);

// The interface.
assert.ok(performance instanceof Performance);
assert.ok(performance instanceof EventTarget || typeof performance.addEventListener === 'function');
assert.throws(() => new Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
assert.throws(() => performance.now.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of Performance. Received an instance of Object',
});
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
const proto = Object.getPrototypeOf(performance);
const enumerable = Object.keys(Object.getOwnPropertyDescriptors(proto))
  .filter((k) => Object.getOwnPropertyDescriptor(proto, k).enumerable);
assert.deepStrictEqual(enumerable, ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin',
  'toJSON', 'onresourcetimingbufferfull']);
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'nodeTiming').enumerable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'timerify').enumerable, false);
assert.strictEqual(performance.mark.length, 1);
assert.strictEqual(performance.eventLoopUtilization.length, 2);
assert.strictEqual(performance.onresourcetimingbufferfull, null);
assert.throws(() => performance.setResourceTimingBufferSize(), {
  code: 'ERR_MISSING_ARGS', message: 'The "maxSize" argument must be specified',
});
assert.deepStrictEqual(performance.getEntriesByType('resource'), []);

// nodeTiming.
const nt = performance.nodeTiming;
assert.strictEqual(nt, performance.nodeTiming);
assert.strictEqual(nt.name, 'node');
assert.strictEqual(nt.entryType, 'node');
assert.strictEqual(nt.startTime, 0);
assert.ok(nt.duration > 0 && nt.duration <= performance.now());
assert.ok(nt.nodeStart >= 0 && nt.nodeStart <= nt.v8Start);
assert.ok(nt.v8Start <= nt.environment && nt.environment <= nt.bootstrapComplete);
assert.ok(nt.bootstrapComplete < performance.now());
assert.strictEqual(nt.loopStart, -1);
assert.strictEqual(nt.loopExit, -1);
assert.strictEqual(nt.idleTime, 0);
assert.deepStrictEqual(Object.keys(nt.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'nodeStart',
  'v8Start', 'bootstrapComplete', 'environment', 'loopStart', 'loopExit', 'idleTime']);
assert.strictEqual(Object.getOwnPropertyDescriptor(nt, 'name').value, 'node');
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(nt, 'duration').get, 'function');

// Inspection and JSON.
assert.match(util.inspect(performance), new RegExp(
  '^Performance \\{\\n  nodeTiming: PerformanceNodeTiming \\{\\n    name: \'node\',\\n    entryType: \'node\',\\n' +
  '    startTime: 0,\\n    duration: [\\d.]+,\\n    nodeStart: [\\d.]+,\\n    v8Start: [\\d.]+,\\n' +
  '    bootstrapComplete: [\\d.]+,\\n    environment: [\\d.]+,\\n    loopStart: -1,\\n    loopExit: -1,\\n' +
  '    idleTime: 0\\n  \\},\\n  timeOrigin: [\\d.]+\\n\\}$'));
assert.match(util.inspect(performance, { depth: 1 }),
             /^Performance \{ nodeTiming: \[PerformanceNodeTiming\], timeOrigin: [\d.]+ \}$/);
assert.strictEqual(util.inspect(performance, { depth: 0 }), 'Performance [Object]');
assert.strictEqual(util.inspect(performance, { depth: -1 }), '[Performance]');
assert.strictEqual(util.inspect(nt, { depth: -1 }), '[PerformanceNodeTiming]');
const json = performance.toJSON();
assert.deepStrictEqual(Object.keys(json), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(json.nodeTiming, nt);
assert.deepStrictEqual(json.eventLoopUtilization, { idle: 0, active: 0, utilization: 0 });
const parsed = JSON.parse(JSON.stringify(performance));
assert.strictEqual(parsed.timeOrigin, origin);
assert.strictEqual(parsed.nodeTiming.name, 'node');

// The loop starts after this script: nodeTiming and eventLoopUtilization notice.
setTimeout(() => {
  assert.ok(nt.loopStart > nt.bootstrapComplete && nt.loopStart <= performance.now());
  const elu = performance.eventLoopUtilization();
  assert.deepStrictEqual(Object.keys(elu), ['idle', 'active', 'utilization']);
  assert.ok(elu.idle >= 0 && elu.active > 0 && elu.utilization > 0 && elu.utilization <= 1);
  assert.ok(Math.abs(elu.idle + elu.active - (performance.now() - nt.loopStart)) < 5);
  const later = performance.eventLoopUtilization(elu);
  assert.ok(later.active >= 0 && later.idle >= 0);
  const diff = performance.eventLoopUtilization({ idle: 3, active: 5 }, { idle: 1, active: 1 });
  assert.deepStrictEqual(diff, { idle: 2, active: 4, utilization: 4 / 6 });
}, 5);
