'use strict';
// AbortSignal.any() and AbortSignal.timeout().
const assert = require('assert');

// any(): the first source to abort decides the reason.
{
  const log = [];
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  assert.strictEqual(any.aborted, false);
  any.addEventListener('abort', (e) => log.push(['any abort', any.reason, e.isTrusted]));
  b.abort('B');
  a.abort('A');
  assert.deepStrictEqual(log, [['any abort', 'B', true]]);
  assert.strictEqual(any.reason, 'B');
}

// Already aborted inputs, an empty list, nesting.
{
  const pre = AbortSignal.any([AbortSignal.abort('x'), new AbortController().signal]);
  assert.strictEqual(pre.aborted, true);
  assert.strictEqual(pre.reason, 'x');
  assert.strictEqual(AbortSignal.any([]).aborted, false);

  const c = new AbortController();
  const nested = AbortSignal.any([AbortSignal.any([c.signal])]);
  let reason;
  nested.onabort = () => { reason = nested.reason; };
  c.abort('C');
  assert.strictEqual(reason, 'C');
}

// The source's listeners run before the dependent signal aborts.
{
  const log = [];
  const d = new AbortController();
  const dep = AbortSignal.any([d.signal]);
  d.signal.addEventListener('abort', () => log.push(['source listener', dep.aborted]));
  dep.addEventListener('abort', () => log.push(['dep listener', d.signal.aborted]));
  d.abort('D');
  assert.deepStrictEqual(log, [['source listener', false], ['dep listener', true]]);
}

// Argument checks.
assert.throws(() => AbortSignal.any(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals" argument must be an instance of Array. Received type number (5)',
});
assert.throws(() => AbortSignal.any(new Set()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals" argument must be an instance of Array. Received an instance of Set',
});
assert.throws(() => AbortSignal.any([5]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. Received type number (5)',
});

// timeout(): validation.
assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.timeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "delay" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => AbortSignal.timeout(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be an integer. Received 1.5',
});

// timeout(): aborts with a TimeoutError; its timer does not keep the process alive by itself.
{
  const signal = AbortSignal.timeout(10);
  assert.strictEqual(signal.aborted, false);
  const start = Date.now();
  const keepAlive = setTimeout(() => assert.fail('timeout signal never fired'), 1000);
  signal.onabort = () => {
    clearTimeout(keepAlive);
    assert.ok(Date.now() - start >= 9);
    assert.strictEqual(signal.aborted, true);
    assert.ok(signal.reason instanceof DOMException);
    assert.strictEqual(signal.reason.name, 'TimeoutError');
    assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
    assert.strictEqual(signal.reason.code, 23);
  };
  // A composite of timeouts aborts with the first one's reason.
  const composite = AbortSignal.any([AbortSignal.timeout(5), AbortSignal.timeout(500)]);
  const keepAlive2 = setTimeout(() => assert.fail('composite never fired'), 1000);
  composite.onabort = () => {
    clearTimeout(keepAlive2);
    assert.strictEqual(composite.reason.name, 'TimeoutError');
  };
}
