'use strict';
// AbortController / AbortSignal: abort(), reasons, the abort event, brand checks, inspection.
const assert = require('assert');
const util = require('util');

{
  const ac = new AbortController();
  const { signal } = ac;
  assert.strictEqual(ac.signal, signal);
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);
  assert.strictEqual(signal.throwIfAborted(), undefined);
  const log = [];
  signal.addEventListener('abort', (e) => {
    log.push(['listener', e.type, e.isTrusted, e.constructor === Event, e.target === signal, signal.aborted]);
  });
  signal.onabort = (e) => log.push(['onabort', e.type]);
  assert.strictEqual(typeof signal.onabort, 'function');
  assert.strictEqual(ac.abort(), undefined);
  ac.abort('second'); // no effect
  assert.deepStrictEqual(log, [['listener', 'abort', true, true, true, true], ['onabort', 'abort']]);
  assert.strictEqual(signal.aborted, true);
  assert.ok(signal.reason instanceof DOMException);
  assert.strictEqual(signal.reason.name, 'AbortError');
  assert.strictEqual(signal.reason.message, 'This operation was aborted');
  assert.strictEqual(signal.reason.code, 20);
  assert.throws(() => signal.throwIfAborted(), (err) => err === signal.reason);
}

// Explicit reasons; undefined means the default DOMException.
{
  const ac = new AbortController();
  ac.abort(undefined);
  assert.ok(ac.signal.reason instanceof DOMException);
  const ac2 = new AbortController();
  ac2.abort(null);
  assert.strictEqual(ac2.signal.reason, null);
  const ac3 = new AbortController();
  ac3.abort(5);
  assert.throws(() => ac3.signal.throwIfAborted(), (err) => err === 5);
  const s = AbortSignal.abort();
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason.name, 'AbortError');
  assert.strictEqual(AbortSignal.abort('r').reason, 'r');
}

// A manually dispatched 'abort' event is not trusted and does not abort.
{
  const ac = new AbortController();
  let seen;
  ac.signal.onabort = (e) => { seen = [e.isTrusted, ac.signal.aborted]; };
  ac.signal.dispatchEvent(new Event('abort'));
  assert.deepStrictEqual(seen, [false, false]);
}

// Listener errors do not stop the other listeners.
{
  const ac = new AbortController();
  const log = [];
  const onUncaught = (err) => log.push(err.message);
  process.on('uncaughtException', onUncaught);
  ac.signal.addEventListener('abort', () => { throw new Error('in abort'); });
  ac.signal.addEventListener('abort', () => log.push('second'));
  ac.abort();
  log.push('after abort');
  setImmediate(() => {
    process.removeListener('uncaughtException', onUncaught);
    assert.deepStrictEqual(log, ['second', 'after abort', 'in abort']);
  });
}

// Brand checks and construction.
assert.throws(() => new AbortSignal(), {
  name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
});
for (const name of ['aborted', 'reason']) {
  assert.throws(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, name).get.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type AbortSignal',
  });
}
assert.throws(() => AbortSignal.prototype.throwIfAborted.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => AbortController.prototype.abort.call({}), {
  name: 'TypeError', message: 'Cannot read private member #signal from an object whose class did not declare it',
});
assert.doesNotThrow(() => new AbortController(5));

// Class shapes.
assert.ok(new AbortController().signal instanceof EventTarget);
assert.deepStrictEqual(Object.getOwnPropertyNames(AbortSignal.prototype),
                       ['constructor', 'aborted', 'reason', 'throwIfAborted', 'onabort']);
assert.deepStrictEqual(Object.getOwnPropertyNames(AbortController.prototype), ['constructor', 'signal', 'abort']);
assert.strictEqual(Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').enumerable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(AbortController.prototype, 'abort').enumerable, true);
assert.deepStrictEqual([AbortSignal.abort.length, AbortSignal.timeout.length, AbortSignal.any.length], [0, 1, 1]);
assert.strictEqual(Object.getOwnPropertyDescriptor(AbortSignal, 'any').enumerable, false);
assert.strictEqual(String(new AbortController()), '[object AbortController]');
assert.strictEqual(String(new AbortController().signal), '[object AbortSignal]');
assert.deepStrictEqual(Object.keys(new AbortController()), []);

// Inspection.
{
  const ac = new AbortController();
  assert.strictEqual(util.inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
  assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: false }');
  assert.strictEqual(util.inspect(ac, { depth: -1 }), 'AbortController {}');
  assert.strictEqual(util.inspect(ac.signal, { depth: -1 }), '[AbortSignal]');
  assert.strictEqual(util.inspect({ a: { b: { c: ac.signal } } }), '{ a: { b: { c: [AbortSignal] } } }');
  ac.abort();
  assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: true }');
}

// The MaxListeners warning names the signal.
{
  const warnings = [];
  const onWarning = (w) => { if (w.name === 'MaxListenersExceededWarning') warnings.push(w.message); };
  process.on('warning', onWarning);
  const { signal } = new AbortController();
  for (let i = 0; i < 11; i++) signal.addEventListener('abort', () => {});
  setImmediate(() => {
    process.removeListener('warning', onWarning);
    assert.deepStrictEqual(warnings, [
      'Possible EventTarget memory leak detected. 11 abort listeners added to [AbortSignal]. MaxListeners is 10. ' +
      'Use events.setMaxListeners() to increase limit',
    ]);
  });
}
