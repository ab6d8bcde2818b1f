'use strict';
const assert = require('assert');
const util = require('util');
const { createHistogram } = require('perf_hooks');

function stats(h) {
  return { min: h.min, max: h.max, mean: h.mean, stddev: h.stddev, count: h.count, exceeds: h.exceeds };
}
function filled(values, options) {
  const h = createHistogram(options);
  for (const v of values) h.record(v);
  return h;
}

// Empty.
const empty = createHistogram();
assert.deepStrictEqual(stats(empty), { min: 9223372036854776000, max: 0, mean: NaN, stddev: NaN, count: 0, exceeds: 0 });
assert.strictEqual(empty.minBigInt, 9223372036854775807n);
assert.deepStrictEqual([...empty.percentiles], [[100, 0]]);
assert.strictEqual(util.inspect(empty), 'Histogram {\n  min: 9223372036854776000,\n  max: 0,\n  mean: NaN,\n' +
  '  exceeds: 0,\n  stddev: NaN,\n  count: 0,\n  percentiles: SafeMap(1) [Map] { 100 => 0 }\n}');
assert.strictEqual(util.inspect(empty, { depth: -1 }), '[RecordableHistogram]');
assert.strictEqual(util.inspect(empty, { depth: 0 }), 'Histogram [Object]');
assert.strictEqual(JSON.stringify(empty),
                   '{"count":0,"min":9223372036854776000,"max":0,"mean":null,"exceeds":0,"stddev":null,"percentiles":{"100":0}}');

// Small values are exact.
const ten = filled([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
assert.deepStrictEqual(stats(ten), { min: 1, max: 10, mean: 5.5, stddev: 2.8722813232690143, count: 10, exceeds: 0 });
assert.deepStrictEqual([...ten.percentiles], [[0, 1], [50, 5], [75, 8], [87.5, 9], [93.75, 10], [100, 10]]);
assert.deepStrictEqual([0.1, 1, 25, 50, 75, 99, 100].map((p) => ten.percentile(p)), [1, 1, 3, 5, 8, 10, 10]);
assert.strictEqual(ten.percentileBigInt(50), 5n);
assert.strictEqual(ten.countBigInt, 10n);
assert.strictEqual(ten.maxBigInt, 10n);

const thousand = filled(Array.from({ length: 1000 }, (_, i) => i + 1));
assert.deepStrictEqual(stats(thousand),
                       { min: 1, max: 1000, mean: 500.5, stddev: 288.6749902572095, count: 1000, exceeds: 0 });
assert.deepStrictEqual([...thousand.percentiles.keys()],
                       [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 99.609375, 99.8046875, 99.90234375, 100]);
assert.deepStrictEqual([...thousand.percentiles.values()], [1, 500, 750, 875, 938, 969, 985, 993, 997, 999, 1000, 1000]);
assert.deepStrictEqual([0.1, 1, 25, 50, 75, 99, 100].map((p) => thousand.percentile(p)), [1, 10, 250, 500, 750, 990, 1000]);

// Large values fall in buckets of 3 significant digits.
const big = filled([2584, 5000, 100000, 1e9, 123456789]);
assert.deepStrictEqual(stats(big), {
  min: 2584, max: 1000341503, mean: 224724800.6, stddev: 390612151.14230895, count: 5, exceeds: 0,
});
assert.deepStrictEqual([...big.percentiles], [[0, 2584], [50, 99968], [75, 123404288], [87.5, 999817216],
  [100, 999817216]]);
assert.deepStrictEqual([0.1, 50, 75, 99].map((p) => big.percentile(p)), [2585, 100031, 123469823, 1000341503]);
assert.deepStrictEqual([...big.percentilesBigInt.values()], [2584n, 99968n, 123404288n, 999817216n, 999817216n]);

const repeated = filled([3, 3, 3, 1000]);
assert.deepStrictEqual([...repeated.percentiles], [[0, 3], [50, 3], [75, 3], [87.5, 1000], [100, 1000]]);
assert.strictEqual(repeated.stddev, 431.71366378654267);

const coarse = filled([1, 7, 15, 16, 17, 33, 100, 1000, 12345], { figures: 1 });
assert.deepStrictEqual(stats(coarse), {
  min: 1, max: 12799, mean: 1527, stddev: 3907.183583549096, count: 9, exceeds: 0,
});
assert.deepStrictEqual([10, 50, 90, 100].map((p) => coarse.percentile(p)), [1, 17, 1023, 12799]);

// lowest sets the unit: values below it share bucket 0; above highest they only count as exceeds.
const ranged = filled([3, 17, 5000], { lowest: 10, highest: 100 });
assert.deepStrictEqual(stats(ranged), { min: 0, max: 23, mean: 12, stddev: 8, count: 2, exceeds: 1 });
assert.strictEqual(ranged.percentile(50), 7);
const capped = filled([1000, 1001], { lowest: 1, highest: 1000 });
assert.deepStrictEqual([capped.count, capped.max, capped.exceeds], [1, 1000, 1]);

// BigInt values.
const h = createHistogram();
h.record(1n);
h.record(Number.MAX_SAFE_INTEGER);
h.record(2n ** 63n - 1n);
assert.deepStrictEqual([h.count, h.max, h.maxBigInt, h.exceeds], [2, 9007199254740991, 9007199254740991n, 1]);
assert.deepStrictEqual([...h.percentilesBigInt], [[0, 1n], [50, 1n], [75, 9002801208229888n], [100, 9002801208229888n]]);
for (const bad of [0n, -1n, 2n ** 63n]) {
  assert.throws(() => h.record(bad), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'value is out of range' });
}
assert.throws(() => h.record(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => h.record(1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "val" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => h.record('1'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "val" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => h.percentile(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "percentile" is out of range. It must be > 0 && <= 100. Received 0',
});
assert.throws(() => h.percentile(NaN), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.percentile('a'), { code: 'ERR_INVALID_ARG_TYPE' });

// add(), reset(), recordDelta().
const a = filled([5, 7]);
a.add(filled([5000, 3], { lowest: 1, highest: 1000 }));
assert.deepStrictEqual(stats(a), { min: 3, max: 7, mean: 5, stddev: 1.632993161855452, count: 3, exceeds: 1 });
assert.throws(() => a.add(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "other" argument must be an instance of RecordableHistogram. Received type number (5)',
});
a.reset();
assert.deepStrictEqual(stats(a), stats(empty));
a.recordDelta();
assert.strictEqual(a.count, 0);
a.recordDelta();
assert.strictEqual(a.count, 1);
assert.ok(a.min > 0 && a.min < 1e9);

// Options.
assert.throws(() => createHistogram(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram({ lowest: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.lowest" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => createHistogram({ lowest: 10, highest: 15 }), {
  message: 'The value of "options.highest" is out of range. It must be >= 20 && <= 9007199254740991. Received 15',
});
assert.throws(() => createHistogram({ figures: 6 }), {
  message: 'The value of "options.figures" is out of range. It must be >= 1 && <= 5. Received 6',
});

// The interface.
const proto = Object.getPrototypeOf(Object.getPrototypeOf(empty));
assert.strictEqual(proto.constructor.name, 'Histogram');
assert.strictEqual(Object.getPrototypeOf(empty).constructor.name, 'RecordableHistogram');
assert.throws(() => new (Object.getPrototypeOf(empty).constructor)(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new proto.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => Object.getOwnPropertyDescriptor(proto, 'count').get.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Histogram',
});
assert.throws(() => Object.getPrototypeOf(empty).record.call({}, 1), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type RecordableHistogram',
});
