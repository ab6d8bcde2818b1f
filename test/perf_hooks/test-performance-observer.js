'use strict';
const assert = require('assert');
const util = require('util');
const { performance, PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');

assert.deepStrictEqual(PerformanceObserver.supportedEntryTypes,
                       ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
assert.ok(Object.isFrozen(PerformanceObserver.supportedEntryTypes));
assert.throws(() => new PerformanceObserver(), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => new PerformanceObserverEntryList(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

const noop = () => {};
const fresh = () => new PerformanceObserver(noop);
assert.throws(() => fresh().observe(), {
  code: 'ERR_MISSING_ARGS', message: 'The "options.entryTypes" and "options.type" arguments must be specified',
});
assert.throws(() => fresh().observe(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => fresh().observe({ entryTypes: 'mark' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.entryTypes" property must be string[]. Received type string (\'mark\')',
});
assert.throws(() => fresh().observe({ entryTypes: ['mark'], type: 'mark' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The property \'options.entryTypes\' options.entryTypes can not set with options.type together. ' +
    'Received [ \'mark\' ]',
});
const single = fresh();
single.observe({ type: 'mark' });
assert.throws(() => single.observe({ entryTypes: ['mark'] }), {
  name: 'InvalidModificationError', code: 13, message: 'PerformanceObserver can not change to multiple observations',
});
const multiple = fresh();
multiple.observe({ entryTypes: ['mark'] });
assert.throws(() => multiple.observe({ type: 'mark' }), {
  name: 'InvalidModificationError', message: 'PerformanceObserver can not change to single observation',
});
single.disconnect();
multiple.disconnect();
// After disconnect() the mode may change.
multiple.observe({ type: 'mark' });
multiple.disconnect();
assert.strictEqual(util.inspect(multiple),
                   'PerformanceObserver { connected: false, pending: false, entryTypes: [], buffer: [] }');

// Unsupported types are ignored; nothing gets connected.
const ignored = fresh();
ignored.observe({ type: 'bogus' });
ignored.observe({ type: 'bogus2' });
assert.match(util.inspect(ignored), /connected: false/);

performance.mark('early');
const order = [];

// buffered: entries already in the timeline are delivered too, asynchronously.
const buffered = new PerformanceObserver(function(list, observer) {
  order.push('buffered');
  assert.strictEqual(this, buffered);
  assert.strictEqual(observer, buffered);
  assert.ok(list instanceof PerformanceObserverEntryList);
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['early', 'm1', 'm3']);
  observer.disconnect();
});
buffered.observe({ type: 'mark', buffered: true });
assert.match(util.inspect(buffered), /^PerformanceObserver \{\n  connected: true,\n  pending: true,\n  entryTypes: \[ 'mark' \],\n  buffer: \[ \[PerformanceMark\] \]\n\}$/);

const both = new PerformanceObserver((list) => {
  order.push('both');
  const entries = list.getEntries();
  // Ordered by startTime: the measure starts at 0.
  assert.deepStrictEqual(entries.map((e) => `${e.entryType}:${e.name}`), ['measure:ms1', 'mark:m1', 'mark:m3']);
  assert.deepStrictEqual(list.getEntriesByType('mark').map((e) => e.name), ['m1', 'm3']);
  assert.deepStrictEqual(list.getEntriesByName('ms1').map((e) => e.entryType), ['measure']);
  assert.deepStrictEqual(list.getEntriesByName('ms1', 'mark'), []);
  assert.throws(() => list.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => list.getEntriesByType(), { code: 'ERR_MISSING_ARGS' });
  assert.match(util.inspect(list), /^PerformanceObserverEntryList \[\n  PerformanceMeasure \{/);
  assert.strictEqual(util.inspect(list, { depth: 0 }), 'PerformanceObserverEntryList [Array]');
  assert.strictEqual(String(list), '[object PerformanceObserverEntryList]');
  both.disconnect();
});
both.observe({ type: 'mark' });
both.observe({ type: 'measure' });

const taken = new PerformanceObserver(() => order.push('taken'));
taken.observe({ entryTypes: ['measure', 'bogus'] });

performance.mark('m1');
performance.measure('ms1');
assert.deepStrictEqual(taken.takeRecords().map((e) => e.name), ['ms1']);
assert.deepStrictEqual(taken.takeRecords(), []);
assert.deepStrictEqual(order, []);

process.nextTick(() => {
  order.push('tick');
  // Still pending: this mark joins the same delivery.
  performance.mark('m3');
  taken.disconnect();
});
setImmediate(() => {
  order.push('immediate');
});
process.on('exit', () => {
  assert.deepStrictEqual(order, ['tick', 'buffered', 'both', 'immediate']);
});
