'use strict';
const assert = require('assert');
const util = require('util');
const { monitorEventLoopDelay } = require('perf_hooks');

assert.throws(() => monitorEventLoopDelay(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.resolution" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => monitorEventLoopDelay({ resolution: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.resolution" property must be of type number. Received type string (\'a\')',
});

const h = monitorEventLoopDelay({ resolution: 5 });
assert.strictEqual(Object.getPrototypeOf(h).constructor.name, 'ELDHistogram');
assert.strictEqual(util.inspect(h, { depth: -1 }), '[ELDHistogram]');
assert.strictEqual(h.record, undefined);
assert.strictEqual(h.count, 0);
assert.throws(() => Object.getPrototypeOf(h).enable.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ELDHistogram',
});
assert.strictEqual(h.enable(), true);
assert.strictEqual(h.enable(), false);

// The sampling timer does not keep the process alive: this timeout does.
setTimeout(() => {
  // Block the loop so one sample is far above the resolution.
  const until = Date.now() + 60;
  while (Date.now() < until);
  setTimeout(() => {
    assert.strictEqual(h.disable(), true);
    assert.strictEqual(h.disable(), false);
    const count = h.count;
    assert.ok(count >= 3, `count ${count}`);
    // Samples are nanoseconds between ticks: at least about the resolution, the blocked one about 60 ms.
    assert.ok(h.min >= 3e6, `min ${h.min}`);
    assert.ok(h.max >= 55e6, `max ${h.max}`);
    assert.ok(h.mean >= h.min && h.mean <= h.max);
    assert.ok(h.stddev > 0);
    assert.strictEqual(h.percentile(100), h.max);
    assert.strictEqual(h.exceeds, 0);
    assert.ok(h.percentiles.get(0) <= h.min);
    h.reset();
    assert.strictEqual(h.count, 0);
    assert.strictEqual(h.max, 0);
  }, 30);
}, 40);
