'use strict';
// util.format() groups the digits of %d, %i, %f and %s numbers when numericSeparator is set, either in
// formatWithOptions' options or in inspect.defaultOptions.
const assert = require('assert');
const util = require('util');

const opts = { numericSeparator: true };
assert.strictEqual(util.formatWithOptions(opts, '%d', 1234567.891), '1_234_567.891');
assert.strictEqual(util.formatWithOptions(opts, '%d', 12345678n), '12_345_678n');
assert.strictEqual(util.formatWithOptions(opts, '%i', -1234.5), '-1_234');
assert.strictEqual(util.formatWithOptions(opts, '%f', 12345678n), '12_345_678');
assert.strictEqual(util.formatWithOptions(opts, '%s', -1234.5), '-1_234.5');
assert.strictEqual(util.formatWithOptions(opts, '%s', 1234n), '1_234n');
assert.strictEqual(util.formatWithOptions(opts, 1234567, 7654321n, 'x'), '1_234_567 7_654_321n x');
assert.strictEqual(util.formatWithOptions({ numericSeparator: false }, '%d', 123456), '123456');
assert.strictEqual(util.format('%d %i', 123456, 123456), '123456 123456');

const saved = util.inspect.defaultOptions.numericSeparator;
util.inspect.defaultOptions.numericSeparator = true;
try {
  assert.strictEqual(util.format('%d %s %i', 118059162071741130342, 118059162071741130342, 123123123),
                     '118_059_162_071_741_140_000 118_059_162_071_741_140_000 123_123_123');
  assert.strictEqual(util.format('%d', 1180591620717411303424), '1.1805916207174113e+21');
  assert.strictEqual(util.format('%i', 1180591620717411303424n), '1_180_591_620_717_411_303_424n');
  assert.strictEqual(util.format('%d', -0), '0');
  // An explicit option wins over the default; undefined falls back to it.
  assert.strictEqual(util.formatWithOptions({ numericSeparator: 0 }, '%d', 123456), '123456');
  assert.strictEqual(util.formatWithOptions({ numericSeparator: undefined }, '%d', 123456), '123_456');
} finally {
  util.inspect.defaultOptions.numericSeparator = saved;
}
