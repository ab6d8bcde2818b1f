'use strict';
// getEventListeners, addAbortListener, listenerCount, init and EventEmitterAsyncResource.
const assert = require('assert');
const { executionAsyncId } = require('async_hooks');
const EventEmitter = require('events');
const { getEventListeners, addAbortListener, EventEmitterAsyncResource } = EventEmitter;

// getEventListeners on emitters unwraps once listeners.
{
  const e = new EventEmitter();
  const f = () => {};
  e.on('x', f);
  e.once('x', f);
  assert.deepStrictEqual(getEventListeners(e, 'x'), [f, f]);
  assert.deepStrictEqual(getEventListeners(e, 'none'), []);
  for (const bad of [5, {}]) {
    assert.throws(() => getEventListeners(bad, 'x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget.' +
               (bad === 5 ? ' Received type number (5)' : ' Received an instance of Object'),
    });
  }
}

// addAbortListener.
{
  const log = [];
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, (ev) => log.push(['abort', ev.type]));
  const dispose = Symbol.dispose ?? Object.getOwnPropertySymbols(disposable)[0];
  assert.strictEqual(Object.getPrototypeOf(disposable), null);
  assert.deepStrictEqual(Object.keys(disposable), []);
  assert.strictEqual(typeof disposable[dispose], 'function');
  ac.abort();

  const ac2 = new AbortController();
  const d2 = addAbortListener(ac2.signal, () => log.push('disposed listener ran'));
  d2[dispose]();
  ac2.abort();

  // An already aborted signal calls the listener in a microtask, with no arguments.
  addAbortListener(AbortSignal.abort(), (...args) => log.push(['pre-aborted', args.length]));
  log.push('sync');
  queueMicrotask(() => log.push('microtask'));
  process.nextTick(() => log.push('tick'));

  assert.throws(() => addAbortListener(5, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received type number (5)',
  });
  assert.throws(() => addAbortListener(undefined, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
  });
  assert.throws(() => addAbortListener(ac.signal, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received type number (5)',
  });
  setImmediate(() => {
    assert.deepStrictEqual(log, [['abort', 'abort'], 'sync', 'tick', ['pre-aborted', 0], 'microtask']);
  });
}

// Static listenerCount uses the emitter's method when it has one.
{
  const e = new EventEmitter();
  e.on('a', () => {});
  assert.strictEqual(EventEmitter.listenerCount(e, 'a'), 1);
  assert.strictEqual(EventEmitter.listenerCount({ listenerCount: (t) => `count ${t}` }, 'q'), 'count q');
}

// EventEmitterAsyncResource.
{
  const descriptor = Object.getOwnPropertyDescriptor(EventEmitter, 'EventEmitterAsyncResource');
  assert.strictEqual(typeof descriptor.get, 'function');
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(Object.getPrototypeOf(EventEmitterAsyncResource), EventEmitter);
  assert.deepStrictEqual(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype),
                         ['constructor', 'emit', 'emitDestroy', 'asyncId', 'triggerAsyncId', 'asyncResource']);

  const r = new EventEmitterAsyncResource({ name: 'Foo', triggerAsyncId: 77, captureRejections: true });
  assert.strictEqual(typeof r.asyncId, 'number');
  assert.strictEqual(r.triggerAsyncId, 77);
  assert.strictEqual(r.asyncResource.constructor.name, 'EventEmitterReferencingAsyncResource');
  assert.strictEqual(r.asyncResource.eventEmitter, r);
  let inside;
  r.on('x', (v) => { inside = [executionAsyncId() === r.asyncId, v]; });
  assert.strictEqual(r.emit('x', 5), true);
  assert.deepStrictEqual(inside, [true, 5]);
  r.emitDestroy();
  assert.strictEqual(new EventEmitterAsyncResource('named').asyncResource.eventEmitter instanceof EventEmitter, true);

  assert.throws(() => new EventEmitterAsyncResource(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.name" property must be of type string. Received undefined',
  });
  class Sub extends EventEmitterAsyncResource {}
  assert.strictEqual(typeof new Sub().asyncId, 'number');
  assert.throws(() => EventEmitterAsyncResource.prototype.emit.call({}, 'x'), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type EventEmitterAsyncResource',
  });
  assert.throws(() => EventEmitterAsyncResource.prototype.emitDestroy.call(new EventEmitter()), {
    code: 'ERR_INVALID_THIS',
  });
}
