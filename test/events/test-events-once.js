'use strict';
// events.once(): resolution, rejection through 'error', AbortSignal support, EventTarget input.
const assert = require('assert');
const EventEmitter = require('events');
const { once } = EventEmitter;

async function main() {
  assert.strictEqual(once.length, 2);
  const e = new EventEmitter();

  setImmediate(() => e.emit('x', 1, 2));
  assert.deepStrictEqual(await once(e, 'x'), [1, 2]);
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // While waiting: a once-listener named resolver plus a once 'error' listener.
  const pending = once(e, 'x');
  assert.strictEqual(e.rawListeners('x')[0].name, 'bound onceWrapper');
  assert.strictEqual(e.rawListeners('x')[0].listener.name, 'resolver');
  assert.strictEqual(e.rawListeners('error')[0].name, 'bound onceWrapper');
  setImmediate(() => e.emit('error', new Error('bad')));
  await assert.rejects(pending, { message: 'bad' });
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // Waiting for 'error' itself resolves with it.
  setImmediate(() => e.emit('error', new Error('bad2')));
  const [err] = await once(e, 'error');
  assert.strictEqual(err.message, 'bad2');
  assert.strictEqual(e.listenerCount('error'), 0);

  // Aborting.
  const ac = new AbortController();
  const aborted = once(e, 'x', { signal: ac.signal });
  assert.strictEqual(e.listenerCount('x'), 1);
  ac.abort();
  await assert.rejects(aborted, (error) => {
    assert.strictEqual(error.name, 'AbortError');
    assert.strictEqual(error.code, 'ABORT_ERR');
    assert.strictEqual(error.message, 'The operation was aborted');
    assert.strictEqual(error.cause, ac.signal.reason);
    return true;
  });
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  await assert.rejects(once(e, 'x', { signal: AbortSignal.abort('why') }),
                       { name: 'AbortError', code: 'ABORT_ERR', cause: 'why' });
  assert.strictEqual(e.listenerCount('x'), 0);

  // Argument errors reject (once is an async function).
  const badSignal = once(e, 'x', { signal: 5 });
  assert.ok(badSignal instanceof Promise);
  await assert.rejects(badSignal, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (5)',
  });
  await assert.rejects(once(5, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received type number (5)',
  });

  // EventTarget: resolves with the event; its 'error' is an ordinary event.
  const et = new EventTarget();
  setImmediate(() => et.dispatchEvent(new Event('foo')));
  const [ev] = await once(et, 'foo');
  assert.strictEqual(ev.type, 'foo');
  setImmediate(() => et.dispatchEvent(new Event('error')));
  const [errEvent] = await once(et, 'error');
  assert.strictEqual(errEvent.type, 'error');
  const ac2 = new AbortController();
  const etAborted = once(et, 'foo', { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(etAborted, { name: 'AbortError' });
  // The listener was removed: a later event has nobody to reach.
  let late = 0;
  et.addEventListener('foo', () => late++);
  et.dispatchEvent(new Event('foo'));
  assert.strictEqual(late, 1);
}

main().then(() => {}, (err) => { process.exitCode = 1; throw err; });
